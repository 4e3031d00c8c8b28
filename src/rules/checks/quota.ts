/** Art. III: every flight uses one of the observer's active quota over this host this year. */
import { finding } from './codes';
import type { Check } from './types';

export const checkQuota: Check = (_plan, ctx) => {
  const used = ctx.quotaUsed ?? ctx.level.quota.used;
  const { active } = ctx.level.quota;
  if (used < active) return [];
  return [
    finding('quota/exhausted', {
      used,
      active,
      observer: ctx.world.states.get(ctx.level.observer)?.name ?? ctx.level.observer,
      host: ctx.world.states.get(ctx.level.host)?.name ?? ctx.level.host,
    }),
  ];
};

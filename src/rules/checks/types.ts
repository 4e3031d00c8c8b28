import type { Finding, Plan, RulesContext } from '../types';
import type { Derived } from './derived';

/** One treaty or host rule: pure, reads the precomputed legs, returns findings as data. */
export type Check = (plan: Plan, ctx: RulesContext, derived: Derived) => Finding[];

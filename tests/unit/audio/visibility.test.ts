/** A hidden tab suspends the sound the game had running, and resumes it (only it) on return. */
import { describe, expect, it } from 'vitest';
import { pauseWhenHidden, type SuspendableContext } from '../../../src/audio/visibility';

function setup(state: string): {
  ctx: SuspendableContext & { state: string };
  doc: EventTarget & { visibilityState: string };
} {
  const ctx = {
    state,
    suspend: async () => {
      ctx.state = 'suspended';
    },
    resume: async () => {
      ctx.state = 'running';
    },
  };
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  pauseWhenHidden(() => ctx, doc);
  return { ctx, doc };
}

const show = async (doc: EventTarget & { visibilityState: string }, v: 'hidden' | 'visible') => {
  doc.visibilityState = v;
  doc.dispatchEvent(new Event('visibilitychange'));
  await Promise.resolve();
};

describe('audio in a hidden tab', () => {
  it('suspends a running context when hidden and resumes it when shown', async () => {
    const { ctx, doc } = setup('running');
    await show(doc, 'hidden');
    expect(ctx.state).toBe('suspended');
    await show(doc, 'visible');
    expect(ctx.state).toBe('running');
  });

  it('leaves a context it did not have running as it was', async () => {
    const { ctx, doc } = setup('suspended');
    await show(doc, 'hidden');
    await show(doc, 'visible');
    expect(ctx.state).toBe('suspended');
  });
});

/**
 * A hidden tab is silent: the audio context is suspended when the page is hidden and resumed
 * when it shows again, so music and hum carry on where they were. A context the game did not
 * have running (locked, closed, or suspended by someone else) is left as it was.
 */
export interface SuspendableContext {
  readonly state: string;
  suspend(): Promise<void>;
  resume(): Promise<void>;
}

export function pauseWhenHidden(
  context: () => SuspendableContext | null | undefined,
  doc: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState: string;
  } = document,
): () => void {
  let suspendedByUs = false;
  const onVisibility = (): void => {
    const ctx = context();
    if (!ctx) return;
    if (doc.visibilityState === 'hidden') {
      if (ctx.state !== 'running') return;
      suspendedByUs = true;
      ctx.suspend().catch(() => undefined);
    } else if (suspendedByUs) {
      suspendedByUs = false;
      ctx.resume().catch(() => undefined);
    }
  };
  doc.addEventListener('visibilitychange', onVisibility);
  return () => doc.removeEventListener('visibilitychange', onVisibility);
}

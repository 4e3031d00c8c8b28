/** Query parameters the game understands. Pure, so tests read them the same way. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface GameParams {
  /** ?renderer=canvas forces Phaser's Canvas renderer (headless tests, benchmarks). */
  renderer: RendererChoice;
  /** ?observe=RUS opens the map over that party (free flight). */
  observe: string | null;
}

export function readGameParams(search: string): GameParams {
  const q = new URLSearchParams(search);
  const r = q.get('renderer');
  const renderer: RendererChoice = r === 'canvas' || r === 'webgl' ? r : 'auto';
  const o = (q.get('observe') ?? '').toUpperCase();
  return { renderer, observe: /^[A-Z]{3}$/.test(o) ? o : null };
}

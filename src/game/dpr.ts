/**
 * The device pixel ratio the canvas renders at: game configuration (set by createGame on
 * boot and resize), not state two views share, so it stays in Phaser's registry behind this
 * one typed pair of functions.
 */
import type Phaser from 'phaser';

const DPR_KEY = 'dpr';

export function setGameDpr(game: Phaser.Game, dpr: number): void {
  game.registry.set(DPR_KEY, dpr);
}

/** Device pixels per CSS pixel for a scene (1 before the game set it). */
export function sceneDpr(scene: Phaser.Scene): number {
  const v: unknown = scene.registry.get(DPR_KEY);
  return typeof v === 'number' && v > 0 ? v : 1;
}

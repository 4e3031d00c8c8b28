/**
 * Creates the Phaser game. The canvas is sized in device pixels and shown at CSS size through
 * the scale manager's zoom (1 / devicePixelRatio), so lines and text are crisp on hi-DPI
 * screens; it follows its parent's size from a phone in landscape to 4K.
 */
import Phaser from 'phaser';
import { Boot } from './scenes/Boot';
import { Preloader } from './scenes/Preloader';
import { MainMenu } from './scenes/MainMenu';
import { MapScene } from './scenes/MapScene';
import { Hud } from './scenes/Hud';
import type { RendererChoice } from './url';
import { setGameDpr } from './dpr';

/** Device pixel ratio used for the canvas (capped: 3× is already sharper than the eye). */
export function deviceRatio(): number {
  return Math.min(3, Math.max(1, window.devicePixelRatio || 1));
}

function parentSize(parent: HTMLElement): { w: number; h: number } {
  const r = parent.getBoundingClientRect();
  return {
    w: Math.max(1, Math.round(r.width || window.innerWidth)),
    h: Math.max(1, Math.round(r.height || window.innerHeight)),
  };
}

export function createGame(parent: HTMLElement, renderer: RendererChoice): Phaser.Game {
  let dpr = deviceRatio();
  const { w, h } = parentSize(parent);
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent,
    width: w * dpr,
    height: h * dpr,
    backgroundColor: '#0f1b2a',
    banner: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
    render: { antialias: true, roundPixels: false },
    input: { activePointers: 3 },
    scene: [Boot, Preloader, MainMenu, MapScene, Hud],
  });
  setGameDpr(game, dpr);

  const fit = (): void => {
    const next = deviceRatio();
    const size = parentSize(parent);
    if (next !== dpr) {
      dpr = next;
      setGameDpr(game, dpr);
      game.scale.setZoom(1 / dpr);
    }
    game.scale.resize(size.w * dpr, size.h * dpr);
    game.canvas.style.width = `${size.w}px`;
    game.canvas.style.height = `${size.h}px`;
  };
  const observer = new ResizeObserver(() => fit());
  observer.observe(parent);
  game.events.once(Phaser.Core.Events.READY, fit);
  game.events.once(Phaser.Core.Events.DESTROY, () => observer.disconnect());
  return game;
}

/** Client (CSS) pixel of a place on the map scene, for tests and DOM callouts; null when no map is up. */
export function lonLatToClient(game: Phaser.Game, lon: number, lat: number): { x: number; y: number } | null {
  if (!game.scene.isActive('MapScene')) return null;
  const scene = game.scene.getScene('MapScene') as MapScene | null;
  return scene ? scene.lonLatToClient(lon, lat) : null;
}

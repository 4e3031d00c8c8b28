/**
 * Loads the world map (Natural Earth 1:50m via world-atlas, ~750 kB) with a real progress bar,
 * waits for the map label fonts, builds the world into the store, then opens the menu.
 */
import Phaser from 'phaser';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { store } from '../../state/store';
import { loadWorld } from '../../state/actions/world';
import { OKABE_ITO } from '../palette';

export const ATLAS_KEY = 'countries-50m';

export class Preloader extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private done = 0;

  constructor() {
    super('Preloader');
  }

  preload(): void {
    this.bar = this.add.graphics();
    this.drawBar(0);
    this.load.on(Phaser.Loader.Events.FILE_PROGRESS, (_file: Phaser.Loader.File, value: number) =>
      this.drawBar((this.done + value) / Math.max(1, this.load.totalToLoad)),
    );
    this.load.on(Phaser.Loader.Events.FILE_COMPLETE, () => {
      this.done++;
      this.drawBar(this.done / Math.max(1, this.load.totalToLoad));
    });
    this.load.json(ATLAS_KEY, atlasUrl);
  }

  private drawBar(progress: number): void {
    const { width, height } = this.scale;
    const dpr = (this.registry.get('dpr') as number | undefined) ?? 1;
    const w = Math.min(width * 0.6, 360 * dpr);
    const h = 4 * dpr;
    const x = (width - w) / 2;
    const y = height * 0.82;
    this.bar.clear();
    this.bar.fillStyle(OKABE_ITO.border, 1).fillRect(x, y, w, h);
    this.bar.fillStyle(OKABE_ITO.route, 1).fillRect(x, y, w * Math.min(1, Math.max(0, progress)), h);
  }

  async create(): Promise<void> {
    const ok = loadWorld(store, this.cache.json.get(ATLAS_KEY));
    if (!ok) console.error('Open Skies: the world map file could not be read.');
    // Map labels are drawn into textures: the font must be there before the first bake.
    await Promise.allSettled([
      document.fonts.load('600 13px "IBM Plex Sans"'),
      document.fonts.load('400 13px "IBM Plex Sans"'),
    ]);
    this.scene.start('MainMenu');
  }
}

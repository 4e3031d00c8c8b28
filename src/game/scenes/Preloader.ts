/**
 * Loads the world map (Natural Earth 1:50m via world-atlas, ~750 kB) with a real progress bar,
 * waits for the map label fonts, builds the world into the store, then opens the menu. When the
 * file does not load (offline, blocked, not a map) a message names the file and the problem,
 * with Retry: the game is never left on a blank screen.
 */
import Phaser from 'phaser';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { store } from '../../state/store';
import { loadWorld } from '../../state/actions/world';
import { afterFirstPaint } from '../after-paint';
import { OKABE_ITO } from '../palette';
import { sceneDpr } from '../dpr';
import { loadProblem } from '../../state/load-problem';
import { reportLoadProblem } from '../../state/actions/view';

export const ATLAS_KEY = 'countries-50m';

export class Preloader extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private done = 0;
  /** HTTP status of the failed atlas request (0: no answer), or null when it did not fail. */
  private failedStatus: number | null = null;
  private failedUrl = atlasUrl;

  constructor() {
    super('Preloader');
  }

  preload(): void {
    this.bar = this.add.graphics();
    this.done = 0;
    this.failedStatus = null;
    this.drawBar(0);
    const progress = (_file: Phaser.Loader.File, value: number): void =>
      this.drawBar((this.done + value) / Math.max(1, this.load.totalToLoad));
    const complete = (): void => {
      this.done++;
      this.drawBar(this.done / Math.max(1, this.load.totalToLoad));
    };
    const failed = (file: Phaser.Loader.File): void => {
      if (file.key !== ATLAS_KEY) return;
      this.failedStatus = file.xhrLoader?.status ?? 0;
      this.failedUrl = typeof file.url === 'string' ? file.url : atlasUrl;
    };
    this.load.on(Phaser.Loader.Events.FILE_PROGRESS, progress);
    this.load.on(Phaser.Loader.Events.FILE_COMPLETE, complete);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, failed);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.load.off(Phaser.Loader.Events.FILE_PROGRESS, progress);
      this.load.off(Phaser.Loader.Events.FILE_COMPLETE, complete);
      this.load.off(Phaser.Loader.Events.FILE_LOAD_ERROR, failed);
    });
    this.load.json(ATLAS_KEY, atlasUrl);
  }

  private showProblem(): void {
    const problem = loadProblem(this.failedUrl, this.failedStatus, false) ?? {
      file: this.failedUrl,
      kind: 'invalid' as const,
    };
    console.error(`Open Skies: the world map file ${problem.file} could not be loaded (${problem.kind}).`);
    reportLoadProblem(store, problem);
    // Retry (an action on the load-error screen) counts an attempt: load again.
    const stop = store.subscribe(
      (st) => st.loadAttempt,
      () => {
        stop();
        // A file that arrived but was not a map stays out of the cache, so it is fetched again.
        if (this.cache.json.exists(ATLAS_KEY)) this.cache.json.remove(ATLAS_KEY);
        this.scene.restart();
      },
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  }

  private drawBar(progress: number): void {
    const { width, height } = this.scale;
    const dpr = sceneDpr(this);
    const w = Math.min(width * 0.6, 360 * dpr);
    const h = 4 * dpr;
    const x = (width - w) / 2;
    const y = height * 0.82;
    this.bar.clear();
    this.bar.fillStyle(OKABE_ITO.border, 1).fillRect(x, y, w, h);
    this.bar.fillStyle(OKABE_ITO.route, 1).fillRect(x, y, w * Math.min(1, Math.max(0, progress)), h);
  }

  async create(): Promise<void> {
    // The world is built (atlas parsed, then the map indexed and drawn) once the title screen
    // has painted and answers: the first screen does not wait for the map behind it.
    await new Promise<void>((done) => afterFirstPaint(done));
    if (!this.sys.isActive()) return;
    const ok = this.cache.json.exists(ATLAS_KEY) && loadWorld(store, this.cache.json.get(ATLAS_KEY));
    if (!ok) {
      this.showProblem();
      return;
    }
    // Map labels are drawn into textures: the font must be there before the first bake.
    await Promise.allSettled([
      document.fonts.load('600 13px "IBM Plex Sans"'),
      document.fonts.load('400 13px "IBM Plex Sans"'),
    ]);
    this.scene.start('MainMenu');
  }
}

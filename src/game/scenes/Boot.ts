/**
 * First scene: lets the title screen paint and settle, then hands over to the Preloader, so
 * the world map's download, parsing and indexing never stand between the player and Start.
 */
import Phaser from 'phaser';
import { afterFirstPaint } from '../after-paint';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    afterFirstPaint(() => {
      if (this.scene.isActive()) this.scene.start('Preloader');
    });
  }
}

/**
 * The menu's backdrop: the map runs underneath (dimmed by CSS while a DOM screen is open) and
 * the DOM menu in #screen takes the input. This scene only starts the map and its overlay.
 */
import Phaser from 'phaser';

export class MainMenu extends Phaser.Scene {
  constructor() {
    super('MainMenu');
  }

  create(): void {
    this.scene.launch('MapScene');
    this.scene.launch('Hud');
    this.scene.bringToTop('Hud');
  }
}

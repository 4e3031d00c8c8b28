/**
 * Canvas renderer only: draws many small Text objects in one pass. Phaser's Canvas renderer
 * draws each Text with its own save, transform and restore of the context; for the 50 waypoint
 * numbers of a long route that was about 1 ms of every drag frame on a laptop without a GPU
 * (tests/bench/profile-drag.ts: `save` was the heaviest function of the frame). The Texts stay
 * the source of truth (text, style, position, visibility); the camera ignores them and this
 * object draws their pixels, each at whole screen pixels when it is shown at 1:1 (crisp).
 * The WebGL renderer batches Texts itself: there the Texts draw themselves and this is not made.
 */
import Phaser from 'phaser';
import type { TextAdopter } from './route-texts';

export class TextBatch extends Phaser.GameObjects.GameObject implements TextAdopter {
  private readonly at = new Phaser.GameObjects.Components.TransformMatrix();
  private readonly local = new Phaser.GameObjects.Components.TransformMatrix();
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(scene: Phaser.Scene) {
    super(scene, 'TextBatch');
    scene.add.existing(this);
  }

  /** Takes a Text over: the camera no longer draws it, this does (at the first one's depth). */
  adopt(t: Phaser.GameObjects.Text): void {
    if (this.texts.length === 0) {
      (this as unknown as { _depth: number })._depth = t.depth;
      this.scene.sys.displayList.queueDepthSort();
    }
    this.texts.push(t);
    this.scene.cameras.main.ignore(t);
  }

  renderCanvas(
    renderer: Phaser.Renderer.Canvas.CanvasRenderer,
    _self: unknown,
    camera: Phaser.Cameras.Scene2D.Camera,
  ): void {
    const ctx = renderer.currentContext;
    const at = this.at;
    ctx.save();
    ctx.globalCompositeOperation = 'source-over';
    for (const t of this.texts) {
      if (!t.active) continue;
      const alpha = camera.alpha * t.alpha;
      const frame = t.frame;
      if (!t.visible || alpha === 0 || frame.cutWidth <= 0 || frame.cutHeight <= 0) continue;
      this.local.applyITRS(t.x, t.y, t.rotation, t.scaleX, t.scaleY);
      at.copyWithScrollFactorFrom(
        camera.matrixCombined,
        camera.scrollX,
        camera.scrollY,
        t.scrollFactorX,
        t.scrollFactorY,
      );
      at.multiply(this.local);
      const res = frame.source.resolution;
      const w = frame.cutWidth / res;
      const h = frame.cutHeight / res;
      const x = -t.displayOriginX + frame.x;
      const y = -t.displayOriginY + frame.y;
      const cd = frame.canvasData as { x: number; y: number };
      ctx.globalAlpha = alpha;
      ctx.imageSmoothingEnabled = !frame.source.scaleMode;
      const oneToOne =
        Math.abs(at.a - 1) < 1e-6 &&
        Math.abs(at.d - 1) < 1e-6 &&
        Math.abs(at.b) < 1e-9 &&
        Math.abs(at.c) < 1e-9;
      // Shown at 1:1, the Text lands on whole screen pixels (crisp); otherwise it is transformed.
      let dx = x;
      let dy = y;
      if (oneToOne) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        dx = Math.round(at.e + x);
        dy = Math.round(at.f + y);
      } else {
        at.setToContext(ctx);
      }
      const image = frame.source.image as CanvasImageSource;
      ctx.drawImage(image, cd.x, cd.y, frame.cutWidth, frame.cutHeight, dx, dy, w, h);
    }
    ctx.restore();
  }
}

/**
 * Pointer, wheel and keyboard input on the map. Pans and zooms the view itself; hands taps,
 * handle drags and Delete to the scene, which turns them into mission actions. Keys come from
 * window (not Phaser's keyboard plugin) so typing in a DOM field never moves the map. Delete and
 * undo are the document's shortcuts (ui/a11y/keyboard.ts), so they are not handled twice.
 */
import Phaser from 'phaser';
import { screenPx, type ScreenPx } from '../projection';
import { usesKeysItself } from '../../state/key-target';

export interface MapInputHandlers {
  /** Pan/zoom: the view moves by a screen drag, or zooms by factor about a screen point. */
  pan(dxPx: number, dyPx: number): void;
  zoom(factor: number, at: ScreenPx): void;
  /** A tap (no drag) on the map. */
  tap(at: ScreenPx): void;
  /** Pointer down: return true when it grabbed something to drag (a waypoint handle). */
  grab(at: ScreenPx): boolean;
  /** The grabbed thing follows the pointer; called at most once per animation frame. */
  drag(at: ScreenPx): void;
  release(at: ScreenPx): void;
  /** The cursor for a pointer resting here (grab a handle, insert on a leg…). */
  hover(at: ScreenPx): string;
  /** The view stopped moving (after a gesture or a key press). */
  settle(): void;
}

const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export class MapInput {
  private mode: 'idle' | 'maybe-tap' | 'pan' | 'handle' | 'pinch' = 'idle';
  private last: ScreenPx = screenPx(0, 0);
  private downAt: ScreenPx = screenPx(0, 0);
  private pendingDrag: ScreenPx | null = null;
  private pinchDist = 0;
  private held = new Set<string>();
  private readonly onKeyDown = (e: KeyboardEvent): void => this.keyDown(e);
  private readonly onKeyUp = (e: KeyboardEvent): void => {
    this.held.delete(e.key);
  };
  /** Extra drag (CSS px) before a press stops being a tap. */
  private readonly slopPx: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly h: MapInputHandlers,
    private readonly dpr: () => number,
    private readonly enabled: () => boolean,
  ) {
    this.slopPx = 6;
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.down(p));
    input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => this.move(p));
    input.on(Phaser.Input.Events.POINTER_UP, (p: Phaser.Input.Pointer) => this.up(p));
    input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, (p: Phaser.Input.Pointer) => this.up(p));
    input.on(
      Phaser.Input.Events.POINTER_WHEEL,
      (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
        if (!this.enabled()) return;
        this.h.zoom(Math.exp(-Math.max(-300, Math.min(300, dy)) * 0.0015), screenPx(p.x, p.y));
        this.h.settle();
      },
    );
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('keyup', this.onKeyUp);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  private pointers(): Phaser.Input.Pointer[] {
    return this.scene.input.manager.pointers.filter((p) => p.isDown);
  }

  private down(p: Phaser.Input.Pointer): void {
    if (!this.enabled()) return;
    const down = this.pointers();
    if (down.length >= 2) {
      this.startPinch(down);
      return;
    }
    this.last = screenPx(p.x, p.y);
    this.downAt = this.last;
    this.mode = this.h.grab(this.last) ? 'handle' : 'maybe-tap';
  }

  private startPinch(down: Phaser.Input.Pointer[]): void {
    if (this.mode === 'handle') this.h.release(this.last);
    const [a, b] = down as [Phaser.Input.Pointer, Phaser.Input.Pointer];
    this.mode = 'pinch';
    this.pinchDist = Math.hypot(a.x - b.x, a.y - b.y);
    this.last = screenPx((a.x + b.x) / 2, (a.y + b.y) / 2);
  }

  private move(p: Phaser.Input.Pointer): void {
    if (this.mode === 'idle') {
      if (!p.wasTouch) this.setCursor(this.enabled() ? this.h.hover(screenPx(p.x, p.y)) : 'default');
      return;
    }
    const at = screenPx(p.x, p.y);
    if (this.mode === 'pinch') {
      const down = this.pointers();
      if (down.length < 2) return;
      const [a, b] = down as [Phaser.Input.Pointer, Phaser.Input.Pointer];
      const mid = screenPx((a.x + b.x) / 2, (a.y + b.y) / 2);
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      this.h.pan(mid.x - this.last.x, mid.y - this.last.y);
      if (this.pinchDist > 0 && dist > 0) this.h.zoom(dist / this.pinchDist, mid);
      this.pinchDist = dist;
      this.last = mid;
      return;
    }
    if (this.mode === 'handle') {
      this.pendingDrag = at;
      return;
    }
    if (this.mode === 'maybe-tap') {
      const slop = this.slopPx * this.dpr();
      if (Math.hypot(at.x - this.downAt.x, at.y - this.downAt.y) < slop) return;
      this.mode = 'pan';
    }
    this.h.pan(at.x - this.last.x, at.y - this.last.y);
    this.last = at;
  }

  private cursor = '';
  private setCursor(c: string): void {
    if (c === this.cursor) return;
    this.cursor = c;
    this.scene.input.setDefaultCursor(c);
  }

  private up(p: Phaser.Input.Pointer): void {
    const at = screenPx(p.x, p.y);
    if (this.mode === 'handle') {
      this.flush();
      this.h.release(at);
    } else if (this.mode === 'maybe-tap') {
      this.h.tap(at);
    }
    if (this.mode === 'pinch' && this.pointers().length === 1) {
      // One finger still down after a pinch: carry on panning from there.
      const rest = this.pointers()[0] as Phaser.Input.Pointer;
      this.last = screenPx(rest.x, rest.y);
      this.mode = 'pan';
      return;
    }
    if (this.mode !== 'idle') this.h.settle();
    this.mode = 'idle';
  }

  /** Applies the latest handle position: called once per frame from the scene's update. */
  flush(): void {
    if (this.pendingDrag) {
      this.h.drag(this.pendingDrag);
      this.pendingDrag = null;
    }
  }

  /** Held arrow keys pan smoothly; call from update with the frame time. */
  tick(deltaMs: number): void {
    this.flush();
    if (this.held.size === 0 || !this.enabled()) return;
    let dx = 0;
    let dy = 0;
    for (const k of this.held) {
      const d = PAN_KEYS[k];
      if (d) {
        dx += d[0];
        dy += d[1];
      }
    }
    const speed = 600 * this.dpr() * (deltaMs / 1000);
    if (dx || dy) {
      this.h.pan(dx * speed, dy * speed);
      this.h.settle();
    }
  }

  private keyDown(e: KeyboardEvent): void {
    // A focused DOM control keeps its keys (typing, a slider, the speed radios, a button).
    if (!this.enabled() || usesKeysItself(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const w = this.scene.scale.width;
    const hgt = this.scene.scale.height;
    if (PAN_KEYS[e.key]) {
      this.held.add(e.key);
      e.preventDefault();
    } else if (e.key === '+' || e.key === '=') {
      this.h.zoom(1.4, screenPx(w / 2, hgt / 2));
      this.h.settle();
    } else if (e.key === '-' || e.key === '_') {
      this.h.zoom(1 / 1.4, screenPx(w / 2, hgt / 2));
      this.h.settle();
    }
    // Delete/Backspace and undo are document-level shortcuts (ui/a11y/keyboard.ts): not here too.
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('keyup', this.onKeyUp);
  }
}

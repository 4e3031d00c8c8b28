/**
 * Document-level keys, two jobs: the global shortcuts of the sheet (? help, S settings,
 * H Handbook, Esc close, Space pause, 1–5 flight speed), and the guard that keeps arrow keys and
 * Space from scrolling the page (inside an itch.io iframe the page would jump under the player).
 * Map keys (arrows, +/−) belong to the map scene (game/views/MapInput.ts) and the planning keys
 * (undo/redo, Delete) to the mission UI (ui/mission/shortcuts.ts): they see the same events and
 * are not handled here. Whether a key belongs to the focused control is state/key-target.ts's
 * answer, the same one those handlers ask.
 */
import type { GameStore } from '../../state/store';
import { TIME_SPEEDS } from '../../state/schema';
import { closePanel, togglePanel } from '../../state/actions/panels';
import { openHandbook, setPaused, setTimeSpeed } from '../../state/actions/mission';
import { isTyping, usesKeysItself } from '../../state/key-target';

const SCROLL_KEYS = new Set([
  ' ',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export type KeyAction =
  'help' | 'settings' | 'handbook' | 'close' | 'pause' | 'speed' | 'undo' | 'redo' | 'delete' | null;

/** Which global action a key press means (pure, for tests); null when it is not ours. */
export function keyAction(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): KeyAction {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (key === 'Escape') return 'close';
  if (mod) return null;
  if (key === '?') return 'help';
  if (key === 's') return 'settings';
  if (key === 'h') return 'handbook';
  if (key === ' ') return 'pause';
  if (/^[1-5]$/.test(key)) return 'speed';
  return null;
}

/** Runs the action; returns true when it did something (then the key's default is prevented). */
function run(store: GameStore, action: KeyAction, key: string): boolean {
  const s = store.getState();
  const phase = s.screen === 'mission' ? (s.mission?.phase ?? null) : null;
  switch (action) {
    case 'help':
      togglePanel('shortcuts');
      return true;
    case 'settings':
      if (s.screen === 'start') return false;
      togglePanel('settings');
      return true;
    case 'handbook':
      if (s.screen === 'start') return false;
      if (s.panel === 'handbook') closePanel();
      else openHandbook();
      return true;
    case 'close':
      if (s.panel === null) return false;
      closePanel();
      return true;
    case 'pause': {
      const f = s.mission?.flight;
      if (phase !== 'flight' || !f || s.panel !== null) return false;
      setPaused(!f.paused);
      return true;
    }
    case 'speed': {
      if (phase !== 'flight' || s.panel !== null) return false;
      const speed = TIME_SPEEDS[Number(key) - 1];
      if (speed === undefined) return false;
      setTimeSpeed(speed);
      return true;
    }
    default:
      return false;
  }
}

export function mountKeyboard(store: GameStore, doc: Document = document): () => void {
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.isComposing) return;
    const action = keyAction(e);
    // In a text field or a drop-down list (type-ahead) only Escape is ours; on other controls
    // Space belongs to the control (a button presses, a checkbox toggles).
    const typing = isTyping(e.target);
    const ownKeys = usesKeysItself(e.target);
    const allowed = typing ? action === 'close' : !(ownKeys && action === 'pause');
    if (action && allowed && run(store, action, e.key)) {
      e.preventDefault();
      return;
    }
    // Never scroll the page with arrows or Space, unless a control wants them.
    if (SCROLL_KEYS.has(e.key) && !ownKeys) e.preventDefault();
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}

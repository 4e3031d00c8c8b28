/** Planning keys: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Delete removes the selected waypoint. */
import { deleteWaypoint, redo, selectWaypoint, undo } from '../../state/actions/mission';
import { state } from './store-view';
import { isTyping } from '../../state/key-target';

export function planningKeys(ev: KeyboardEvent): void {
  const s = state();
  if (s.screen !== 'mission' || s.mission?.phase !== 'planning' || s.panel !== null) return;
  const mod = ev.ctrlKey || ev.metaKey;
  const key = ev.key.toLowerCase();
  // Inside a text field the browser's own undo edits the text being typed.
  if (isTyping(ev.target)) return;
  if (mod && key === 'z' && !ev.shiftKey) {
    ev.preventDefault();
    undo();
  } else if (mod && ((key === 'z' && ev.shiftKey) || key === 'y')) {
    ev.preventDefault();
    redo();
  } else if (!mod && (ev.key === 'Delete' || ev.key === 'Backspace') && s.selectedWaypoint !== null) {
    ev.preventDefault();
    deleteWaypoint(s.selectedWaypoint);
  } else if (ev.key === 'Escape' && s.selectedWaypoint !== null) {
    selectWaypoint(null);
  }
}

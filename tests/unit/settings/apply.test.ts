import { describe, expect, it } from 'vitest';
import { applySettings } from '../../../src/ui/settings/apply';
import { bindActionStore } from '../../../src/state/actions/mission-core';
import {
  setLanguage,
  setPalette,
  setReducedMotion,
  setSystemMediaQuery,
  setUiScale,
} from '../../../src/state/actions/settings';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';

/** The parts of <html> that applySettings writes. */
function fakeRoot() {
  const props = new Map<string, string>();
  return {
    props,
    dataset: {} as Record<string, string>,
    lang: '',
    style: { setProperty: (k: string, v: string) => void props.set(k, v) },
  };
}

describe('applySettings', () => {
  it('writes UI scale, palette, reduced motion and language to <html>, and follows changes', () => {
    const store = createGameStore(createSafeStorage(() => undefined));
    bindActionStore(store);
    const root = fakeRoot();
    setSystemMediaQuery(() => ({ matches: true }));
    const stop = applySettings(store, root as unknown as HTMLElement);
    expect(root.props.get('--ui-scale')).toBe('1');
    expect(root.dataset).toEqual({ palette: 'okabe-ito', reducedMotion: 'true' });
    expect(root.lang).toBe('en');

    setUiScale(1.5);
    setPalette('high-contrast');
    setReducedMotion(false);
    setLanguage('xx');
    expect(root.props.get('--ui-scale')).toBe('1.5');
    expect(root.dataset).toEqual({ palette: 'high-contrast', reducedMotion: 'false' });
    // A language without a table falls back to English.
    expect(root.lang).toBe('en');

    stop();
    setUiScale(2);
    expect(root.props.get('--ui-scale')).toBe('1.5');
    setSystemMediaQuery(null);
  });

  it('follows a change of the system preference while the setting follows the system', () => {
    const store = createGameStore(createSafeStorage(() => undefined));
    bindActionStore(store);
    const listeners = new Set<() => void>();
    let reduce = false;
    setSystemMediaQuery(() => ({
      get matches() {
        return reduce;
      },
      addEventListener: (_type: 'change', l: () => void) => void listeners.add(l),
      removeEventListener: (_type: 'change', l: () => void) => void listeners.delete(l),
    }));
    const root = fakeRoot();
    const stop = applySettings(store, root as unknown as HTMLElement);
    expect(root.dataset.reducedMotion).toBe('false');
    reduce = true;
    listeners.forEach((l) => l());
    expect(root.dataset.reducedMotion).toBe('true');
    // A setting of its own wins over the system.
    setReducedMotion(false);
    expect(root.dataset.reducedMotion).toBe('false');
    stop();
    expect(listeners.size).toBe(0);
    setSystemMediaQuery(null);
  });
});

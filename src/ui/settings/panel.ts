/**
 * The settings panel (`panel === 'settings'`): sound, display, play. Every change is stored at
 * once (and saved by the store's persistence); there is no "Apply" button to forget.
 */
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { TIME_SPEEDS } from '../../state/schema';
import {
  resetSettings,
  setCaptions,
  setDefaultTimeSpeed,
  setEffectsVolume,
  setLanguage,
  setMusicVolume,
  setMuted,
  setPalette,
  setReducedMotion,
  setUiScale,
  systemPrefersReducedMotion,
  UI_SCALE_STEPS,
} from '../../state/actions/settings';
import { el } from '../a11y/dom';
import { bindPanelDialog } from '../a11y/dialog';
import { availableLanguages, loadLanguage, t } from '../../i18n';
import { radios, select, slider, toggle, type Control } from './controls';

function section(title: string, controls: Control[]): HTMLElement {
  return el('section', { className: 'settings-section' }, [
    el('h3', { text: title }),
    ...controls.map((c) => c.row),
  ]);
}

function buildSettings(store: GameStore, body: HTMLElement): Control[] {
  const settings = () => store.getState().settings;
  const percent = (p: number): string => t('settings.percent', { value: p });
  const effects = slider({
    id: 'set-effects',
    label: t('settings.effectsVolume'),
    get: () => settings().effectsVolume,
    set: setEffectsVolume,
    format: percent,
  });
  const music = slider({
    id: 'set-music',
    label: t('settings.musicVolume'),
    get: () => settings().musicVolume,
    set: setMusicVolume,
    format: percent,
  });
  const muted = toggle({
    id: 'set-muted',
    label: t('settings.muted'),
    get: () => settings().muted,
    set: setMuted,
  });
  const captions = toggle({
    id: 'set-captions',
    label: t('settings.captions'),
    get: () => settings().captions,
    set: setCaptions,
  });
  const uiScale = select({
    id: 'set-ui-scale',
    label: t('settings.uiScale'),
    choices: UI_SCALE_STEPS.map((s) => ({ value: String(s), label: percent(Math.round(s * 1000) / 10) })),
    get: () => String(settings().uiScale),
    set: (v) => setUiScale(Number(v)),
  });
  const motion = radios({
    id: 'set-motion',
    legend: t('settings.reducedMotion'),
    choices: [
      {
        value: 'system',
        label: t('settings.reducedMotion.system', {
          value: systemPrefersReducedMotion() ? t('common.on') : t('common.off'),
        }),
      },
      { value: 'on', label: t('settings.reducedMotion.on') },
      { value: 'off', label: t('settings.reducedMotion.off') },
    ],
    get: () => {
      const r = settings().reducedMotion;
      return r === null ? 'system' : r ? 'on' : 'off';
    },
    set: (v) => setReducedMotion(v === 'system' ? null : v === 'on'),
  });
  const palette = radios({
    id: 'set-palette',
    legend: t('settings.palette'),
    choices: [
      { value: 'okabe-ito', label: t('settings.palette.okabe-ito'), swatch: 'okabe-ito' },
      { value: 'high-contrast', label: t('settings.palette.high-contrast'), swatch: 'high-contrast' },
    ],
    get: () => settings().palette,
    set: setPalette,
  });
  const speed = select({
    id: 'set-speed',
    label: t('settings.timeSpeed'),
    choices: TIME_SPEEDS.map((s) => ({
      value: String(s),
      label: t('settings.timeSpeed.value', { speed: s }),
    })),
    get: () => String(settings().timeSpeed),
    set: (v) => setDefaultTimeSpeed(Number(v)),
  });
  const language = select({
    id: 'set-language',
    label: t('settings.language'),
    choices: availableLanguages().map((l) => ({ value: l.code, label: l.name })),
    get: () => settings().language,
    // Another language's words are a chunk of their own: the choice applies once they are here.
    set: (code) =>
      void loadLanguage(code).then((ok) => {
        if (ok) setLanguage(code);
      }),
  });
  // The first control takes the focus when the panel opens.
  effects.row.querySelector('input')?.setAttribute('autofocus', '');

  const notice = store.getState().saveAvailable
    ? null
    : el('p', { className: 'settings-notice', attrs: { role: 'note' }, text: t('settings.saveUnavailable') });
  body.append(
    el('div', { className: 'settings-grid' }, [
      section(t('settings.section.sound'), [effects, music, muted, captions]),
      section(t('settings.section.display'), [uiScale, palette, motion]),
      section(t('settings.section.play'), [speed, language]),
    ]),
    ...(notice ? [notice] : []),
    el('div', { className: 'dialog-actions' }, [
      el('button', {
        className: 'button-secondary',
        attrs: { type: 'button', id: 'set-reset' },
        text: t('settings.reset'),
        on: { click: () => resetSettings() },
      }),
    ]),
  );
  return [effects, music, muted, captions, uiScale, motion, palette, speed, language];
}

/** Mounts the settings dialog into `host` (the modal root); returns an unmount function. */
export function mountSettingsPanel(store: GameStore, host: HTMLElement): () => void {
  let controls: Control[] = [];
  const unbindDialog = bindPanelDialog(
    store,
    host,
    'settings',
    () => t('settings.title'),
    (body) => {
      controls = buildSettings(store, body);
    },
  );
  // Keep the controls true to the store while open (reset, mute shortcut, another tab…).
  const unsubscribe = watch(store, [(s) => s.settings], (s) => {
    if (s.panel === 'settings') controls.forEach((c) => c.sync());
  });
  return () => {
    unsubscribe();
    unbindDialog();
  };
}

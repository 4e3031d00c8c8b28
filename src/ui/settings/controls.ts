/**
 * Labelled form controls for the settings panel. Each returns its element and a `sync` that
 * puts the stored value back into the control (after "Restore defaults", or a change made
 * elsewhere, e.g. the mute shortcut) without rebuilding it.
 */
import { el } from '../a11y/dom';

export interface Control {
  row: HTMLElement;
  sync: () => void;
}

/** A 0–100 % slider for a 0..1 value, its figure shown next to it and spoken as "80 %". */
export function slider(opts: {
  id: string;
  label: string;
  get: () => number;
  set: (v: number) => void;
  format: (percent: number) => string;
}): Control {
  const input = el('input', {
    attrs: { id: opts.id, type: 'range', min: 0, max: 100, step: 5 },
  });
  const output = el('output', { className: 'setting-value', attrs: { for: opts.id } });
  const show = (percent: number): void => {
    output.textContent = opts.format(percent);
    input.setAttribute('aria-valuetext', opts.format(percent));
  };
  input.addEventListener('input', () => {
    opts.set(Number(input.value) / 100);
    show(Number(input.value));
  });
  const sync = (): void => {
    const percent = Math.round(opts.get() * 100);
    if (Number(input.value) !== percent) input.value = String(percent);
    show(percent);
  };
  sync();
  const row = el('div', { className: 'setting-row setting-slider' }, [
    el('label', { attrs: { for: opts.id }, text: opts.label }),
    input,
    output,
  ]);
  return { row, sync };
}

/** An on/off switch: a real checkbox, drawn as a switch by CSS. */
export function toggle(opts: {
  id: string;
  label: string;
  get: () => boolean;
  set: (v: boolean) => void;
}): Control {
  const input = el('input', { className: 'switch', attrs: { id: opts.id, type: 'checkbox' } });
  input.addEventListener('change', () => opts.set(input.checked));
  const sync = (): void => {
    input.checked = opts.get();
  };
  sync();
  const row = el('div', { className: 'setting-row setting-toggle' }, [
    input,
    el('label', { attrs: { for: opts.id }, text: opts.label }),
  ]);
  return { row, sync };
}

/** A group of radio buttons (few, visible choices: palette, reduced motion). */
export function radios(opts: {
  id: string;
  legend: string;
  choices: { value: string; label: string; swatch?: string }[];
  get: () => string;
  set: (v: string) => void;
}): Control {
  const inputs = opts.choices.map((c, i) => {
    const input = el('input', {
      attrs: { id: `${opts.id}-${i}`, type: 'radio', name: opts.id, value: c.value },
    });
    input.addEventListener('change', () => {
      if (input.checked) opts.set(c.value);
    });
    return { input, choice: c };
  });
  const sync = (): void => {
    const v = opts.get();
    for (const { input, choice } of inputs) input.checked = choice.value === v;
  };
  sync();
  const row = el('fieldset', { className: 'setting-row setting-radios', attrs: { id: opts.id } }, [
    el('legend', { text: opts.legend }),
    ...inputs.map(({ input, choice }) =>
      el('label', { className: 'radio-choice', attrs: { for: input.id } }, [
        input,
        choice.swatch
          ? el('span', { className: `swatch swatch-${choice.swatch}`, attrs: { 'aria-hidden': 'true' } })
          : null,
        el('span', { text: choice.label }),
      ]),
    ),
  ]);
  return { row, sync };
}

/** A drop-down list (many choices: UI scale, time speed, language). */
export function select(opts: {
  id: string;
  label: string;
  choices: { value: string; label: string }[];
  get: () => string;
  set: (v: string) => void;
}): Control {
  const input = el(
    'select',
    { attrs: { id: opts.id } },
    opts.choices.map((c) => el('option', { attrs: { value: c.value }, text: c.label })),
  );
  input.addEventListener('change', () => opts.set(input.value));
  const sync = (): void => {
    input.value = opts.get();
  };
  sync();
  const row = el('div', { className: 'setting-row setting-select' }, [
    el('label', { attrs: { for: opts.id }, text: opts.label }),
    input,
  ]);
  return { row, sync };
}

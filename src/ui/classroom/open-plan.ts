/**
 * "Open a plan" on the campaign screen: a pasted plan code, or a .plan.json file from the picker
 * or dropped on the box. Opens the level in planning with that plan (practice on a locked level);
 * anything wrong is one clear line, never a blank screen.
 */
import { parsePlan, type Plan } from '../../rules';
import { decodePlanCode, isPlanCode, isReviewCode, schemaErrorLine } from '../../rules/share';
import { openSharedPlan } from '../../state/actions/classroom';
import { openPlanAsHost, openReviewCode, type RemoteOpen } from '../../state/actions/hot-seat-remote';
import { t, type MessageKey } from '../../i18n';
import { button, h as el } from '../dom';

const MAX_FILE_BYTES = 1_000_000;

type Read = { ok: true; plan: Plan } | { ok: false; why: string };

function fromText(text: string, file: string | null): Read {
  if (text.trim() === '') return { ok: false, why: t('cl.open.empty') };
  if (isPlanCode(text) || file === null) {
    const r = decodePlanCode(text);
    return r.ok ? { ok: true, plan: r.value } : { ok: false, why: r.error };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, why: t('cl.open.notJson', { file }) };
  }
  const p = parsePlan(json);
  return p.ok ? { ok: true, plan: p.value } : { ok: false, why: `${file}: ${schemaErrorLine(p.errors)}` };
}

export function mountOpenPlan(): HTMLElement {
  const code = el('textarea', { id: 'cl-open-code', rows: '2', spellcheck: 'false', class: 'cl-code' });
  const problem = el('p', { class: 'cl-error', role: 'alert', id: 'cl-open-problem' });
  const fileInput = el('input', {
    id: 'cl-open-file',
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    // Hidden behind the "Choose a plan file…" button, but still named for screen readers.
    'aria-label': t('cl.open.file'),
    tabindex: '-1',
  });
  const open = (read: Read): void => {
    if (!read.ok) {
      problem.textContent = t('cl.open.problem', { why: read.why });
      return;
    }
    const r = openSharedPlan(read.plan);
    if (!r.ok)
      problem.textContent = t('cl.open.problem', {
        why: t(`cl.open.${r.problem}` as MessageKey, { detail: r.detail }),
      });
    else problem.textContent = '';
  };
  /** Two devices (issue 14): a review code opens at the host's decision; a plan code in host mode. */
  const remote = (r: RemoteOpen): void => {
    if (r.ok) problem.textContent = '';
    else if ('why' in r) problem.textContent = t('cl.open.problem', { why: r.why });
    else
      problem.textContent = t('cl.open.problem', {
        why: t(`cl.open.${r.problem}` as MessageKey, { detail: r.detail }),
      });
  };
  const openText = (text: string): void => {
    if (isReviewCode(text)) remote(openReviewCode(text));
    else open(fromText(text, null));
  };
  const hostText = (text: string): void => {
    if (text.trim() === '') problem.textContent = t('cl.open.problem', { why: t('cl.open.empty') });
    else remote(openPlanAsHost(text));
  };
  const openFile = (file: File): void => {
    if (file.size > MAX_FILE_BYTES) {
      open({ ok: false, why: t('cl.open.tooBig', { file: file.name }) });
      return;
    }
    file.text().then(
      (text) => open(fromText(text, file.name)),
      () => open({ ok: false, why: t('cl.open.unreadable', { file: file.name }) }),
    );
  };
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) openFile(f);
    fileInput.value = '';
  });
  const box = el('section', { class: 'cl-open', 'aria-labelledby': 'cl-open-title' }, [
    el('h3', { id: 'cl-open-title' }, [t('cl.open.title')]),
    el('p', { class: 'cl-note', id: 'cl-open-help' }, [t('cl.open.help')]),
    el('p', { class: 'cl-note', id: 'cl-open-two' }, [t('hotseat.open.help')]),
    el('label', { for: 'cl-open-code' }, [t('cl.open.code')]),
    code,
    el('div', { class: 'cl-row' }, [
      button(t('cl.open.open'), () => openText(code.value), {
        class: 'primary',
        id: 'cl-open-go',
      }),
      button(t('hotseat.open.host'), () => hostText(code.value), { class: 'secondary', id: 'cl-open-host' }),
      button(t('cl.open.file'), () => fileInput.click(), { class: 'secondary', id: 'cl-open-pick' }),
      fileInput,
    ]),
    problem,
  ]);
  code.setAttribute('aria-describedby', 'cl-open-help cl-open-two cl-open-problem');
  box.addEventListener('dragover', (e) => {
    e.preventDefault();
    box.classList.add('cl-drop');
  });
  box.addEventListener('dragleave', () => box.classList.remove('cl-drop'));
  box.addEventListener('drop', (e) => {
    e.preventDefault();
    box.classList.remove('cl-drop');
    const f = e.dataTransfer?.files[0];
    if (f) openFile(f);
    else {
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      code.value = text;
      openText(text);
    }
  });
  return box;
}

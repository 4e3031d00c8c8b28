/**
 * Sound for Open Skies: one audio sprite (assets/audio, made by `npm run sounds`) played by
 * Howler through the AudioDirector, which follows the store. Nothing else imports Howler.
 * The sound is created inside the first gesture (the Start button), so browsers allow it and no
 * AudioContext is made before; without an audio device Howler stays silent and the game goes on.
 */
import { Howl, Howler } from 'howler';
import spriteMap from '../../assets/audio/sprite.json';
import type { GameStore } from '../state/store';
import type { Cue } from './cues';
import { AudioDirector, spriteEntries, type HowlFactory } from './director';
import { pauseWhenHidden } from './visibility';

const WEBM_URL = new URL('../../assets/audio/sprite.webm', import.meta.url).href;
const MP3_URL = new URL('../../assets/audio/sprite.mp3', import.meta.url).href;

/** Controls whose press makes the soft UI click. */
const CLICKABLE = 'button, [role="button"], input[type="checkbox"], input[type="radio"], summary';

const howlerFactory: HowlFactory = (sprite) =>
  new Howl({
    src: [WEBM_URL, MP3_URL],
    format: ['webm', 'mp3'],
    sprite,
    preload: true,
    onloaderror: (_id, error) =>
      console.warn('Open Skies: the sounds could not be loaded; captions still show.', error),
    onplayerror: (_id, error) => console.warn('Open Skies: a sound could not play.', error),
  });

export interface AudioDebugState {
  unlocked: boolean;
  load: string;
  context: string | null;
  music: boolean;
  hum: boolean;
  played: Record<string, number>;
}

/** navigator.userActivation where the browser has it; elsewhere the store's start screen decides. */
const hadGesture = (): boolean =>
  (globalThis.navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })?.userActivation
    ?.hasBeenActive ?? true;

export function mountAudio(
  store: GameStore,
  opts: { onCue?: (cue: Cue) => void; createHowl?: HowlFactory; doc?: Document } = {},
): AudioDirector {
  const doc = opts.doc ?? document;
  const director = new AudioDirector(
    store,
    opts.createHowl ?? howlerFactory,
    spriteEntries(spriteMap.sprite),
    { onCue: opts.onCue, hadGesture },
  );
  // Without the start screen (a shared link), the first press or key anywhere unlocks the sound.
  const onGesture = (): void => {
    if (store.getState().screen !== 'start') director.unlock();
    if (director.unlocked) {
      doc.removeEventListener('pointerup', onGesture, true);
      doc.removeEventListener('keydown', onGesture, true);
    }
  };
  doc.addEventListener('pointerup', onGesture, true);
  doc.addEventListener('keydown', onGesture, true);
  doc.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest(CLICKABLE)) return;
    director.click();
  });
  // A hidden tab pauses the sound; it resumes where it was when the tab shows again.
  pauseWhenHidden(() => (director.unlocked ? Howler.ctx : null), doc);
  // Test and support hook: what the sound is doing, as plain data.
  const debug = (): AudioDebugState => ({
    unlocked: director.unlocked,
    load: director.loadState,
    context: director.unlocked ? (Howler.ctx?.state ?? null) : null,
    ...director.playing,
    played: { ...director.played },
  });
  (globalThis as { __openSkiesAudio?: { state: () => AudioDebugState } }).__openSkiesAudio = { state: debug };
  return director;
}

export type { Cue } from './cues';

/**
 * Lays the synthesised sounds end to end into one mono PCM track (the audio sprite) and
 * writes the Howler sprite map. Starts sit on a 10 ms grid so offsets are whole milliseconds.
 * Loops carry a guard of their own continuation on both sides: if a decoder shifts the track
 * by a few milliseconds (MP3 encoder delay), the looped window is still one exact period.
 */
import { edgeFades, SAMPLE_RATE, samples } from './dsp';
import { alert, ambient, click, hum, shutter } from './voices';

export type SoundId = 'click' | 'shutter' | 'alert' | 'hum' | 'ambient';
/** Howler's sprite entry: [offset ms, duration ms, loop?]. */
export type SpriteEntry = [number, number] | [number, number, true];

export interface SpriteMap {
  sampleRate: number;
  /** Length of the whole track. */
  durationMs: number;
  /** SHA-256 of the 16-bit PCM, so the committed encodings can be traced to this synthesis. */
  pcmSha256: string;
  sprite: Record<SoundId, SpriteEntry>;
}

const VOICES: { id: SoundId; make: () => Float32Array; loop: boolean }[] = [
  { id: 'click', make: click, loop: false },
  { id: 'shutter', make: shutter, loop: false },
  { id: 'alert', make: alert, loop: false },
  { id: 'hum', make: hum, loop: true },
  { id: 'ambient', make: ambient, loop: true },
];

const GRID = samples(0.01);
const GAP = samples(0.2);
const GUARD = samples(0.1);
const LEAD = samples(0.05);

const toGrid = (n: number): number => Math.ceil(n / GRID) * GRID;
const ms = (n: number): number => Math.round((n * 1000) / SAMPLE_RATE);

export interface SpriteTrack {
  pcm: Int16Array;
  sprite: Record<SoundId, SpriteEntry>;
}

/** Synthesises every sound and lays out the track (deterministic: same samples every run). */
export function buildTrack(): SpriteTrack {
  const parts: { at: number; data: Float32Array }[] = [];
  const sprite = {} as Record<SoundId, SpriteEntry>;
  let cursor = LEAD;
  for (const voice of VOICES) {
    const data = voice.make();
    if (voice.loop) {
      const start = toGrid(cursor + GUARD);
      const guarded = new Float32Array(data.length + 2 * GUARD);
      for (let i = 0; i < guarded.length; i++) {
        guarded[i] = data[(((i - GUARD) % data.length) + data.length) % data.length] ?? 0;
      }
      parts.push({ at: start - GUARD, data: edgeFades(guarded, 0.03) });
      sprite[voice.id] = [ms(start), ms(data.length), true];
      cursor = start + data.length + GUARD + GAP;
    } else {
      const start = toGrid(cursor);
      parts.push({ at: start, data });
      sprite[voice.id] = [ms(start), ms(data.length)];
      cursor = start + data.length + GAP;
    }
  }
  const total = toGrid(cursor);
  const pcm = new Int16Array(total);
  for (const { at, data } of parts) {
    for (let i = 0; i < data.length; i++) {
      const v = Math.max(-1, Math.min(1, data[i] ?? 0));
      pcm[at + i] = Math.round(v * 32767);
    }
  }
  return { pcm, sprite };
}

/** A canonical 44-byte-header RIFF/WAVE file of 16-bit mono PCM. */
export function wavBytes(pcm: Int16Array, rate = SAMPLE_RATE): Uint8Array {
  const dataBytes = pcm.length * 2;
  const buf = new ArrayBuffer(44 + dataBytes);
  const v = new DataView(buf);
  const ascii = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, 'data');
  v.setUint32(40, dataBytes, true);
  for (let i = 0; i < pcm.length; i++) v.setInt16(44 + i * 2, pcm[i] ?? 0, true);
  return new Uint8Array(buf);
}

export function spriteMap(track: SpriteTrack, pcmSha256: string): SpriteMap {
  return {
    sampleRate: SAMPLE_RATE,
    durationMs: ms(track.pcm.length),
    pcmSha256,
    sprite: track.sprite,
  };
}

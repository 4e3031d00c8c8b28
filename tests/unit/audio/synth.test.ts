import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIO_DIR, ENCODINGS, spriteJsonText } from '../../../src/audio/synth/build';
import { SAMPLE_RATE } from '../../../src/audio/synth/dsp';
import { buildTrack, wavBytes, type SoundId } from '../../../src/audio/synth/sprite';
import { AMBIENT_LOOP_S, HUM_LOOP_S } from '../../../src/audio/synth/voices';

const first = spriteJsonText();
const second = spriteJsonText();
const committed = JSON.parse(readFileSync(join(AUDIO_DIR, 'sprite.json'), 'utf8'));
const track = buildTrack();
const at = (ms: number): number => Math.round((ms * SAMPLE_RATE) / 1000);

describe('audio sprite synthesis', () => {
  it('is deterministic: same WAV bytes and the same JSON on every run', () => {
    expect(Buffer.from(first.wav).equals(Buffer.from(second.wav))).toBe(true);
    expect(first.json).toBe(second.json);
  });

  it('matches the committed sprite.json (offsets and PCM hash): run `npm run sounds` after changing a sound', () => {
    expect(JSON.parse(first.json)).toEqual(committed);
    const sha = createHash('sha256').update(first.wav.subarray(44)).digest('hex');
    expect(committed.pcmSha256).toBe(sha);
  });

  it('writes a canonical 16-bit mono WAV header', () => {
    const wav = Buffer.from(wavBytes(new Int16Array([0, 1, -1])));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
    expect(wav.readUInt32LE(4)).toBe(36 + 6);
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(SAMPLE_RATE);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.readInt16LE(46)).toBe(1);
    expect(wav.readInt16LE(48)).toBe(-1);
  });

  it.each<[SoundId, number, number, boolean]>([
    ['click', 20, 80, false],
    ['shutter', 200, 500, false],
    ['alert', 600, 1500, false],
    ['hum', HUM_LOOP_S * 1000, HUM_LOOP_S * 1000, true],
    ['ambient', AMBIENT_LOOP_S * 1000, AMBIENT_LOOP_S * 1000, true],
  ])('%s lasts %d–%d ms, loop %s, sounds and never clips', (id, minMs, maxMs, loop) => {
    const [offset, duration, looping] = track.sprite[id];
    expect(duration).toBeGreaterThanOrEqual(minMs);
    expect(duration).toBeLessThanOrEqual(maxMs);
    expect(looping === true).toBe(loop);
    const part = track.pcm.subarray(at(offset), at(offset + duration));
    const peak = part.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.2 * 32767);
    expect(peak).toBeLessThan(0.6 * 32767);
  });

  it.each<SoundId>(['hum', 'ambient'])(
    '%s loops without a click: the seam steps like the signal itself',
    (id) => {
      const [offset, duration] = track.sprite[id];
      const start = at(offset);
      const end = at(offset + duration);
      const seam = Math.abs((track.pcm[start] ?? 0) - (track.pcm[end - 1] ?? 0));
      let typical = 0;
      for (let i = start + 1; i < end; i++)
        typical = Math.max(typical, Math.abs((track.pcm[i] ?? 0) - (track.pcm[i - 1] ?? 0)));
      expect(seam).toBeLessThanOrEqual(typical);
      // The guard after the loop repeats its start, so a decoder shifting the track stays seamless.
      for (let k = 0; k < 200; k++) expect(track.pcm[end + k]).toBe(track.pcm[start + k]);
    },
  );

  /** Level (dB) of one frequency in a stretch of the track (Goertzel / single DFT bin). */
  const levelDb = (id: SoundId, hz: number): number => {
    const [offset, duration] = track.sprite[id];
    const x = track.pcm.subarray(at(offset), at(offset + duration));
    let re = 0;
    let im = 0;
    for (let i = 0; i < x.length; i++) {
      const a = (2 * Math.PI * hz * i) / SAMPLE_RATE;
      re += (x[i] ?? 0) * Math.cos(a);
      im -= (x[i] ?? 0) * Math.sin(a);
    }
    return 20 * Math.log10(Math.hypot(re, im) / x.length + 1e-9);
  };

  it.each<[SoundId, number]>([
    ['hum', 72],
    ['hum', 144],
    ['ambient', 146.8125],
    ['ambient', 220],
  ])('%s is a calm tone, not a hiss: %d Hz stands 20 dB over its neighbours', (id, hz) => {
    expect(levelDb(id, hz)).toBeGreaterThan(levelDb(id, hz + 9.3) + 20);
    expect(levelDb(id, hz)).toBeGreaterThan(levelDb(id, hz - 11.7) + 20);
  });

  it('keeps the sounds apart with silence and on a 10 ms grid', () => {
    const entries = Object.values(track.sprite).sort((a, b) => a[0] - b[0]);
    for (const [offset] of entries) expect(Number.isInteger(offset / 10)).toBe(true);
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1];
      const cur = entries[i];
      if (prev && cur) expect(cur[0]).toBeGreaterThanOrEqual(prev[0] + prev[1] + 200);
    }
  });
});

// The encodings themselves are decoded and compared with the PCM in reproduce.test.ts.
describe('committed encodings', () => {
  it.each(ENCODINGS.map((e) => e.file))('%s exists and is not empty', (file) => {
    const path = join(AUDIO_DIR, file);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).length).toBeGreaterThan(20_000);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIO_DIR, ENCODINGS, ffmpegPath, spriteJsonText } from '../../../src/audio/synth/build';
import type { SoundId, SpriteMap } from '../../../src/audio/synth/sprite';
import { compareDecoded, decodeToPcm } from '../../../src/audio/synth/verify';

// The check compares decoded audio within tolerances, never encoded bytes: an Opus or MP3
// encoder may write other bytes on another CPU, and that is no drift of the sounds.
const ffmpeg = ffmpegPath();
const { json, pcm } = spriteJsonText();
const map = JSON.parse(json) as SpriteMap;
const rate = map.sampleRate;

function window(id: SoundId): [number, number] {
  const [offsetMs, durationMs] = map.sprite[id];
  const from = Math.round((offsetMs * rate) / 1000);
  return [from, from + Math.round((durationMs * rate) / 1000)];
}

/** The track with one voice changed by `edit` (as if one synthesis parameter had changed). */
function withVoice(id: SoundId, edit: (w: Int16Array) => Int16Array): Int16Array {
  const copy = pcm.slice();
  const [from, to] = window(id);
  copy.set(edit(pcm.slice(from, to)), from);
  return copy;
}

const louder = (gain: number) => (w: Int16Array) =>
  w.map((v) => Math.max(-32768, Math.min(32767, Math.round(v * gain))));
/** Plays the window faster (pitch up by `ratio`), as a changed note frequency would. */
const pitched = (ratio: number) => (w: Int16Array) =>
  w.map((_, i) => w[Math.floor(i * ratio) % w.length] ?? 0);

describe.skipIf(!ffmpeg)(
  'committed encodings carry the synthesised sprite (decoded, within tolerance)',
  () => {
    const decoded = new Map(
      ENCODINGS.map((e) => [e.file, decodeToPcm(ffmpeg!, join(AUDIO_DIR, e.file), rate)]),
    );

    it.each(ENCODINGS.map((e) => e.file))(
      '%s decodes to the track: length, offsets, loudness, spectrum',
      (file) => {
        const verdict = compareDecoded(pcm, decoded.get(file)!, map);
        expect(verdict.problems).toEqual([]);
        expect(verdict.windows.map((w) => w.id).sort()).toEqual(Object.keys(map.sprite).sort());
      },
    );

    it.each<[string, SoundId, (w: Int16Array) => Int16Array, RegExp]>([
      ['the alert two semitones higher', 'alert', pitched(1.1225), /'alert' has a (band|spectrum)/],
      ['the hum an octave lower', 'hum', pitched(0.5), /'hum' has a (band|spectrum)/],
      ['the shutter 3 dB louder', 'shutter', louder(1.41), /'shutter' is \d\.\d dB quieter in the encoding/],
      ['the click silent', 'click', () => new Int16Array(window('click')[1] - window('click')[0]), /'click'/],
    ])('sees drift when a voice changes: %s', (_, id, edit, problem) => {
      for (const e of ENCODINGS) {
        const verdict = compareDecoded(withVoice(id, edit), decoded.get(e.file)!, map);
        expect(verdict.problems.join('\n')).toMatch(problem);
      }
    });

    it('sees an encoding whose sounds no longer sit at the sprite offsets', () => {
      const late = new Int16Array(pcm.length);
      late.set(decoded.get('sprite.webm')!.subarray(0, pcm.length - rate / 10), rate / 10);
      const verdict = compareDecoded(pcm, late, map);
      expect(verdict.problems.join('\n')).toMatch(/'click'/);
    });

    it('sees a truncated encoding', () => {
      const short = decoded.get('sprite.mp3')!.slice(0, pcm.length - rate);
      expect(compareDecoded(pcm, short, map).problems.join('\n')).toMatch(
        /lasts 20\.910 s, the track 21\.910 s/,
      );
    });
  },
);

describe('npm run sounds -- --check', () => {
  it('says the committed sprite matches what the script makes, and changes no file', () => {
    const before = readFileSync(join(AUDIO_DIR, 'sprite.json'), 'utf8');
    const out = execFileSync('npx', ['tsx', 'src/audio/synth/build.ts', '--check'], { encoding: 'utf8' });
    expect(out).toContain('sprite.json matches the synthesis');
    if (ffmpeg) {
      expect(out).toContain('sprite.webm carries the synthesised track');
      expect(out).toContain('sprite.mp3 carries the synthesised track');
    }
    expect(out).not.toMatch(/DIFFERS|MISSING/);
    expect(readFileSync(join(AUDIO_DIR, 'sprite.json'), 'utf8')).toBe(before);
  }, 60_000);
});

/**
 * `npm run sounds`: synthesises the game's sounds and writes the audio sprite into
 * assets/audio/: sprite.json (Howler offsets + PCM hash) always, and sprite.webm (Opus) +
 * sprite.mp3 when ffmpeg is on the PATH. Without ffmpeg it still checks that the committed
 * sprite.json and encodings come from this synthesis (same PCM hash) and says how to re-encode.
 * Deterministic: the same source gives the same PCM bytes and the same JSON on every machine.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildTrack, spriteMap, wavBytes } from './sprite';

export const AUDIO_DIR = resolve(import.meta.dirname ?? '.', '../../../assets/audio');

/** ffmpeg flags that leave out dates and other varying metadata. */
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
export const ENCODINGS: { file: string; args: string[] }[] = [
  { file: 'sprite.webm', args: ['-c:a', 'libopus', '-b:a', '48k', '-ac', '1', '-f', 'webm'] },
  { file: 'sprite.mp3', args: ['-c:a', 'libmp3lame', '-b:a', '64k', '-ac', '1', '-f', 'mp3'] },
];

export function hasFfmpeg(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function spriteJsonText(): { json: string; wav: Uint8Array } {
  const track = buildTrack();
  const wav = wavBytes(track.pcm);
  const sha = createHash('sha256').update(wav.subarray(44)).digest('hex');
  return { json: `${JSON.stringify(spriteMap(track, sha), null, 2)}\n`, wav };
}

function main(): void {
  const { json, wav } = spriteJsonText();
  const jsonPath = join(AUDIO_DIR, 'sprite.json');
  const before = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : null;
  writeFileSync(jsonPath, json);
  console.log(
    `sprite.json ${before === json ? 'unchanged' : 'written'} (${(wav.length / 1024).toFixed(0)} KiB of PCM)`,
  );
  if (!hasFfmpeg()) {
    const encoded = ENCODINGS.every((e) => existsSync(join(AUDIO_DIR, e.file)));
    console.log(
      before === json && encoded
        ? 'ffmpeg not found: the committed sprite.webm/sprite.mp3 match this synthesis (same PCM hash); nothing to re-encode.'
        : 'ffmpeg not found: the sounds changed. Install ffmpeg (apt-get install ffmpeg) and run `npm run sounds` again to re-encode.',
    );
    if (before !== json) process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'open-skies-sounds-'));
  try {
    const wavPath = join(dir, 'sprite.wav');
    writeFileSync(wavPath, wav);
    for (const e of ENCODINGS) {
      const out = join(AUDIO_DIR, e.file);
      execFileSync('ffmpeg', [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-i',
        wavPath,
        ...BITEXACT,
        ...e.args,
        out,
      ]);
      const size = readFileSync(out).length;
      console.log(`${e.file} encoded (${(size / 1024).toFixed(0)} KiB)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();

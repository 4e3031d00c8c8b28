/**
 * `npm run sounds`: synthesises the game's sounds and writes the audio sprite into
 * assets/audio/: sprite.json (Howler offsets + PCM hash) always, and sprite.webm (Opus) +
 * sprite.mp3 with the ffmpeg binary shipped in the npm package @ffmpeg-installer/ffmpeg (the
 * same build on every machine, so a clean clone re-encodes the committed bytes; ffmpeg on the
 * PATH is the fallback). Without any ffmpeg it still checks that the committed
 * sprite.json and encodings come from this synthesis (same PCM hash) and says how to re-encode.
 * Deterministic: the same source gives the same PCM bytes and the same JSON on every machine.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);

/** The pinned ffmpeg from npm when it installed, else one on the PATH, else null. */
export function ffmpegPath(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push((require('@ffmpeg-installer/ffmpeg') as { path: string }).path);
  } catch {
    // not installed for this platform
  }
  candidates.push('ffmpeg');
  for (const bin of candidates) {
    try {
      execFileSync(bin, ['-version'], { stdio: 'ignore' });
      return bin;
    } catch {
      // try the next one
    }
  }
  return null;
}

export function hasFfmpeg(): boolean {
  return ffmpegPath() !== null;
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
  const ffmpeg = ffmpegPath();
  const check = process.argv.includes('--check');
  if (!ffmpeg) {
    const encoded = ENCODINGS.every((e) => existsSync(join(AUDIO_DIR, e.file)));
    console.log(
      before === json && encoded
        ? 'ffmpeg not found: the committed sprite.webm/sprite.mp3 match this synthesis (same PCM hash); nothing to re-encode.'
        : 'ffmpeg not found: the sounds changed. Install ffmpeg (npm ci installs @ffmpeg-installer/ffmpeg) and run `npm run sounds` again to re-encode.',
    );
    if (before !== json) process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'open-skies-sounds-'));
  try {
    const wavPath = join(dir, 'sprite.wav');
    writeFileSync(wavPath, wav);
    let differs = 0;
    for (const e of ENCODINGS) {
      const committed = join(AUDIO_DIR, e.file);
      const out = check ? join(dir, e.file) : committed;
      execFileSync(ffmpeg, [
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
      const bytes = readFileSync(out);
      if (check) {
        const same = existsSync(committed) && readFileSync(committed).equals(bytes);
        if (!same) differs++;
        console.log(
          `${e.file} ${same ? 'reproduces the committed file byte for byte' : 'DIFFERS from the committed file'}`,
        );
      } else {
        console.log(`${e.file} encoded (${(bytes.length / 1024).toFixed(0)} KiB)`);
      }
    }
    if (differs > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();

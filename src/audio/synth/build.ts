/**
 * `npm run sounds`: synthesises the game's sounds and writes the audio sprite into
 * assets/audio/: sprite.json (Howler offsets + PCM hash), and sprite.webm (Opus) + sprite.mp3
 * with the ffmpeg binary shipped in the npm package @ffmpeg-installer/ffmpeg (ffmpeg on the
 * PATH is the fallback).
 *
 * `npm run sounds -- --check` changes nothing and answers "does the committed sprite match
 * what this script makes?": sprite.json must equal the synthesis (the PCM is deterministic,
 * so its hash pins every sample), and each committed encoding must decode to the synthesised
 * track: same length, lined up, and every sprite window within a small tolerance of the PCM's
 * loudness and spectrum (verify.ts). Lossy encoders take different floating-point paths on
 * different CPUs, so the encoded bytes are never compared.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildTrack, spriteMap, wavBytes, type SpriteMap } from './sprite';
import { compareDecoded, decodeToPcm } from './verify';

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

export function spriteJsonText(): { json: string; wav: Uint8Array; pcm: Int16Array } {
  const track = buildTrack();
  const wav = wavBytes(track.pcm);
  const sha = createHash('sha256').update(wav.subarray(44)).digest('hex');
  return { json: `${JSON.stringify(spriteMap(track, sha), null, 2)}\n`, wav, pcm: track.pcm };
}

function encode(ffmpeg: string, wavPath: string, args: string[], out: string): void {
  execFileSync(ffmpeg, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    wavPath,
    ...BITEXACT,
    ...args,
    out,
  ]);
}

/** Checks one encoded file against the track; prints one line; true when it carries the track. */
function verifyEncoding(ffmpeg: string, file: string, pcm: Int16Array, map: SpriteMap): boolean {
  const path = join(AUDIO_DIR, file);
  if (!existsSync(path)) {
    console.log(`${file} is MISSING: run \`npm run sounds\``);
    return false;
  }
  const verdict = compareDecoded(pcm, decodeToPcm(ffmpeg, path, map.sampleRate), map);
  const worstRms = Math.max(...verdict.windows.map((w) => Math.abs(w.rmsDeltaDb)));
  const worstSimilarity = Math.min(...verdict.windows.map((w) => w.similarity));
  if (verdict.problems.length === 0) {
    console.log(
      `${file} carries the synthesised track (length ${verdict.durationDeltaS.toFixed(3)} s off, ` +
        `loudness within ${worstRms.toFixed(2)} dB, spectral similarity ≥ ${worstSimilarity.toFixed(4)})`,
    );
    return true;
  }
  console.log(`${file} DIFFERS from the synthesis: ${verdict.problems.join('; ')}. Run \`npm run sounds\`.`);
  return false;
}

function main(): void {
  const check = process.argv.includes('--check');
  const { json, wav, pcm } = spriteJsonText();
  const map = JSON.parse(json) as SpriteMap;
  const jsonPath = join(AUDIO_DIR, 'sprite.json');
  const before = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : null;
  const kib = (wav.length / 1024).toFixed(0);
  if (check) {
    console.log(
      before === json
        ? `sprite.json matches the synthesis (${kib} KiB of PCM, same hash and offsets)`
        : 'sprite.json DIFFERS from the synthesis: a sound changed; run `npm run sounds`',
    );
    if (before !== json) process.exitCode = 1;
  } else {
    writeFileSync(jsonPath, json);
    console.log(`sprite.json ${before === json ? 'unchanged' : 'written'} (${kib} KiB of PCM)`);
  }
  const ffmpeg = ffmpegPath();
  if (!ffmpeg) {
    console.log(
      'ffmpeg not found (npm ci installs @ffmpeg-installer/ffmpeg): the encodings were not ' +
        (check ? 'decoded and checked.' : 're-encoded; install ffmpeg and run `npm run sounds` again.'),
    );
    if (!check && before !== json) process.exitCode = 1;
    return;
  }
  if (!check) {
    const dir = mkdtempSync(join(tmpdir(), 'open-skies-sounds-'));
    try {
      const wavPath = join(dir, 'sprite.wav');
      writeFileSync(wavPath, wav);
      for (const e of ENCODINGS) encode(ffmpeg, wavPath, e.args, join(AUDIO_DIR, e.file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  let differs = 0;
  for (const e of ENCODINGS) if (!verifyEncoding(ffmpeg, e.file, pcm, map)) differs++;
  if (differs > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();

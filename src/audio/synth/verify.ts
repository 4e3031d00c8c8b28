/**
 * Checks that a committed lossy encoding of the audio sprite still carries the synthesised
 * track, without asking for byte-identical output: encoders take different floating-point
 * paths on different CPUs, so the same ffmpeg can write other bytes on another machine.
 * What must hold everywhere: the decoded file is as long as the track, lines up with it, and
 * every sprite window has the loudness and spectral shape of the PCM it came from.
 */
import { execFileSync } from 'node:child_process';
import type { SoundId, SpriteMap } from './sprite';

/** Tolerances, chosen well above the coding loss measured for Opus 48k and MP3 64k mono. */
export const TOLERANCE = {
  /** Decoded length against the track. */
  durationS: 0.06,
  /** How far the decoded track may sit from the PCM (MP3 encoder delay is ~26 ms). */
  lagS: 0.03,
  /** Loudness of one sprite window, decoded against PCM. */
  rmsDb: 1.5,
  /** Level of one frequency band (relative to the window's total) decoded against PCM. */
  bandDb: 3,
  /** Bands below this share of the window's energy are too quiet to compare. */
  bandShare: 0.02,
  /** Spectral similarity (cosine of the average power spectra) at least this. */
  similarity: 0.98,
};

/** Decodes any audio file to 16-bit mono PCM at `rate` with ffmpeg. */
export function decodeToPcm(ffmpeg: string, file: string, rate: number): Int16Array {
  const raw = execFileSync(
    ffmpeg,
    ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(rate), '-'],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const copy = new Uint8Array(raw.byteLength);
  copy.set(raw);
  return new Int16Array(copy.buffer, 0, Math.floor(copy.byteLength / 2));
}

const BLOCK = 64;

/** Mean absolute amplitude per block of 64 samples: a cheap envelope to line tracks up. */
function envelope(x: Int16Array): Float64Array {
  const out = new Float64Array(Math.ceil(x.length / BLOCK));
  for (let i = 0; i < x.length; i++) out[(i / BLOCK) | 0]! += Math.abs(x[i] ?? 0);
  return out;
}

function correlation(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  lag: number,
  from: number,
  to: number,
): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (a[i] ?? 0) * (b[i + lag] ?? 0);
  return sum;
}

/** The shift (in samples) that best lines `decoded` up with `pcm`: coarse on the envelope, then exact. */
export function bestLag(pcm: Int16Array, decoded: Int16Array, maxLag: number): number {
  const ea = envelope(pcm);
  const eb = envelope(decoded);
  const maxBlocks = Math.ceil(maxLag / BLOCK);
  let coarse = 0;
  let best = -Infinity;
  for (let lag = -maxBlocks; lag <= maxBlocks; lag++) {
    const c = correlation(ea, eb, lag, maxBlocks, ea.length - maxBlocks);
    if (c > best) [best, coarse] = [c, lag];
  }
  // Refine to the sample over the first seconds (clicks and shutters give sharp edges).
  const span = Math.min(pcm.length - 2 * maxLag, 3 * 44100);
  let fine = coarse * BLOCK;
  best = -Infinity;
  for (let lag = coarse * BLOCK - BLOCK; lag <= coarse * BLOCK + BLOCK; lag++) {
    const c = correlation(pcm, decoded, lag, maxLag, maxLag + span);
    if (c > best) [best, fine] = [c, lag];
  }
  return fine;
}

const db = (power: number): number => 10 * Math.log10(Math.max(power, 1e-12));

function rmsPower(x: Int16Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += ((x[i] ?? 0) / 32768) ** 2;
  return sum / Math.max(1, to - from);
}

const FFT_N = 2048;
/** Band edges in Hz: roughly two bands an octave from 100 Hz to 12 kHz. */
export const BAND_EDGES_HZ = [0, 100, 200, 400, 800, 1600, 3200, 6400, 12000];

/** Twiddle factors and the Hann window for FFT_N, computed once. */
const COS = Float64Array.from({ length: FFT_N / 2 }, (_, k) => Math.cos((2 * Math.PI * k) / FFT_N));
const SIN = Float64Array.from({ length: FFT_N / 2 }, (_, k) => Math.sin((2 * Math.PI * k) / FFT_N));
const HANN = Float64Array.from(
  { length: FFT_N },
  (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (FFT_N - 1)),
);

/** In-place radix-2 FFT of (re, im), length a power of two. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const step = n / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = COS[k * step]!;
        const wi = -SIN[k * step]!;
        const a = i + k;
        const b = a + len / 2;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
}

/** Average power spectrum of a window (Hann-windowed frames of FFT_N, half overlapping). */
export function powerSpectrum(x: Int16Array, from: number, to: number): Float64Array {
  const power = new Float64Array(FFT_N / 2);
  const re = new Float64Array(FFT_N);
  const im = new Float64Array(FFT_N);
  const last = Math.max(from, to - FFT_N);
  for (let start = from; start <= last; start += FFT_N / 2) {
    for (let i = 0; i < FFT_N; i++) {
      re[i] = ((x[start + i] ?? 0) / 32768) * HANN[i]!;
      im[i] = 0;
    }
    fft(re, im);
    for (let k = 1; k < FFT_N / 2; k++) power[k]! += re[k]! ** 2 + im[k]! ** 2;
  }
  return power;
}

/** Share of a spectrum's energy in each band of BAND_EDGES_HZ. */
export function bandShares(power: Float64Array, rate: number): number[] {
  const bands = new Array<number>(BAND_EDGES_HZ.length - 1).fill(0);
  for (let k = 1; k < power.length; k++) {
    const hz = (k * rate) / FFT_N;
    const band = BAND_EDGES_HZ.findIndex((edge, b) => b > 0 && hz < edge) - 1;
    if (band >= 0) bands[band]! += power[k]!;
  }
  const total = bands.reduce((s, v) => s + v, 0) || 1;
  return bands.map((v) => v / total);
}

/** Cosine similarity of two power spectra up to the top band edge (1 = the same shape). */
export function spectralSimilarity(a: Float64Array, b: Float64Array, rate: number): number {
  const top = Math.floor((BAND_EDGES_HZ[BAND_EDGES_HZ.length - 1]! * FFT_N) / rate);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 1; k < Math.min(top, a.length); k++) {
    ab += a[k]! * b[k]!;
    aa += a[k]! ** 2;
    bb += b[k]! ** 2;
  }
  return ab / Math.sqrt(aa * bb || 1);
}

export interface WindowFigures {
  id: SoundId;
  rmsDeltaDb: number;
  worstBandDeltaDb: number;
  /** Cosine similarity of the power spectra, 1 = identical shape. */
  similarity: number;
}

export interface EncodingVerdict {
  problems: string[];
  durationDeltaS: number;
  lagS: number;
  windows: WindowFigures[];
}

/** Compares a decoded encoding with the PCM track it should carry, sprite window by window. */
export function compareDecoded(pcm: Int16Array, decoded: Int16Array, map: SpriteMap): EncodingVerdict {
  const rate = map.sampleRate;
  const problems: string[] = [];
  const durationDeltaS = (decoded.length - pcm.length) / rate;
  if (Math.abs(durationDeltaS) > TOLERANCE.durationS) {
    problems.push(
      `lasts ${(decoded.length / rate).toFixed(3)} s, the track ${(pcm.length / rate).toFixed(3)} s`,
    );
  }
  const maxLag = Math.round(TOLERANCE.lagS * 2 * rate);
  const lag = bestLag(pcm, decoded, maxLag);
  const lagS = lag / rate;
  if (Math.abs(lagS) > TOLERANCE.lagS) problems.push(`sits ${(lagS * 1000).toFixed(1)} ms off the track`);
  const windows: WindowFigures[] = [];
  for (const [id, entry] of Object.entries(map.sprite) as [SoundId, SpriteMap['sprite'][SoundId]][]) {
    const from = Math.round((entry[0] * rate) / 1000);
    const to = from + Math.round((entry[1] * rate) / 1000);
    const want = rmsPower(pcm, from, to);
    const got = rmsPower(decoded, from + lag, to + lag);
    const rmsDeltaDb = db(got) - db(want);
    const spectrumA = powerSpectrum(pcm, from, to);
    const spectrumB = powerSpectrum(decoded, from + lag, to + lag);
    const similarity = spectralSimilarity(spectrumA, spectrumB, rate);
    const a = bandShares(spectrumA, rate);
    const b = bandShares(spectrumB, rate);
    let worstBandDeltaDb = 0;
    a.forEach((share, i) => {
      if (share < TOLERANCE.bandShare) return;
      const delta = db(b[i] ?? 0) - db(share);
      if (Math.abs(delta) > Math.abs(worstBandDeltaDb)) worstBandDeltaDb = delta;
    });
    windows.push({ id, rmsDeltaDb, worstBandDeltaDb, similarity });
    if (similarity < TOLERANCE.similarity) {
      problems.push(
        `'${id}' has a spectrum unlike the synthesised one (similarity ${similarity.toFixed(3)})`,
      );
    }
    if (Math.abs(rmsDeltaDb) > TOLERANCE.rmsDb) {
      const way = rmsDeltaDb < 0 ? 'quieter' : 'louder';
      problems.push(
        `'${id}' is ${Math.abs(rmsDeltaDb).toFixed(1)} dB ${way} in the encoding than in the synthesis`,
      );
    }
    if (Math.abs(worstBandDeltaDb) > TOLERANCE.bandDb) {
      problems.push(`'${id}' has a band ${worstBandDeltaDb.toFixed(1)} dB off the synthesised spectrum`);
    }
  }
  return { problems, durationDeltaS, lagS, windows };
}

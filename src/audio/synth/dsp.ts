/**
 * Deterministic building blocks for the game's sounds: a seeded noise source, envelopes, a
 * one-pole low-pass and a biquad band-pass. Pure functions over Float32Array; no Web Audio, so
 * the same code runs in Node (npm run sounds) and gives the same samples every time.
 */

export const SAMPLE_RATE = 44100;

/** mulberry32: tiny seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function samples(seconds: number, rate = SAMPLE_RATE): number {
  return Math.round(seconds * rate);
}

/** White noise in [-1, 1). */
export function noise(n: number, seed: number): Float32Array {
  const rnd = prng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rnd() * 2 - 1;
  return out;
}

/** One-pole low-pass, in place; cutoff in Hz. */
export function lowpass(x: Float32Array, cutoffHz: number, rate = SAMPLE_RATE): Float32Array {
  const a = Math.exp((-2 * Math.PI * cutoffHz) / rate);
  let y = 0;
  for (let i = 0; i < x.length; i++) {
    y = (1 - a) * (x[i] ?? 0) + a * y;
    x[i] = y;
  }
  return x;
}

/** RBJ biquad band-pass (constant 0 dB peak gain), in place. */
export function bandpass(x: Float32Array, centreHz: number, q: number, rate = SAMPLE_RATE): Float32Array {
  const w = (2 * Math.PI * centreHz) / rate;
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const yi = b0 * xi + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = yi;
    x[i] = yi;
  }
  return x;
}

/** Attack then exponential decay (time constant tauS), as a gain at time tS. */
export function percussive(tS: number, attackS: number, tauS: number): number {
  if (tS < 0) return 0;
  if (tS < attackS) return tS / attackS;
  return Math.exp(-(tS - attackS) / tauS);
}

/** Adds `src` scaled by `gain` into `dst` starting at sample `at`. */
export function mixInto(dst: Float32Array, src: Float32Array, at: number, gain = 1): void {
  for (let i = 0; i < src.length && at + i < dst.length; i++) {
    if (at + i >= 0) dst[at + i] = (dst[at + i] ?? 0) + (src[i] ?? 0) * gain;
  }
}

/** Scales so the loudest sample is `peak` (the sprite's sounds sit at calm, matched levels). */
export function normalize(x: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  if (max === 0) return x;
  const k = peak / max;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) * k;
  return x;
}

/** Short linear fades at both ends so a one-shot never starts or stops with a click. */
export function edgeFades(x: Float32Array, fadeS: number, rate = SAMPLE_RATE): Float32Array {
  const n = Math.min(samples(fadeS, rate), Math.floor(x.length / 2));
  for (let i = 0; i < n; i++) {
    const g = i / n;
    x[i] = (x[i] ?? 0) * g;
    x[x.length - 1 - i] = (x[x.length - 1 - i] ?? 0) * g;
  }
  return x;
}

/**
 * Makes noise-like material periodic with period `n`: the last `fade` samples are cross-faded
 * (equal power) into what precedes the start, so sample n−1 runs on into sample 0.
 * `x` must hold n + fade samples; returns n samples.
 */
export function loopable(x: Float32Array, n: number, fade: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i + fade] ?? 0;
  for (let j = 0; j < fade; j++) {
    const i = n - fade + j;
    const w = (j + 0.5) / fade;
    out[i] = (x[i + fade] ?? 0) * Math.sqrt(1 - w) + (x[j] ?? 0) * Math.sqrt(w);
  }
  return out;
}

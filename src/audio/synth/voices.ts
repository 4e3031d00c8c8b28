/**
 * The game's sounds, synthesised: soft, sparse and documentary (VISUAL.md). Each voice returns
 * mono samples at SAMPLE_RATE. Loops (hum, ambient) are exactly periodic: every partial and
 * every modulation completes a whole number of cycles in the loop, and noise is made loopable.
 */
import {
  bandpass,
  edgeFades,
  loopable,
  lowpass,
  mixInto,
  noise,
  normalize,
  percussive,
  samples,
  SAMPLE_RATE,
} from './dsp';

const TAU = 2 * Math.PI;
/** A frequency rounded to whole cycles per loop, so the loop closes seamlessly. */
const cycles = (hz: number, loopS: number): number => Math.round(hz * loopS) / loopS;

/** UI click: a short, quiet tick (felt more than heard). */
export function click(): Float32Array {
  const n = samples(0.04);
  const out = new Float32Array(n);
  const grit = bandpass(noise(n, 11), 3200, 1.2);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const env = percussive(t, 0.0008, 0.006);
    out[i] = env * (0.7 * Math.sin(TAU * 1750 * t) + 0.5 * (grit[i] ?? 0));
  }
  return edgeFades(normalize(out, 0.35), 0.001);
}

/** One mechanical shutter "clack": band-passed noise burst plus a low thump. */
function clack(seed: number, brightHz: number): Float32Array {
  const n = samples(0.06);
  const burst = bandpass(noise(n, seed), brightHz, 1.4);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    out[i] =
      percussive(t, 0.0005, 0.009) * (burst[i] ?? 0) * 2.2 +
      percussive(t, 0.001, 0.018) * Math.sin(TAU * 170 * t) * 0.6;
  }
  return out;
}

/** Camera shutter: the curtain opens, a short exposure, the curtain closes, a little film whir. */
export function shutter(): Float32Array {
  const n = samples(0.32);
  const out = new Float32Array(n);
  mixInto(out, clack(21, 2600), 0);
  mixInto(out, clack(22, 3400), samples(0.085), 0.8);
  const whirN = samples(0.16);
  const whir = lowpass(bandpass(noise(whirN, 23), 900, 2), 2500);
  for (let i = 0; i < whirN; i++) {
    const t = i / SAMPLE_RATE;
    const env = Math.sin((Math.PI * t) / (whirN / SAMPLE_RATE)) ** 2;
    whir[i] = (whir[i] ?? 0) * env * (0.6 + 0.4 * Math.sin(TAU * 95 * t));
  }
  mixInto(out, whir, samples(0.15), 0.5);
  return edgeFades(normalize(out, 0.5), 0.002);
}

/** Soft alert: two gentle bell-like notes, a fourth apart (E5 → A5). */
export function alert(): Float32Array {
  const n = samples(1.1);
  const out = new Float32Array(n);
  const notes: [number, number][] = [
    [659.25, 0],
    [880, 0.16],
  ];
  for (const [hz, startS] of notes) {
    const at = samples(startS);
    for (let i = at; i < n; i++) {
      const t = (i - at) / SAMPLE_RATE;
      const env = percussive(t, 0.01, 0.28);
      out[i] =
        (out[i] ?? 0) +
        env *
          (Math.sin(TAU * hz * t) + 0.18 * Math.sin(TAU * 2 * hz * t) + 0.05 * Math.sin(TAU * 3.01 * hz * t));
    }
  }
  return edgeFades(normalize(out, 0.4), 0.01);
}

export const HUM_LOOP_S = 3;

/** Engine hum (loop): a turboprop drone, its blade-pass tone breathing slowly, and airflow. */
export function hum(): Float32Array {
  const loopS = HUM_LOOP_S;
  const n = samples(loopS);
  const out = new Float32Array(n);
  const f0 = cycles(72, loopS);
  const partials: [number, number][] = [
    [1, 1],
    [2, 0.55],
    [3, 0.3],
    [4, 0.42],
    [6, 0.12],
    [8, 0.08],
  ];
  const beat = cycles(2, loopS);
  const fade = samples(0.25);
  const air = loopable(lowpass(lowpass(noise(n + fade, 31), 450), 450), n, fade);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    let v = 0;
    for (const [k, a] of partials) v += a * Math.sin(TAU * f0 * k * t + k * 0.7);
    const throb = 0.85 + 0.15 * Math.sin(TAU * beat * t);
    out[i] = v * throb * 0.5 + (air[i] ?? 0) * 3.5;
  }
  return normalize(out, 0.45);
}

export const AMBIENT_LOOP_S = 16;

/** Calm ambient pad (loop) for the menus: two chords (D, Bm) breathing into each other. */
export function ambient(): Float32Array {
  const loopS = AMBIENT_LOOP_S;
  const n = samples(loopS);
  const out = new Float32Array(n);
  const chordA = [146.83, 220, 293.66, 369.99, 440];
  const chordB = [123.47, 185, 246.94, 293.66, 369.99];
  const voice = (hz: number, t: number, i: number): number => {
    const f = cycles(hz, loopS);
    const g = cycles(hz * 1.003, loopS); // a slow chorus beat, still whole cycles per loop
    return Math.sin(TAU * f * t + i) + 0.6 * Math.sin(TAU * g * t + 2 * i) + 0.08 * Math.sin(TAU * 2 * f * t);
  };
  const fade = samples(0.5);
  const breath = loopable(lowpass(lowpass(noise(n + fade, 41), 300), 300), n, fade);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const wA = 0.5 + 0.5 * Math.cos((TAU * t) / loopS);
    let a = 0;
    let b = 0;
    chordA.forEach((hz, k) => (a += voice(hz, t, k) / (1 + k * 0.35)));
    chordB.forEach((hz, k) => (b += voice(hz, t, k + 5) / (1 + k * 0.35)));
    const swell = 0.8 + 0.2 * Math.sin((TAU * 4 * t) / loopS);
    out[i] = swell * (wA * a + (1 - wA) * b) + (breath[i] ?? 0) * 3;
  }
  return normalize(out, 0.3);
}

/**
 * The maths of how sharp a capture looks (pure, unit-tested): a picture of `sceneM` metres of
 * ground drawn on `sizePx` pixels, taken at `resolutionM`, is resampled to one cell per ground
 * sample (pixel blocks) and blurred by a fraction of a sample (the optics' spread), so a
 * 0.3 m image keeps an aircraft's outline and engines while a 3 m one leaves only a blob.
 */

/** Ground width shown by a capture of each kind of target, m (the target fills about half). */
export const SCENE_M: Readonly<Record<string, number>> = {
  aircraft: 90,
  ship: 220,
  hangar: 130,
  vehicles: 80,
  building: 150,
  'launch-pad': 170,
  runway: 900,
  radar: 90,
  port: 420,
};

/** Blur radius as a share of one ground sample (sensor spread + motion). */
export const BLUR_PER_SAMPLE = 0.6;

export interface Degradation {
  /** Canvas pixels per metre of ground. */
  pxPerM: number;
  /** Size of one ground sample on the canvas, px (≥ 1: the canvas cannot show finer). */
  samplePx: number;
  /** Cells across the canvas after resampling (one per ground sample). */
  cells: number;
  /** Blur radius applied after resampling, px (0 when a sample is within one pixel). */
  blurPx: number;
  /** Ground samples across a feature of `featureM` metres (how much of it can be told apart). */
  samplesAcross: (featureM: number) => number;
}

export function degradation(resolutionM: number, sceneM: number, sizePx: number): Degradation {
  const res = Number.isFinite(resolutionM) && resolutionM > 0 ? resolutionM : 1;
  const scene = Number.isFinite(sceneM) && sceneM > 0 ? sceneM : 100;
  const size = Math.max(1, Math.round(sizePx));
  const pxPerM = size / scene;
  const samplePx = Math.max(1, res * pxPerM);
  const cells = Math.max(1, Math.min(size, Math.round(size / samplePx)));
  const blurPx = samplePx <= 1 ? 0 : Math.round(BLUR_PER_SAMPLE * samplePx * 10) / 10;
  return { pxPerM, samplePx, cells, blurPx, samplesAcross: (featureM) => featureM / res };
}

/** What an analyst can say from a picture: Johnson-like criteria on samples across the target. */
export type Interpretation = 'detect' | 'recognise' | 'identify';

/** Samples across the target needed for each level (rounded from the Johnson criteria). */
export const INTERPRETATION_SAMPLES: Readonly<Record<Interpretation, number>> = {
  detect: 2,
  recognise: 16,
  identify: 60,
};

/** The best interpretation a picture allows of a target `sizeM` long, or null when it is not even detected. */
export function interpretation(resolutionM: number, sizeM: number): Interpretation | null {
  const n = sizeM / resolutionM;
  if (n >= INTERPRETATION_SAMPLES.identify) return 'identify';
  if (n >= INTERPRETATION_SAMPLES.recognise) return 'recognise';
  if (n >= INTERPRETATION_SAMPLES.detect) return 'detect';
  return null;
}

/** Typical length of each kind of target, m (for the interpretation above). */
export const TARGET_SIZE_M: Readonly<Record<string, number>> = {
  aircraft: 45,
  ship: 130,
  hangar: 70,
  vehicles: 9,
  building: 80,
  'launch-pad': 60,
  runway: 600,
  radar: 25,
  port: 300,
};

/**
 * The game's NIIRS-style bands: the resolution at which the type of each kind of target can be
 * told (GAME.md: a ship 3 m, an aircraft type 1 m, vehicles 0.5 m; a building's layout and a
 * launch pad 1 m; a radar, a runway and a port, being large, 3 m). The levels set each site's
 * needed resolution from these bands (a unit test checks they agree).
 */
export const IDENTIFY_BAND_M: Readonly<Record<string, number>> = {
  aircraft: 1,
  ship: 3,
  vehicles: 0.5,
  hangar: 1,
  building: 1,
  'launch-pad': 1,
  radar: 3,
  runway: 3,
  port: 3,
};

/**
 * The caption's claim for a capture, by the game's own resolution bands: "type identifiable"
 * only when the image is at least as sharp as the site needs (so it counted) and as the band
 * of its kind (`bandM`; a level asking less does not make a blob identifiable); "recognisable"
 * within three times that; below, what the samples across the target allow.
 */
export function captionInterpretation(
  resolutionM: number,
  neededM: number,
  sizeM: number,
  bandM: number = neededM,
): Interpretation | null {
  const limit = Math.min(neededM, bandM);
  if (resolutionM <= limit) return 'identify';
  const samples = interpretation(resolutionM, sizeM);
  if (resolutionM <= 3 * limit && samples !== null) return 'recognise';
  return samples === null ? null : 'detect';
}

/**
 * Aircraft seen from above, in metres around (0, 0): an airliner-like default, Tu-160-like
 * bombers, radar aircraft with their rotodome, transports and fighters; which one a site shows
 * comes from its name and note.
 */
import { disc, poly, rect, SHADOW, type Ctx, type DrawFn } from './draw-kit';

export function aircraft(c: Ctx, rnd: () => number): void {
  const engines = rnd() < 0.5 ? 4 : 2;
  const sweep = 8 + rnd() * 10;
  const body = '#d9dde2';
  // Shadow first, offset by the sun.
  c.save();
  c.translate(3, 3);
  poly(c, [0, -23, 2.2, -18, 2.2, 20, 0, 23, -2.2, 20, -2.2, -18], SHADOW);
  poly(c, [0, -4, 22, sweep, 22, sweep + 4, 0, 4, -22, sweep + 4, -22, sweep], SHADOW);
  c.restore();
  poly(c, [0, -4, 22, sweep, 22, sweep + 4, 0, 4, -22, sweep + 4, -22, sweep], body);
  poly(c, [0, 15, 8, 20, 8, 22, 0, 20, -8, 22, -8, 20], body);
  poly(c, [0, -23, 2.2, -18, 2.2, 20, 0, 23, -2.2, 20, -2.2, -18], '#eef1f4');
  const pos = engines === 4 ? [7, 14] : [8];
  for (const x of pos) {
    const y = (x / 22) * sweep + 0.5;
    rect(c, x - 0.9, y - 3.5, 1.8, 4.5, '#9aa3ad');
    rect(c, -x - 0.9, y - 3.5, 1.8, 4.5, '#9aa3ad');
  }
  rect(c, -1, -21, 2, 2, '#3b4652'); // cockpit
  c.fillStyle = '#b03a2e'; // tail marking
  c.fillRect(-0.6, 18, 1.2, 4);
}

/** Tu-160-like: long slender body, wings swept far back, engines paired under the wing roots. */
export function bomber(c: Ctx): void {
  const body = '#dfe2e6';
  const wing = [0, -6, 26, 14, 26, 17, 0, 6, -26, 17, -26, 14];
  const tail = [0, 20, 9, 27, 9, 28.5, 0, 26, -9, 28.5, -9, 27];
  const hull = [0, -27, 1.8, -20, 2.4, 26, 0, 29, -2.4, 26, -1.8, -20];
  c.save();
  c.translate(3, 3);
  for (const p of [wing, tail, hull]) poly(c, p, SHADOW);
  c.restore();
  for (const p of [wing, tail]) poly(c, p, body);
  poly(c, hull, '#f0f2f4');
  for (const x of [3.6, 6]) {
    rect(c, x - 1, 4, 2, 7, '#9aa3ad');
    rect(c, -x - 1, 4, 2, 7, '#9aa3ad');
  }
  rect(c, -0.9, -25, 1.8, 2.5, '#3b4652');
}

/** Radar aircraft: an airliner with the rotodome disc on struts above the rear body. */
export function radarAircraft(c: Ctx, rnd: () => number): void {
  aircraft(c, rnd);
  disc(c, 2.5, 6.5, 5.6, SHADOW);
  disc(c, 0, 4, 5.6, '#c6ccd3');
  rect(c, -5.6, 3.4, 11.2, 1.2, '#5d6873');
}

/** Military transport: straight high wing, four engines, wide body, T-tail. */
export function transport(c: Ctx): void {
  const body = '#c9cfc4';
  const wing = [-25, -5, 25, -5, 24, 0, -24, 0];
  const tail = [-9, 18, 9, 18, 8.5, 21, -8.5, 21];
  const hull = [0, -22, 3.2, -17, 3.2, 19, 1.5, 23, -1.5, 23, -3.2, 19, -3.2, -17];
  c.save();
  c.translate(3, 3);
  for (const p of [wing, tail, hull]) poly(c, p, SHADOW);
  c.restore();
  poly(c, hull, body);
  poly(c, wing, '#d6dbd2');
  poly(c, tail, '#d6dbd2');
  for (const x of [8, 15]) {
    rect(c, x - 1, -8, 2, 5, '#8d958a');
    rect(c, -x - 1, -8, 2, 5, '#8d958a');
  }
  rect(c, -1.2, -20.5, 2.4, 2, '#3b4652');
}

/** Fighter: small delta wing, twin fins. */
export function fighter(c: Ctx): void {
  const shape = [0, -11, 1.5, -6, 7, 5, 7, 7, 2, 7, 1.5, 9, -1.5, 9, -2, 7, -7, 7, -7, 5, -1.5, -6];
  c.save();
  c.translate(2, 2);
  poly(c, shape, SHADOW);
  c.restore();
  poly(c, shape, '#aab2ba');
  rect(c, -0.6, -8, 1.2, 2, '#3b4652');
}

/** Which aircraft an "aircraft" site shows, from its name and note (bombers, radar, transports…). */
export function aircraftDrawing(text: string): DrawFn {
  const s = text.toLowerCase();
  if (/bomber|tu-160|tu-95|tu-22/.test(s)) return bomber;
  if (/radar|awacs|a-50|e-3|early warning/.test(s)) return radarAircraft;
  if (/transport|il-76|an-124|c-17|c-5|airlift/.test(s)) return transport;
  if (/fighter|su-27|su-30|su-35|mig|f-15|f-16|f-22|interceptor/.test(s)) return fighter;
  return aircraft;
}

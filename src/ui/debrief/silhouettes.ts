/**
 * Targets seen from above, drawn in code in metres around (0, 0): ships, aircraft, hangars,
 * vehicles, buildings, launch pads, runways, radars and ports. Small seeded variations (engines,
 * rows, blocks) come from the target id so each site looks like itself every time.
 */
type Ctx = CanvasRenderingContext2D;

const SHADOW = 'rgba(0,0,0,0.35)';

/** A stable pseudo-random stream from a string (FNV-1a + xorshift): same id, same picture. */
export function idStream(id: string): () => number {
  let x = 2166136261;
  for (let i = 0; i < id.length; i++) x = Math.imul(x ^ id.charCodeAt(i), 16777619);
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 100000) / 100000;
  };
}

function rect(c: Ctx, x: number, y: number, w: number, h: number, fill: string): void {
  c.fillStyle = fill;
  c.fillRect(x, y, w, h);
}

function poly(c: Ctx, pts: number[], fill: string): void {
  c.beginPath();
  c.moveTo(pts[0] as number, pts[1] as number);
  for (let i = 2; i < pts.length; i += 2) c.lineTo(pts[i] as number, pts[i + 1] as number);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
}

function disc(c: Ctx, x: number, y: number, r: number, fill: string): void {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fillStyle = fill;
  c.fill();
}

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

export function ship(c: Ctx, rnd: () => number): void {
  const L = 110 + rnd() * 40;
  const B = 14 + rnd() * 6;
  poly(
    c,
    [
      0,
      -L / 2,
      B / 2,
      -L / 2 + 22,
      B / 2,
      L / 2 - 4,
      B / 2 - 2,
      L / 2,
      -B / 2 + 2,
      L / 2,
      -B / 2,
      L / 2 - 4,
      -B / 2,
      -L / 2 + 22,
    ],
    '#7d8794',
  );
  poly(c, [0, -L / 2 + 3, B / 2 - 2, -L / 2 + 23, -B / 2 + 2, -L / 2 + 23], '#8f99a5');
  rect(c, -B / 2 + 3, -L / 8, B - 6, L / 4, '#c3c9d0'); // superstructure
  rect(c, -B / 2 + 4.5, -L / 8 + 4, B - 9, 8, '#e3e7eb');
  disc(c, 0, -L / 2 + 30, 3, '#4d5661'); // turret
  rect(c, -0.5, -L / 2 + 24, 1, 6, '#4d5661');
  disc(c, 0, L / 2 - 18, B / 2 - 3, '#5f6873'); // helipad
  c.strokeStyle = '#e8ecef';
  c.lineWidth = 0.8;
  c.beginPath();
  c.moveTo(-2.5, L / 2 - 21);
  c.lineTo(-2.5, L / 2 - 15);
  c.moveTo(2.5, L / 2 - 21);
  c.lineTo(2.5, L / 2 - 15);
  c.moveTo(-2.5, L / 2 - 18);
  c.lineTo(2.5, L / 2 - 18);
  c.stroke();
  // Wake.
  c.fillStyle = 'rgba(230,240,245,0.35)';
  c.beginPath();
  c.moveTo(-B / 2, L / 2);
  c.lineTo(B / 2, L / 2);
  c.lineTo(B * 1.6, L / 2 + 60);
  c.lineTo(-B * 1.6, L / 2 + 60);
  c.closePath();
  c.fill();
}

export function hangar(c: Ctx, rnd: () => number): void {
  rect(c, -45, -10, 90, 60, '#8a8f86'); // apron
  rect(c, -33 + 3, -40 + 3, 66, 45, SHADOW);
  rect(c, -33, -40, 66, 45, '#a7adb3');
  c.fillStyle = '#8d949b';
  for (let x = -30; x < 33; x += 6) c.fillRect(x, -40, 2, 45);
  rect(c, -25, 4, 50, 2, '#30363c'); // door
  if (rnd() < 0.7) {
    c.save();
    c.translate(0, 22);
    c.scale(0.55, 0.55);
    aircraft(c, rnd);
    c.restore();
  }
}

export function vehicles(c: Ctx, rnd: () => number): void {
  const rows = 3 + Math.floor(rnd() * 2);
  const cols = 5 + Math.floor(rnd() * 3);
  rect(c, -36, -26, 72, 52, '#7f7a6c');
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < cols; k++) {
      const x = -30 + k * 9;
      const y = -20 + r * 13;
      rect(c, x + 1, y + 1, 3.2, 9, SHADOW);
      rect(c, x, y, 3.2, 9, '#4f5b3f');
      rect(c, x + 0.4, y + 0.4, 2.4, 2.6, '#6b7856'); // cab
      if (rnd() < 0.3) disc(c, x + 1.6, y + 6, 1.1, '#3a4430'); // turret / launcher
    }
  }
}

export function building(c: Ctx, rnd: () => number): void {
  const blocks = 3 + Math.floor(rnd() * 3);
  rect(c, -60, -50, 120, 100, '#8c8e86');
  for (let i = 0; i < blocks; i++) {
    const w = 20 + rnd() * 30;
    const h = 14 + rnd() * 20;
    const x = -55 + rnd() * (110 - w);
    const y = -45 + rnd() * (90 - h);
    rect(c, x + 2.5, y + 2.5, w, h, SHADOW);
    rect(c, x, y, w, h, i % 2 ? '#b9b4a8' : '#c9c6be');
    rect(c, x + w * 0.2, y + h * 0.3, w * 0.6, 1.2, '#7a7770');
  }
  c.strokeStyle = '#d9d6cf';
  c.lineWidth = 0.7;
  c.strokeRect(-58, -48, 116, 96); // fence
}

export function launchPad(c: Ctx, rnd: () => number): void {
  rect(c, -4, -80, 8, 80, '#8c8b85'); // road
  disc(c, 0, 10, 32, '#a9a79f');
  disc(c, 0, 10, 26, '#bdbbb3');
  rect(c, -6, -14, 12, 48, '#55524c'); // flame trench
  rect(c, 14 + 3, -4 + 3, 8, 28, SHADOW);
  rect(c, 14, -4, 8, 28, '#d0463a'); // service tower
  disc(c, 0, 10, 3 + rnd() * 1.5, '#f2f2ee'); // rocket seen from above
  for (const a of [0.8, 2.4, 4.0, 5.6]) disc(c, Math.cos(a) * 45, 10 + Math.sin(a) * 45, 2.5, '#9fa3a8'); // lightning masts
}

export function runway(c: Ctx, rnd: () => number): void {
  rect(c, -400, -22, 800, 44, '#5a5f63');
  c.fillStyle = '#e8e8e2';
  for (let x = -380; x < 380; x += 40) c.fillRect(x, -0.8, 20, 1.6);
  for (const end of [-395, 370]) for (let y = -18; y < 18; y += 5) c.fillRect(end, y, 22, 2.5);
  rect(c, -300, 60, 600, 18, '#666b6f'); // taxiway
  rect(c, -250, 22, 14, 38, '#666b6f');
  rect(c, 236, 22, 14, 38, '#666b6f');
  const parked = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < parked; i++) {
    c.save();
    c.translate(-150 + i * 90, 120);
    aircraft(c, rnd);
    c.restore();
  }
}

export function radar(c: Ctx, rnd: () => number): void {
  rect(c, -35, -35, 70, 70, '#7e8478');
  disc(c, 4, 4, 13, SHADOW);
  disc(c, 0, 0, 13, '#e7e9ea');
  disc(c, 0, 0, 4, '#b8bcbf');
  rect(c, 16, 14, 14, 10 + rnd() * 6, '#a5a296');
  c.strokeStyle = '#d7d9d3';
  c.lineWidth = 0.6;
  c.strokeRect(-33, -33, 66, 66);
}

export function port(c: Ctx, rnd: () => number): void {
  rect(c, -210, -210, 420, 120, '#8d8a80'); // quay
  for (let i = 0; i < 3; i++) {
    const x = -150 + i * 130;
    rect(c, x, -90, 24, 200, '#9b988e'); // pier
    c.save();
    c.translate(x + 38, 20);
    c.scale(0.9, 0.9);
    ship(c, rnd);
    c.restore();
  }
  for (let i = 0; i < 8; i++) rect(c, -190 + i * 45, -190, 30, 60, i % 2 ? '#a9a08e' : '#b7b3a6');
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
export function aircraftDrawing(text: string): (c: Ctx, rnd: () => number) => void {
  const s = text.toLowerCase();
  if (/bomber|tu-160|tu-95|tu-22/.test(s)) return bomber;
  if (/radar|awacs|a-50|e-3|early warning/.test(s)) return radarAircraft;
  if (/transport|il-76|an-124|c-17|c-5|airlift/.test(s)) return transport;
  if (/fighter|su-27|su-30|su-35|mig|f-15|f-16|f-22|interceptor/.test(s)) return fighter;
  return aircraft;
}

export const SILHOUETTES: Readonly<Record<string, (c: Ctx, rnd: () => number) => void>> = {
  aircraft,
  ship,
  hangar,
  vehicles,
  building,
  'launch-pad': launchPad,
  runway,
  radar,
  port,
};

/** Ground under each kind of target. */
export const GROUND: Readonly<Record<string, string>> = {
  ship: '#24465a',
  port: '#24465a',
  aircraft: '#6f7368',
  hangar: '#5f6b4f',
  vehicles: '#5d6a48',
  building: '#6a705f',
  'launch-pad': '#6c6a55',
  runway: '#5c6b4a',
  radar: '#5b6a4c',
};

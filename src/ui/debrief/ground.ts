/**
 * Ground sites seen from above, in metres around (0, 0): hangars, vehicle parks, a generic
 * compound of buildings, launch pads, runways, a radar dome and a phased-array radar pyramid
 * (Don-2N-like). Named buildings with shapes of their own are in buildings.ts.
 */
import { aircraft } from './aircraft';
import { disc, poly, rect, SHADOW, type Ctx, type Drawing } from './draw-kit';

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

/** Phased-array radar (Don-2N-like): a truncated pyramid, one array face on each side. */
export function radarPyramid(c: Ctx): void {
  rect(c, -90, -90, 180, 180, '#7e8478'); // cleared ground
  const base = 65;
  const top = 32;
  poly(c, [-base + 8, -base + 8, base + 8, -base + 8, base + 8, base + 8, -base + 8, base + 8], SHADOW);
  const faces: [number[], string][] = [
    [[-base, -base, base, -base, top, -top, -top, -top], '#c9cbc6'],
    [[base, -base, base, base, top, top, top, -top], '#a9aca6'],
    [[base, base, -base, base, -top, top, top, top], '#8f928c'],
    [[-base, base, -base, -base, -top, -top, -top, top], '#b5b8b1'],
  ];
  for (const [pts, fill] of faces) poly(c, pts, fill);
  rect(c, -top, -top, 2 * top, 2 * top, '#d7d9d4'); // roof
  // One round array window on each face.
  for (const [x, y] of [
    [0, -48],
    [48, 0],
    [0, 48],
    [-48, 0],
  ] as const)
    disc(c, x, y, 9, '#5b636b');
}

/** Which radar a "radar" site shows: a phased-array pyramid for missile-defence radars, else a dome. */
export function radarDrawing(text: string): Drawing {
  return /don-2n|missile-defence|missile defense|phased/.test(text.toLowerCase())
    ? { draw: radarPyramid, sceneM: 240 }
    : { draw: radar };
}

/** A motorcade at a clubhouse: a line of dark cars on the drive, lawns around (Bedminster). */
export function motorcade(c: Ctx, rnd: () => number): void {
  rect(c, -40, -40, 80, 80, '#5f8a4a'); // lawns
  rect(c, -40, -4, 80, 8, '#9a968c'); // drive
  rect(c, -30 + 1.5, -32 + 1.5, 34, 20, SHADOW);
  rect(c, -30, -32, 34, 20, '#d9d3c4'); // clubhouse
  rect(c, -22, -28, 18, 12, '#c6bfae');
  const cars = 6 + Math.floor(rnd() * 4);
  for (let i = 0; i < cars; i++) {
    const x = -34 + i * 7.5;
    rect(c, x + 0.6, -1.4, 5.4, 2.6, SHADOW);
    rect(c, x, -2, 5.4, 2.6, '#15181c'); // a dark car
    rect(c, x + 1.4, -1.6, 1.6, 1.8, '#3d4650'); // windscreen
  }
  disc(c, 24, 24, 7, '#e9e6da'); // bunker of the course
}

/** Which vehicles a "vehicles" site shows: a motorcade for the president's visit, else a military park. */
export function vehiclesDrawing(text: string): Drawing {
  return /golf|motorcade|president/.test(text.toLowerCase()) ? { draw: motorcade } : { draw: vehicles };
}

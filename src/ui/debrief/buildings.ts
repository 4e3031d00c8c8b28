/**
 * Named buildings with shapes of their own, seen from above in metres around (0, 0): the
 * Pentagon is a pentagon (five rings round a courtyard), the Capitol a long cross with its
 * dome, the Kremlin a triangle of walls with towers, an observatory a cluster of domes, the
 * Chornobyl shelter an arch, a dam a wall across a river. Which one a "building" site shows
 * comes from its name and note; sizes are approximate (general knowledge), so each drawing
 * gives the ground width its picture covers.
 */
import { building } from './ground';
import { disc, poly, rect, SHADOW, type Ctx, type Drawing } from './draw-kit';

/** Regular polygon points, radius r, first vertex straight up. */
function ngon(n: number, r: number, turn = 0): number[] {
  const pts: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = turn - Math.PI / 2 + (i * 2 * Math.PI) / n;
    pts.push(Math.cos(a) * r, Math.sin(a) * r);
  }
  return pts;
}

/** The Pentagon: five concentric rings (about 280 m a side) round a five-sided courtyard. */
export function pentagon(c: Ctx): void {
  rect(c, -300, -300, 600, 600, '#6d7560'); // lawns
  rect(c, -290, 190, 580, 90, '#7d7f78'); // car parks
  c.save();
  c.translate(8, 8);
  poly(c, ngon(5, 240), SHADOW);
  c.restore();
  const rings = ['#c9c6bc', '#b6b2a7', '#c9c6bc', '#b6b2a7', '#c9c6bc'];
  rings.forEach((fill, i) => poly(c, ngon(5, 240 - i * 24), fill));
  c.strokeStyle = '#8f8b80';
  c.lineWidth = 2;
  for (let i = 0; i <= 5; i++) {
    c.beginPath();
    const p = ngon(5, 240 - i * 24);
    c.moveTo(p[0] as number, p[1] as number);
    for (let k = 2; k < p.length; k += 2) c.lineTo(p[k] as number, p[k + 1] as number);
    c.closePath();
    c.stroke();
  }
  poly(c, ngon(5, 110), '#5f7a52'); // courtyard
  disc(c, 0, 0, 12, '#a8a69c');
}

/** The Capitol: a long east–west block with wings and the dome at the centre. */
export function capitol(c: Ctx): void {
  rect(c, -220, -160, 440, 320, '#6b7a5a');
  rect(c, -30, 60, 60, 100, '#c8c4b6'); // east plaza
  c.save();
  c.translate(5, 5);
  rect(c, -115, -30, 230, 60, SHADOW);
  c.restore();
  rect(c, -115, -30, 230, 60, '#e3e0d6'); // main block
  rect(c, -115, -45, 45, 90, '#dcd8cc'); // wings
  rect(c, 70, -45, 45, 90, '#dcd8cc');
  rect(c, -25, -40, 50, 80, '#e7e5dd'); // rotunda block
  disc(c, 3, 3, 22, SHADOW);
  disc(c, 0, 0, 22, '#f1efe8'); // dome
  disc(c, 0, 0, 8, '#cfcabd');
}

/** The Kremlin: a triangle of red walls with round towers, palaces and cathedrals inside. */
export function kremlin(c: Ctx, rnd: () => number): void {
  rect(c, -460, -460, 920, 920, '#6e6f66');
  rect(c, -460, 250, 920, 140, '#24465a'); // the river along the south wall
  const wall = [-330, 230, 330, 230, 80, -330];
  poly(c, wall, '#8e3b2e');
  const inner = [-290, 205, 290, 205, 70, -280];
  poly(c, inner, '#7c806f');
  for (let i = 0; i < 6; i += 2) disc(c, wall[i] as number, wall[i + 1] as number, 18, '#a4483a'); // corner towers
  for (let k = 0; k < 14; k++) {
    const t = k / 14;
    const side = k % 3;
    const ax = wall[side * 2] as number;
    const ay = wall[side * 2 + 1] as number;
    const bx = wall[((side + 1) % 3) * 2] as number;
    const by = wall[((side + 1) % 3) * 2 + 1] as number;
    disc(c, ax + (bx - ax) * t, ay + (by - ay) * t, 9, '#a4483a');
  }
  rect(c, -150, 80, 180, 60, '#e0dccf'); // Grand Kremlin Palace
  rect(c, 40, -60, 120, 90, '#d5d0bf'); // Senate (a triangle in life; a block here)
  for (let i = 0; i < 3; i++) disc(c, -40 + i * 40, -10 + rnd() * 20, 11, '#d8b04a'); // cathedral domes
  rect(c, -60, 150, 240, 18, '#9aa08e'); // helipad lawn
}

/** An observatory summit: white telescope domes on bare ground. */
export function domes(c: Ctx, rnd: () => number): void {
  rect(c, -120, -120, 240, 240, '#7a6a5a');
  const n = 5 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const x = -90 + rnd() * 180;
    const y = -90 + rnd() * 180;
    const r = 6 + rnd() * 10;
    disc(c, x + 3, y + 3, r, SHADOW);
    disc(c, x, y, r, '#eeeeea');
    rect(c, x - r * 0.15, y - r, r * 0.3, r, '#9a9a96'); // slit
  }
  rect(c, -110, 20, 220, 6, '#8c8b85'); // summit road
}

/** A reactor shelter: a great arch (about 260 m by 160 m) over the old building. */
export function shelter(c: Ctx): void {
  rect(c, -220, -200, 440, 400, '#6a705f');
  rect(c, -200, 90, 400, 60, '#bcb8ad'); // the rest of the plant
  rect(c, -125 + 6, -85 + 6, 250, 160, SHADOW);
  rect(c, -125, -85, 250, 160, '#d3d7db');
  c.fillStyle = '#b6bcc2';
  for (let x = -120; x < 125; x += 20) c.fillRect(x, -85, 4, 160); // arch ribs
  rect(c, 130, -40, 24, 24, '#9e9a8f'); // chimney base
  disc(c, 142, -28, 6, '#5d5a53');
}

/** A dam: a straight wall across a river, water wide upstream, a narrow channel below. */
export function dam(c: Ctx): void {
  rect(c, -320, -320, 640, 640, '#5e6a4c');
  rect(c, -320, -320, 640, 300, '#24465a'); // reservoir
  rect(c, -60, 0, 120, 320, '#2c5468'); // river below
  rect(c, -320, -24, 640, 24, '#c9c6bc'); // dam crest
  c.fillStyle = '#e6f0f4';
  for (let x = -50; x < 50; x += 14) c.fillRect(x, 0, 8, 16); // spillway foam
  rect(c, 90, 6, 80, 40, '#aaa69b'); // power house
}

/** Which building a "building" site shows, from its name and note. */
export function buildingDrawing(text: string): Drawing {
  const s = text.toLowerCase();
  if (/pentagon/.test(s)) return { draw: pentagon, sceneM: 760 };
  if (/capitol/.test(s)) return { draw: capitol, sceneM: 420 };
  if (/kremlin/.test(s)) return { draw: kremlin, sceneM: 1000 };
  if (/telescope|observatory|space surveillance/.test(s)) return { draw: domes, sceneM: 300 };
  if (/reactor|nuclear power|chornobyl/.test(s)) return { draw: shelter, sceneM: 520 };
  if (/\bdam\b/.test(s)) return { draw: dam, sceneM: 700 };
  return { draw: building };
}

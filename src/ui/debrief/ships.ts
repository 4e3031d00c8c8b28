/**
 * Ships seen from above, in metres around (0, 0), by class: a warship (bow turret, superstructure,
 * helicopter deck), an aircraft carrier (flat angled deck, island), a submarine, a merchant ship
 * (cargo hatches), hulls on a shipyard's slipways, and a port with merchant ships at its piers.
 * Which class a "ship" site shows comes from its name and note; each class gives the ground
 * width its picture covers (a carrier is three times a frigate's length).
 */
import { disc, poly, rect, SHADOW, type Ctx, type Drawing } from './draw-kit';

export function warship(c: Ctx, rnd: () => number): void {
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

/** Aircraft carrier: long flat deck with an angled landing strip, island on the right. */
export function carrier(c: Ctx, rnd: () => number): void {
  const hull = [-20, -160, 20, -160, 38, -120, 40, 150, 20, 165, -20, 165, -38, 140, -42, -60, -30, -140];
  c.save();
  c.translate(5, 5);
  poly(c, hull, SHADOW);
  c.restore();
  poly(c, hull, '#6f7781');
  // Angled landing deck and its centre line.
  c.save();
  c.rotate(-0.16);
  rect(c, -32, -40, 30, 200, '#79818b');
  c.fillStyle = '#e8ecef';
  for (let y = -30; y < 150; y += 16) c.fillRect(-17.5, y, 1.5, 8);
  c.restore();
  rect(c, 26, 10, 10, 36, '#c3c9d0'); // island
  rect(c, 28, 16, 6, 10, '#e3e7eb');
  for (const y of [-150, -140]) rect(c, -16, y, 32, 1.2, '#e8ecef'); // catapults
  const parked = 3 + Math.floor(rnd() * 4);
  for (let i = 0; i < parked; i++) {
    c.save();
    c.translate(20 - (i % 2) * 10, -100 + i * 18);
    c.rotate(0.9);
    c.scale(0.55, 0.55);
    poly(c, [0, -11, 1.5, -6, 7, 5, 7, 7, -7, 7, -7, 5, -1.5, -6], '#aab2ba');
    c.restore();
  }
  c.fillStyle = 'rgba(230,240,245,0.3)'; // wake
  c.beginPath();
  c.moveTo(-20, 165);
  c.lineTo(20, 165);
  c.lineTo(60, 260);
  c.lineTo(-60, 260);
  c.closePath();
  c.fill();
}

/** Submarine on the surface: a dark cigar with a sail and a hint of wash. */
export function submarine(c: Ctx, rnd: () => number): void {
  const L = 100 + rnd() * 50;
  c.fillStyle = 'rgba(230,240,245,0.25)';
  c.beginPath();
  c.ellipse(0, 0, 9, L / 2 + 6, 0, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = '#262b31';
  c.beginPath();
  c.ellipse(0, 0, 5.5, L / 2, 0, 0, Math.PI * 2);
  c.fill();
  rect(c, -1.8, -L / 5, 3.6, 12, '#3a4048'); // sail
  rect(c, -6, -L / 5 + 3, 12, 1.4, '#3a4048'); // fairwater planes
  poly(c, [0, L / 2 - 8, 7, L / 2 + 2, -7, L / 2 + 2], '#262b31'); // stern planes
}

/** Merchant ship: bow, a row of cargo hatches, bridge and funnel aft. */
export function merchant(c: Ctx, rnd: () => number): void {
  const L = 120 + rnd() * 50;
  const B = 18 + rnd() * 6;
  const hull = [0, -L / 2, B / 2, -L / 2 + 18, B / 2, L / 2, -B / 2, L / 2, -B / 2, -L / 2 + 18];
  c.save();
  c.translate(3, 3);
  poly(c, hull, SHADOW);
  c.restore();
  poly(c, hull, '#6b4f45');
  const hatches = 4 + Math.floor(rnd() * 3);
  const span = L - 50;
  for (let i = 0; i < hatches; i++)
    rect(
      c,
      -B / 2 + 3,
      -L / 2 + 22 + (i * span) / hatches,
      B - 6,
      span / hatches - 3,
      i % 2 ? '#3f6f7a' : '#9a5b3c',
    );
  rect(c, -B / 2 + 1.5, L / 2 - 24, B - 3, 14, '#e6e6df'); // bridge
  disc(c, 0, L / 2 - 6, 2.6, '#2c2c2c'); // funnel
}

/** Shipyard: hulls at different stages on parallel slipways, cranes between them. */
export function shipyard(c: Ctx, rnd: () => number): void {
  rect(c, -110, -110, 220, 220, '#7f7d74');
  for (let i = 0; i < 3; i++) {
    const x = -70 + i * 70;
    rect(c, x - 14, -100, 28, 200, '#6d6b63'); // slipway
    const L = 90 + rnd() * 60;
    const B = 14 + rnd() * 5;
    poly(
      c,
      [x, -L / 2, x + B / 2, -L / 2 + 16, x + B / 2, L / 2, x - B / 2, L / 2, x - B / 2, -L / 2 + 16],
      i === 1 ? '#8a5a44' : '#77808a',
    );
    c.strokeStyle = 'rgba(40,40,40,0.6)'; // frames of an unfinished hull
    c.lineWidth = 0.8;
    for (let y = -L / 2 + 20; y < L / 2; y += 8) {
      c.beginPath();
      c.moveTo(x - B / 2, y);
      c.lineTo(x + B / 2, y);
      c.stroke();
    }
    rect(c, x + 26, -80 + rnd() * 40, 3, 60, '#d6a531'); // crane boom
  }
}

/** Naval base: two warships moored side by side at a pier. */
export function naval(c: Ctx, rnd: () => number): void {
  rect(c, -70, -120, 22, 240, '#8d8a80'); // pier
  for (const x of [-30, 2]) {
    c.save();
    c.translate(x, 0);
    c.scale(0.85, 0.85);
    warship(c, rnd);
    c.restore();
  }
}

/** Which ship a "ship" site shows, from its name and note. */
export function shipDrawing(text: string): Drawing {
  const s = text.toLowerCase();
  if (/shipyard|slipway/.test(s)) return { draw: shipyard, sceneM: 260 };
  if (/carrier|norfolk/.test(s)) return { draw: carrier, sceneM: 480 };
  if (/submarine/.test(s)) return { draw: submarine };
  if (/naval|fleet|harbor|harbour/.test(s)) return { draw: naval, sceneM: 280 };
  if (/cargo|merchant|tanker|freighter/.test(s)) return { draw: merchant };
  return { draw: warship };
}

export function port(c: Ctx, rnd: () => number): void {
  rect(c, -210, -210, 420, 120, '#8d8a80'); // quay
  for (let i = 0; i < 3; i++) {
    const x = -150 + i * 130;
    rect(c, x, -90, 24, 200, '#9b988e'); // pier
    c.save();
    c.translate(x + 38, 20);
    c.scale(0.9, 0.9);
    merchant(c, rnd);
    c.restore();
  }
  for (let i = 0; i < 8; i++) rect(c, -190 + i * 45, -190, 30, 60, i % 2 ? '#a9a08e' : '#b7b3a6');
}

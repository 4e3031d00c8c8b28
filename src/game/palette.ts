/**
 * Map colours (VISUAL.md), as numbers for Phaser, for both palettes. The DOM uses the same
 * values through tokens.css.
 */
export interface MapPalette {
  water: number;
  land: number;
  hostLand: number;
  border: number;
  hostBorder: number;
  coast: number;
  graticule: number;
  graticuleAlpha: number;
  route: number;
  lawful: number;
  violation: number;
  restriction: number;
  notice: number;
  airfield: number;
  target: number;
  halo: number;
  cloud: number;
}

export const OKABE_ITO: MapPalette = {
  water: 0x0f1b2a,
  land: 0x24303d,
  hostLand: 0x2f4a3f,
  border: 0x3a4857,
  hostBorder: 0x56705f,
  coast: 0x4a5a6b,
  graticule: 0x8aa0b8,
  graticuleAlpha: 0.09,
  route: 0x56b4e9,
  lawful: 0x009e73,
  violation: 0xd55e00,
  restriction: 0xe69f00,
  notice: 0xf0e442,
  airfield: 0xffffff,
  target: 0xcc79a7,
  halo: 0x0a121c,
  cloud: 0xdfe8f2,
};

export const HIGH_CONTRAST: MapPalette = {
  water: 0x000000,
  land: 0x141414,
  hostLand: 0x262626,
  border: 0xffffff,
  hostBorder: 0xffffff,
  coast: 0xffffff,
  graticule: 0xffffff,
  graticuleAlpha: 0.12,
  route: 0x00e5ff,
  lawful: 0x00ff9c,
  violation: 0xff6a3d,
  restriction: 0xffb000,
  notice: 0xfff200,
  airfield: 0xffffff,
  target: 0xff8ad8,
  halo: 0x000000,
  cloud: 0xffffff,
};

export function paletteFor(name: 'okabe-ito' | 'high-contrast'): MapPalette {
  return name === 'high-contrast' ? HIGH_CONTRAST : OKABE_ITO;
}

export function cssHex(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

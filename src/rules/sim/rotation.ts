/** Rigid rotations of the unit sphere (Rodrigues' formula), used to move weather exactly. */
export type Vec3 = readonly [number, number, number];

const RAD = Math.PI / 180;

/** Unit vector of the rotation axis through the point (lat, lon). */
export function rotationAxis(lat: number, lon: number): Vec3 {
  const φ = lat * RAD;
  const λ = lon * RAD;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

/** v rotated by angleRad about the unit axis k (right-hand rule). */
export function rotate(v: Vec3, k: Vec3, angleRad: number): Vec3 {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  const dot = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
  const cx = k[1] * v[2] - k[2] * v[1];
  const cy = k[2] * v[0] - k[0] * v[2];
  const cz = k[0] * v[1] - k[1] * v[0];
  return [
    v[0] * c + cx * s + k[0] * dot * (1 - c),
    v[1] * c + cy * s + k[1] * dot * (1 - c),
    v[2] * c + cz * s + k[2] * dot * (1 - c),
  ];
}

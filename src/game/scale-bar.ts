/** A scale bar length that reads well: 1, 2 or 5 × 10^n km, at most maxPx long. Pure. */
export function niceScaleKm(kmPerPx: number, maxPx: number): { km: number; px: number } | null {
  if (!(kmPerPx > 0) || !(maxPx > 0)) return null;
  const maxKm = kmPerPx * maxPx;
  const pow = Math.pow(10, Math.floor(Math.log10(maxKm)));
  const km = [5, 2, 1].map((m) => m * pow).find((k) => k <= maxKm) ?? pow;
  return { km, px: km / kmPerPx };
}

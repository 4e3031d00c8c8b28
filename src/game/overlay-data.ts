/**
 * The subject's overlays projected once into map pixels: airfield reach rings, zones (with the
 * corridor's buffer as a polygon), targets. Pure: no Phaser.
 */
import type { TargetKind, ZoneKind } from '../rules/types';
import { bearingDeg, destination, densify } from '../rules/sim/sphere';
import { zoneBufferKm } from '../rules';
import { d3Polygon, lonLat, type MapBounds, type MapProjection, type MapPx } from './projection';
import { projectGeo, rangeRing } from './project-geo';
import { reachKm, type MapSubject } from './subject';

export interface AirfieldMark {
  id: string;
  name: string;
  at: MapPx;
  /** Reach ring (out-and-back: half the maximum distance), flat map px lines. */
  ring: number[][];
  reachKm: number | null;
}

export interface ZoneShape {
  id: string;
  kind: ZoneKind;
  name: string;
  /** Area to hatch or dot (for a corridor: its buffer). */
  rings: number[][];
  /** The claimed line itself (corridor). */
  lines: number[][];
}

export interface TargetMark {
  id: string;
  name: string;
  kind: TargetKind;
  objective: boolean;
  at: MapPx;
}

export interface OverlayGeometry {
  airfields: AirfieldMark[];
  zones: ZoneShape[];
  targets: TargetMark[];
}

/** A polygon around a line at bufferKm on each side (ends cut square), as [lon, lat] pairs. */
export function bufferLine(coords: readonly (readonly number[])[], bufferKm: number): [number, number][] {
  const pts = coords.map((c) => ({ lon: c[0] ?? 0, lat: c[1] ?? 0 }));
  const dense: { lat: number; lon: number }[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const seg = densify(
      pts[i] as { lat: number; lon: number },
      pts[i + 1] as { lat: number; lon: number },
      20,
    );
    dense.push(...(i === 0 ? seg : seg.slice(1)));
  }
  if (dense.length < 2) return [];
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (let i = 0; i < dense.length; i++) {
    const p = dense[i] as { lat: number; lon: number };
    const prev = dense[i - 1];
    const next = dense[i + 1];
    const hIn = prev ? bearingDeg(prev, p) : bearingDeg(p, next as { lat: number; lon: number });
    const hOut = next ? bearingDeg(p, next) : hIn;
    // Mitre at a bend: along the bisector, far enough to stay bufferKm from both segments.
    const turn = ((hOut - hIn + 540) % 360) - 180;
    const heading = hIn + turn / 2;
    const km = bufferKm / Math.max(Math.cos((turn * Math.PI) / 360), 0.5);
    const l = destination(p, heading - 90, km);
    const r = destination(p, heading + 90, km);
    left.push([l.lon, l.lat]);
    right.push([r.lon, r.lat]);
  }
  const ring = [...left, ...right.reverse()];
  ring.push(ring[0] as [number, number]);
  return ring;
}

export function buildOverlay(projection: MapProjection, subject: MapSubject): OverlayGeometry {
  const airfields = subject.airfields.map((a): AirfieldMark => {
    const reach = reachKm(a.maxDistanceKm);
    return {
      id: a.id,
      name: a.name,
      at: projection.toMap(lonLat(a.lon, a.lat)),
      ring: reach === null ? [] : rangeRing(projection, a.lon, a.lat, reach).lines,
      reachKm: reach,
    };
  });
  const zones = subject.zones.map((z): ZoneShape => {
    const g = z.geometry;
    const base = { id: z.properties.id, kind: z.properties.kind, name: z.properties.name };
    if (g.type === 'LineString') {
      const ring = bufferLine(g.coordinates, zoneBufferKm(z));
      const buffer = ring.length > 3 ? d3Polygon([ring]) : [];
      return {
        ...base,
        rings: buffer.length ? projectGeo(projection, { type: 'Polygon', coordinates: buffer }).rings : [],
        lines: projectGeo(projection, { type: 'LineString', coordinates: g.coordinates }).lines,
      };
    }
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const coordinates = polys.map((p) =>
      d3Polygon(p.map((r) => r.map((q) => [q[0] ?? 0, q[1] ?? 0] as const))),
    );
    return { ...base, rings: projectGeo(projection, { type: 'MultiPolygon', coordinates }).rings, lines: [] };
  });
  const targets = subject.targets.map((t): TargetMark => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    objective: t.objective,
    at: projection.toMap(lonLat(t.lon, t.lat)),
  }));
  return { airfields, zones, targets };
}

/**
 * Where a mission's map opens: around its first airfield, zones and sites (padded), so
 * Kaliningrad fills the screen in the Kaliningrad mission. Without any, or when they sit in a
 * tiny spot, the party's main territory (fallback).
 */
export function focusBounds(o: OverlayGeometry, fallback: MapBounds): MapBounds {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number): void => {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  };
  // The first airfield is where missions take off; the others may lie across the country.
  const first = o.airfields[0];
  if (first) add(first.at.x, first.at.y);
  for (const t of o.targets) add(t.at.x, t.at.y);
  for (const z of o.zones)
    for (const r of [...z.rings, ...z.lines]) for (let i = 0; i + 1 < r.length; i += 2) add(r[i]!, r[i + 1]!);
  if (o.targets.length + o.zones.length === 0 || xs.length < 2) return fallback;
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const fw = fallback[1][0] - fallback[0][0];
  // Never closer than a twentieth of the country: some context stays around the sites.
  const w = Math.max(maxX - minX, fw / 20);
  const h = Math.max(maxY - minY, fw / 20);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return [
    [cx - w * 0.6, cy - h * 0.6],
    [cx + w * 0.6, cy + h * 0.6],
  ];
}

/**
 * Zod schema of a level file (src/rules/types.ts `Level`). Zones are GeoJSON Features so a
 * teacher can edit them in any GeoJSON tool; the JSON Schema in levels/level.schema.json is
 * generated from this file (`npm run level-schema`).
 */
import { z } from 'zod/mini';
import '../zod-config';
import { planSchema, slugSchema } from '../plan/schema';
import { FINDING_CODES } from './finding-codes';

const iso3Schema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "RUS"'));
const idSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, "-", "_" or "."'));
const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const findingCodeSchema = z.enum(FINDING_CODES, { error: 'unknown finding code' });

const lonLat = z.tuple([
  z.number().check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180')),
  z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90')),
]);

const ring = z.array(lonLat).check(
  z.minLength(4, 'a polygon ring needs at least 4 positions'),
  z.refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a polygon ring must end where it starts'),
);

const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).check(z.minLength(1)),
});
const multiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
});
const lineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(lonLat).check(z.minLength(2, 'a line needs at least 2 positions')),
});

const zoneGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry, lineGeometry], {
  error: 'geometry type must be Polygon, MultiPolygon or LineString',
});

const positive = z.number().check(z.gt(0, 'must be above 0'));
const hoursAfterArrival = z.number().check(z.gte(-1_000), z.lte(1_000));

/**
 * The figure a zone of this kind is judged by, with a message naming it when it is missing ("a
 * corridor zone needs bufferKm"). Optional to zod only so that the member's check can say so;
 * it is required, and the Level type (src/rules/types.ts) has it required.
 */
function needs(kind: string, field: string) {
  return (p: Record<string, unknown>, ctx: z.core.$RefinementCtx): void => {
    if (p[field] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: `a ${kind} zone needs ${field}` });
  };
}

const zoneBase = { id: idSchema, name: nonEmpty, basis: nonEmpty };

/**
 * Zone properties, typed per kind (src/rules/types.ts): each kind has the figures it is judged
 * by and no others, so no check, sim or map can fall back to a default of its own.
 */
const zoneProperties = z.discriminatedUnion(
  'kind',
  [
    z
      .strictObject({ ...zoneBase, kind: z.literal('distance-cap'), capKm: z.optional(positive) })
      .check(z.superRefine(needs('distance-cap', 'capKm'))),
    z
      .strictObject({ ...zoneBase, kind: z.literal('corridor'), bufferKm: z.optional(positive) })
      .check(z.superRefine(needs('corridor', 'bufferKm'))),
    z
      .strictObject({ ...zoneBase, kind: z.literal('altitude-floor'), floorM: z.optional(positive) })
      .check(z.superRefine(needs('altitude-floor', 'floorM'))),
    z
      .strictObject({
        ...zoneBase,
        kind: z.enum(['hazardous', 'exercise']),
        activeFromH: z.optional(hoursAfterArrival),
        activeToH: z.optional(hoursAfterArrival),
        lowerM: z.optional(z.number().check(z.gte(0))),
        upperM: z.optional(positive),
      })
      .check(
        z.superRefine((p, ctx) => {
          if (p.activeFromH !== undefined && p.activeToH !== undefined && p.activeToH < p.activeFromH) {
            ctx.addIssue({ code: 'custom', path: ['activeToH'], message: 'activeToH is before activeFromH' });
          }
          if (p.lowerM !== undefined && p.upperM !== undefined && p.upperM <= p.lowerM) {
            ctx.addIssue({ code: 'custom', path: ['upperM'], message: 'upperM must be above lowerM' });
          }
        }),
      ),
  ],
  { error: 'kind must be distance-cap, corridor, altitude-floor, hazardous or exercise' },
);

export const zoneSchema = z
  .strictObject({ type: z.literal('Feature'), properties: zoneProperties, geometry: zoneGeometry })
  .check(
    z.superRefine((zone, ctx) => {
      if (zone.geometry.type === 'LineString' && zone.properties.kind !== 'corridor') {
        ctx.addIssue({
          code: 'custom',
          path: ['geometry', 'type'],
          message: `only a corridor may be a LineString`,
        });
      }
    }),
  );

export const targetSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  kind: z.enum([
    'ship',
    'aircraft',
    'hangar',
    'vehicles',
    'building',
    'launch-pad',
    'runway',
    'radar',
    'port',
  ]),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  value: z.number().check(z.gte(0)),
  resolutionNeededM: positive,
  objective: z.boolean(),
  note: z.optional(z.string()),
});

/**
 * A source of the "what really happened" card: the id of an entry of levels/sources.json (the
 * campaign's way), or written out in full (a custom level's way).
 */
const sourceSchema = z.union([
  slugSchema,
  z.strictObject({
    title: nonEmpty,
    publisher: z.optional(nonEmpty),
    date: z.optional(nonEmpty),
    url: z.optional(z.url()),
  }),
]);

/** Reports every repeated id at `[index, ...idPath]`. */
function uniqueIds<T>(idOf: (item: T) => string, idPath: readonly string[] = ['id']) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = idOf(item);
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [i, ...idPath], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
}

export const levelSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: slugSchema,
    title: nonEmpty,
    arrivalUtc: z.iso.datetime({ error: 'expected an ISO 8601 UTC time such as "2017-06-12T09:00:00Z"' }),
    observer: iso3Schema,
    host: iso3Schema,
    hostTerritory: z.array(iso3Schema),
    aircraft: slugSchema,
    airfields: z
      .array(z.strictObject({ id: slugSchema, maxDistanceKm: positive }))
      .check(
        z.minLength(1, 'a level needs at least one airfield'),
        z.superRefine(uniqueIds((a: { id: string }) => a.id)),
      ),
    quota: z
      .strictObject({ active: z.int().check(z.gte(0)), used: z.int().check(z.gte(0)) })
      .check(z.refine((q) => q.used <= q.active, { message: 'used is above active', path: ['used'] })),
    zones: z
      .array(zoneSchema)
      .check(
        z.superRefine(
          uniqueIds((zone: { properties: { id: string } }) => zone.properties.id, ['properties', 'id']),
        ),
      ),
    targets: z.array(targetSchema).check(z.superRefine(uniqueIds((t: { id: string }) => t.id))),
    weather: z.strictObject({ cloudCover: z.number().check(z.gte(0), z.lte(1)), seed: z.int() }),
    hostBehaviour: z.strictObject({
      yieldsToProtest: z.array(findingCodeSchema),
      deviationRequest: z.optional(
        z.strictObject({ afterTakeoffH: z.number().check(z.gte(0)), reason: nonEmpty }),
      ),
    }),
    /** Host duty (08): the observers' plans the player reviews as host, in turn (issue 14). */
    hostDuty: z.optional(
      z.strictObject({
        incoming: z
          .array(z.strictObject({ id: slugSchema, title: nonEmpty, plan: planSchema }))
          .check(
            z.minLength(1, 'host duty needs at least one incoming plan'),
            z.maxLength(6),
            z.superRefine(uniqueIds((p: { id: string }) => p.id)),
          ),
      }),
    ),
    texts: z.strictObject({
      briefing: nonEmpty,
      bulletin: z.strictObject({ title: nonEmpty, text: nonEmpty, codes: z.array(findingCodeSchema) }),
      whatHappened: z.strictObject({
        text: nonEmpty,
        sources: z.array(sourceSchema),
        approximations: z.optional(z.string()),
        /** Each side's reading in its own stated words, with the source that reports them. */
        voices: z.optional(z.array(z.strictObject({ who: nonEmpty, says: nonEmpty, source: sourceSchema }))),
      }),
      questions: z.array(nonEmpty),
    }),
  })
  .check(
    z.refine((l) => l.host !== l.observer, { message: 'the host cannot observe itself', path: ['observer'] }),
  );

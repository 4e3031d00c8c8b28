import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema, levelYear, parseLevel } from '../../../../src/rules/level';

const ROOT = join(import.meta.dirname, '../../../..');
const fixture = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/levels/fx-russia.json'), 'utf8'),
) as Record<string, unknown>;
const shipped = readdirSync(join(ROOT, 'levels')).filter((f) => /^\d\d-.*\.json$/.test(f));

describe('parseLevel', () => {
  it('accepts the fixture level and drops $schema', () => {
    const r = parseLevel({ $schema: './level.schema.json', ...fixture });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).not.toHaveProperty('$schema');
      expect(r.value.zones.map((z) => z.properties.kind)).toEqual(['distance-cap', 'corridor', 'exercise']);
      expect(levelYear(r.value)).toBe(2017);
    }
  });

  it.each(shipped)('the shipped level %s parses', (file) => {
    const r = parseLevel(JSON.parse(readFileSync(join(ROOT, 'levels', file), 'utf8')));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('reports all errors at once, each with its path', () => {
    const r = parseLevel({
      ...fixture,
      host: 'x',
      quota: { active: 1, used: 2 },
      weather: { cloudCover: 5, seed: 1 },
    });
    expect(r.ok ? [] : r.errors.map((e) => e.path).sort()).toEqual([
      '$.host',
      '$.quota.used',
      '$.weather.cloudCover',
    ]);
  });
});

describe('level JSON Schema', () => {
  it('is generated from the zod schema and committed up to date', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'levels/level.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(levelJsonSchema());
  });

  it('describes the required top-level fields', () => {
    const schema = levelJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'arrivalUtc', 'host', 'zones', 'airfields']),
    );
    expect(Object.keys(schema.properties ?? {})).toContain('hostBehaviour');
  });
});

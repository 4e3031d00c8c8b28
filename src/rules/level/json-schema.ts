/** JSON Schema of level files, generated from the zod schema so the two never drift. */
import { z } from 'zod/mini';
import { levelSchema } from './schema';

export function levelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(levelSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    $id: 'https://open-skies.game/level.schema.json',
    title: 'Open Skies level',
    description:
      'A mission of the Open Skies game. Zones are GeoJSON Features; all times are hours after arrivalUtc. Generated from src/rules/level/schema.ts by `npm run level-schema`.',
  };
}

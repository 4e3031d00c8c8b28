/** `npm run level-schema`: writes levels/level.schema.json from the zod level schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { levelJsonSchema } from '../rules/level';

const out = resolve(process.argv[2] ?? 'levels/level.schema.json');
writeFileSync(out, `${JSON.stringify(levelJsonSchema(), null, 2)}\n`);
process.stdout.write(`level-schema: wrote ${out}\n`);

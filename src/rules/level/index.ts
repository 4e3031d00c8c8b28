export { parseLevel, levelYear, arrivalMs } from './parse';
export { levelSchema } from './schema';
export { levelJsonSchema } from './json-schema';
export { FINDING_CODES } from './finding-codes';

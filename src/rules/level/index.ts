export { parseLevel } from './parse';
export { levelYear, arrivalMs } from './year';
export { levelSchema } from './schema';
export { levelJsonSchema } from './json-schema';
export { FINDING_CODES } from './finding-codes';
export {
  sandboxLevel,
  sandboxLevelId,
  parseSandboxId,
  isSandboxId,
  sandboxParties,
  sandboxAirfields,
  hostTerritoryOf,
  SANDBOX_FIRST_YEAR,
  SANDBOX_LAST_YEAR,
  type SandboxSpec,
  type SandboxData,
} from './sandbox';

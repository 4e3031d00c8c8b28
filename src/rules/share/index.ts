/** Share codes and result codes (shared/spec/SHARE-CODES.md): pure, no DOM. */
export {
  codePrefix,
  crc32Hex,
  decodeJsonCode,
  encodeJsonCode,
  MAX_CODE_CHARS,
  type CodeResult,
} from './codec';
export { decodePlanCode, encodePlanCode, isPlanCode, PLAN_PREFIX, schemaErrorLine } from './plan-code';
export {
  cleanName,
  decodeResultCode,
  encodeResultCode,
  MAX_NAME_CHARS,
  RESULT_PREFIX,
  type Decision,
  type MissionResult,
} from './result-code';
export { checkResult, quotaUsedOf, replayMission, type CheckedResult, type Replay } from './replay';
export { classCsv, classRow, csvField, csvLine, CSV_COLUMNS, printable, type ClassRow } from './class-table';

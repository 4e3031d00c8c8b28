/** Share codes and result codes (shared/spec/SHARE-CODES.md): pure, no DOM. */
export { crc32Hex, encodeJsonCode } from './codec';
export { decodePlanCode, encodePlanCode, isPlanCode, schemaErrorLine } from './plan-code';
export {
  cleanName,
  decodeResultCode,
  encodeResultCode,
  MAX_NAME_CHARS,
  type Decision,
  type MissionResult,
} from './result-code';
export { checkResult, type CheckedResult } from './replay';
export { classCsv, classRow, printable, type ClassRow } from './class-table';
export { decodeReviewCode, encodeReviewCode, isReviewCode, reviewOfPlan } from './review-code';

/**
 * The player's answers to the host: protest an objection citing an article, or decline the
 * mission. A protest is justified when it cites the article that governs a contestable
 * objection (the host's own restriction, or a change it proposed over hazardous airspace);
 * the host then gives way if the level says it does. Protesting a lawful objection (the plan
 * breaks the treaty) or citing the wrong article costs trust.
 */
import type { FindingCode, Level } from '../types';
import { TRUST } from '../scoring';
import { citesArticle, governingArticles } from './articles';
import { settleResponse } from './review';
import type { HostResponse, ProtestOutcome, ProtestReason, ProtestResult } from './types';

function outcome(
  response: HostResponse,
  code: FindingCode,
  citedArticle: string,
  result: ProtestResult,
  reason: ProtestReason,
  trustDelta: number,
): ProtestOutcome {
  return {
    code,
    citedArticle,
    result,
    justified: reason === 'right-article',
    reason,
    trustDelta,
    governing: governingArticles(code),
    response,
    key: `host.protest.${result}.${reason}`,
  };
}

export function protest(
  response: HostResponse,
  findingCode: FindingCode,
  citedArticle: string,
  level: Level,
): ProtestOutcome {
  const targeted = response.objections.filter((o) => o.code === findingCode);
  if (targeted.length === 0) {
    return outcome(
      response,
      findingCode,
      citedArticle,
      'rejected',
      'no-such-objection',
      TRUST.unjustifiedProtest,
    );
  }
  if (targeted.every((o) => o.withdrawn)) {
    return outcome(response, findingCode, citedArticle, 'rejected', 'already-withdrawn', 0);
  }
  if (targeted.some((o) => o.lawful && o.kind === 'refusal')) {
    return outcome(
      response,
      findingCode,
      citedArticle,
      'rejected',
      'lawful-objection',
      TRUST.unjustifiedProtest,
    );
  }
  const right = governingArticles(findingCode).some((g) => citesArticle(citedArticle, g));
  if (!right) {
    return outcome(
      response,
      findingCode,
      citedArticle,
      'rejected',
      'wrong-article',
      TRUST.unjustifiedProtest,
    );
  }
  if (!level.hostBehaviour.yieldsToProtest.includes(findingCode)) {
    return outcome(
      response,
      findingCode,
      citedArticle,
      'host-maintains',
      'right-article',
      TRUST.justifiedProtest,
    );
  }
  const objections = response.objections.map((o) => (o.code === findingCode ? { ...o, withdrawn: true } : o));
  const next = settleResponse({ ...response, objections });
  return outcome(next, findingCode, citedArticle, 'host-yields', 'right-article', TRUST.justifiedProtest);
}

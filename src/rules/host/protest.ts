/**
 * The player's answers to the host: protest an objection citing an article, or decline the
 * mission. A protest is justified when it cites the article that governs a contestable
 * objection (the host's own restriction, or a change it proposed over hazardous airspace);
 * the host then gives way if the level says it does. Protesting a lawful objection (the plan
 * breaks the treaty) or citing the wrong article costs trust.
 *
 * A student who follows the game's own advice must be right: besides the governing articles,
 * a protest may cite any article that the mission's rule box names (when the box is about this
 * finding) or that the finding's Handbook entries name.
 */

/** Every article a protest against `code` may cite in `level`, governing ones first. */
export function acceptedArticles(code: FindingCode, level: Level): string[] {
  if (governingArticles(code).length === 0) return [];
  const texts: string[] = [];
  for (const e of HANDBOOK) if (e.codes.includes(code)) texts.push(e.citation, e.cites);
  const box = level.texts.bulletin;
  if (box.codes.includes(code)) texts.push(box.text);
  const found = texts.flatMap((t) => findCitations(t).map((c) => formatRef(c.ref)));
  return [...new Set([...governingArticles(code), ...found])];
}
import type { FindingCode, Level } from '../types';
import { TRUST } from '../scoring';
import { HANDBOOK } from '../handbook';
import { citesArticle, governingArticles } from './articles';
import { findCitations, formatRef } from './citations';
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
  const right = acceptedArticles(findingCode, level).some((g) => citesArticle(citedArticle, g));
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

/** The host model: review of a mission plan, protests and declining (pure, deterministic). */
export * from './types';
export {
  reviewPlan,
  decisionFor,
  objectionFor,
  settleResponse,
  HOST_REPLY_MAX_H,
  HOST_REMARK_VARIANTS,
} from './review';
export { protest } from './protest';
export { decline, DECLINE_BASIS, type DeclineOutcome } from './decline';
export {
  applyChanges,
  changeFor,
  MAX_PROPOSED_ALTITUDE_M,
  BAND_CLEARANCE_M,
  DETOUR_MARGIN_KM,
} from './changes';
export {
  GOVERNING_ARTICLES,
  citesArticle,
  parseArticle,
  governingArticles,
  type ArticleRef,
} from './articles';
export { reviewEffects, type ChangeEffect, type PlanCheck, type ReviewEffects } from './consequences';
export {
  observerReply,
  basisArticles,
  refusalArticles,
  capturedTargets,
  REFUSAL_ARTICLES,
  CHANGE_GROUNDS_ARTICLE,
  NO_PREVENTION_ARTICLE,
  DECLINE_ARTICLE,
  type HostAction,
  type HostChangeKind,
  type ObserverReason,
  type ObserverReply,
} from './observer';
export {
  hostPlanScore,
  hostDutyScore,
  HOST_POINTS,
  type HostAfterProtest,
  type HostPlanScore,
  type HostDutyScore,
} from './host-score';
export {
  disputedFinding,
  hotSeatResult,
  judgeProtest,
  observerChoices,
  protestArticles,
  type HotSeatFlight,
  type HotSeatProtest,
  type HotSeatResult,
  type ObserverAnswer,
} from './hot-seat';

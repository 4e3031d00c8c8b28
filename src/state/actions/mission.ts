/**
 * The mission actions (contract in the UI/state brief): module-level functions over the one store.
 * Scenes and panels call these; legality is always decided by src/rules.
 */
export {
  addWaypoint,
  insertWaypoint,
  moveWaypoint,
  deleteWaypoint,
  selectWaypoint,
  setLegAltitude,
  setLegSensors,
  setTimeline,
  setEndAirfield,
  undo,
  redo,
  toggleRouteLock,
} from './mission-plan';
export {
  startMission,
  beginPlanning,
  submitPlan,
  acceptReview,
  protestFinding,
  declineMission,
  finishFlight,
  retryMission,
  nextMission,
  quitToMenu,
  quitToCampaign,
} from './mission-flow';
export { setFlightTime, setPaused, setTimeSpeed } from './mission-clock';
export { resumeMission } from './mission-saved';
export { bindActionStore, actionStore, refreshVerdict } from './mission-core';
export { openHandbook, pickArticleFor, citeArticle, closePanel, dismissMissionNotice } from './panels';

/** Host duty UI (issue 14): the review panel and the debrief of 08, and the two-player games. */
import './hotseat.css';
export { mountHostReview } from './review';
export { mountHostDebrief } from './debrief';
export { sandboxForm, mountSandboxBar } from './sandbox';
export { mountHandOver } from './handover';
export { mountHotSeatHost } from './hotseat-host';
export { mountHotSeatAnswer } from './hotseat-answer';
export { mountHotSeatDebrief } from './hotseat-debrief';
export { mountHotSeatBar } from './hotseat-bar';

/** Host duty UI (issue 14): the review panel and the debrief of 08. */
export { mountHostReview } from './review';
export { mountHostDebrief } from './debrief';
export { sandboxForm, mountSandboxBar } from './sandbox';

import * as React from 'react';

/**
 * The console and the stage load on demand, in chunks of their own: most people in a meeting are
 * members, and the member view must stay within its bundle budget (DESIGN §9).
 */
export const LazyConsoleView = React.lazy(() =>
  import(/* webpackChunkName: 'live-console' */ './console/ConsoleView').then((m) => ({ default: m.ConsoleView })),
);
export const LazyStageView = React.lazy(() =>
  import(/* webpackChunkName: 'live-stage' */ './stage/StageView').then((m) => ({ default: m.StageView })),
);
// A member's own actions (ask for the floor, propose, report the link) follow the picture of the meeting by a moment.
export const LazyAskFloor = React.lazy(() =>
  import(/* webpackChunkName: 'live-participation' */ './member/AskFloor').then((m) => ({ default: m.AskFloor })),
);
export const LazyProposalForm = React.lazy(() =>
  import(/* webpackChunkName: 'live-participation' */ './member/ProposalForm').then((m) => ({ default: m.ProposalForm })),
);
export const LazyRemoteLink = React.lazy(() =>
  import(/* webpackChunkName: 'live-participation' */ './member/RemoteLink').then((m) => ({ default: m.RemoteLink })),
);
export const LazyProposalActions = React.lazy(() =>
  import(/* webpackChunkName: 'live-participation' */ './member/ProposalActions').then((m) => ({ default: m.ProposalActions })),
);

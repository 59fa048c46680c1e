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

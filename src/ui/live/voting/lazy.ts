import * as React from 'react';

/**
 * The member's voting views, in a chunk of their own (the stage's is loaded by StageView): the
 * member view's bundle has no room for them (DESIGN §9). The chunk loads with the view, so the
 * screen reader's live regions exist before a vote opens; the desk and its reads load only once
 * the meeting reaches decisions (useVoting).
 */
export const LazyVotePanel = React.lazy(() =>
  import(/* webpackChunkName: 'live-voting-ui' */ './VotePanel').then((m) => ({ default: m.VotePanel })),
);
export const LazyVoteNews = React.lazy(() =>
  import(/* webpackChunkName: 'live-voting-ui' */ './VoteNews').then((m) => ({ default: m.VoteNews })),
);

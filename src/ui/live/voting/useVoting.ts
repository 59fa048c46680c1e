import * as React from 'react';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { VotingDesk, VotingView } from '../../../data/voting/desk';

/** The decision procedure on this client and what it shows now; or why its chunk could not load. */
export type Voting = { desk: VotingDesk; view: VotingView; error?: undefined } | { desk: null; view: null; error: unknown };

/** Whether the meeting has reached decisions on the current item: steps recorded, a vote on screen, or the decision phase. */
export function votingWanted(state: LiveSnapshot['state']): boolean {
  return state !== null && (state.openVoteId !== null || state.voteMark > 0 || state.phase === 'Decision' || state.phase === 'Voting');
}

/**
 * The voting desk of the live session, once the live state shows decisions (`votingWanted`): the
 * desk's chunk loads then, never before, and the component re-renders whenever the desk's view
 * changes. Null until it is loaded.
 */
export function useVoting(client: Pick<LiveClient, 'voting'>, snapshot: LiveSnapshot): Voting | null {
  const wanted = votingWanted(snapshot.state);
  const [desk, setDesk] = React.useState<VotingDesk | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [view, setView] = React.useState<VotingView | null>(null);
  React.useEffect(() => {
    if (!wanted || desk) return;
    let live = true;
    client.voting().then(
      (d) => {
        if (!live) return;
        setError(null);
        setDesk(d);
      },
      (e: unknown) => live && setError(e ?? new Error('voting')),
    );
    return () => {
      live = false;
    };
  }, [wanted, desk, client]);
  React.useEffect(() => {
    if (!desk) return;
    setView(desk.view);
    const off = desk.subscribe(() => setView(desk.view));
    return () => {
      off();
    };
  }, [desk]);
  if (desk && view) return { desk, view };
  if (error) return { desk: null, view: null, error };
  return null;
}

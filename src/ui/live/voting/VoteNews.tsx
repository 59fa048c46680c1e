import * as React from 'react';
import type { LivePicture } from '../../../domain/live/picture';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import { votingStrings } from '../../strings/voting';
import { useStrings } from '../../common/useLanguage';
import { classes } from '../../common/styles';
import { LiveLanguage } from '../language';
import type { People } from '../people';
import { countsLine, decisionLines, tieGoesToLot } from './decision';
import { useVoting } from './useVoting';

export interface VoteNewsProps {
  client: Pick<LiveClient, 'voting'>;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  people: People;
}

/**
 * What a screen reader is told about votes (WCAG 4.1.3; OpenSlides #6138 is what happens without
 * it): an assertive "Votering öppnad: …" when a vote opens, a polite result and decision when it
 * closes or a tie is settled. Two regions that stay in the DOM at one place in the view from the
 * moment it opens, so they exist before their text changes and do not move with the vote panel.
 */
export function VoteNews({ client, snapshot, picture, people }: VoteNewsProps): JSX.Element {
  const t = useStrings(votingStrings, React.useContext(LiveLanguage));
  // the live state when the view opened: a vote already open (or closed) then is on the page, not news
  const [initial] = React.useState(snapshot.state);
  const voting = useVoting(client, snapshot);
  const vote = voting?.view?.onScreen ?? null;
  const [assertive, setAssertive] = React.useState('');
  const [polite, setPolite] = React.useState('');
  const seen = React.useRef({ ids: new Set<number>(), opened: new Set<number>(), decided: new Map<number, string>() });
  const proposals = picture.current?.proposals.proposals;
  const body = snapshot.meeting.bodyName;
  const tieByLot = vote !== null && tieGoesToLot(vote, snapshot.debate);
  React.useEffect(() => {
    if (!vote) return;
    const s = seen.current;
    const firstSight = !s.ids.has(vote.id);
    s.ids.add(vote.id);
    const onPageAtStart = firstSight && initial?.openVoteId === vote.id;
    // the same words twice in a row must still change the region: then add a trailing no-break space
    const fresh = (text: string) => (prev: string) => (prev === text ? `${text}\u00a0` : text);
    if (vote.status === 'Open' && !s.opened.has(vote.id)) {
      s.opened.add(vote.id);
      if (!(onPageAtStart && initial?.phase === 'Voting')) setAssertive(fresh(t.announce.opened(vote.question)));
    }
    if (vote.status === 'Closed' && vote.result) {
      const words = decisionLines(vote, proposals ?? [], { name: people.name, party: picture.partyOf }, body, t, tieByLot).join(' ');
      const before = s.decided.get(vote.id);
      s.decided.set(vote.id, words);
      if (before === undefined) {
        if (!onPageAtStart) setPolite(fresh(t.announce.closed(`${countsLine(vote.result, t)} ${words}`.trim())));
      } else if (before !== words && words) setPolite(fresh(words));
    }
  }, [vote, initial, proposals, people, picture, body, t, tieByLot]);
  return (
    <>
      <div className={classes.visuallyHidden} aria-live="assertive" aria-atomic="true">
        {assertive}
      </div>
      <div className={classes.visuallyHidden} role="status" aria-live="polite" aria-atomic="true">
        {polite}
      </div>
    </>
  );
}

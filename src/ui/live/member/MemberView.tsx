import * as React from 'react';
import type { LivePicture } from '../../../domain/live/picture';
import type { RemoteParticipant } from '../../../domain/live/types';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { Language } from '../../strings/registry';
import { CurrentItem } from '../parts/CurrentItem';
import { Floor } from '../parts/Floor';
import { SpeakerQueue } from '../parts/SpeakerQueue';
import { ProposalList } from '../parts/ProposalList';
import { QuorumLine } from '../parts/QuorumLine';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { LazyAskFloor, LazyProposalActions, LazyProposalForm, LazyRemoteLink } from '../lazy';
import { LazyVoteNews, LazyVotePanel } from '../voting/lazy';

export interface LiveViewProps {
  client: LiveClient;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  people: People;
  me: number;
  now: number;
  t: LiveStrings;
  common: CommonStrings;
  language: Language;
  time(iso: string): string;
  /** The member may write (an assignee); otherwise a read-only view of the same. */
  canAct: boolean;
  /** 280 px side panel or a phone. */
  narrow: boolean;
}

/** The person's remote participation, if they take part remotely now. */
const remoteNow = (p: RemoteParticipant | undefined): RemoteParticipant | null => (p && (p.remote || p.link !== 'ok') ? p : null);

/** Whether the person was recorded present in the chamber (not remotely) at the roll call. */
function inRoom(snapshot: LiveSnapshot, me: number): boolean {
  const rollCall = snapshot.meeting.attendance.filter((e) => e.personId === me && (e.kind === 'Present' || e.kind === 'PresentRemote'));
  return rollCall.length > 0 && rollCall[rollCall.length - 1].kind === 'Present';
}

/** The member's view: the item, the floor, the list with one's own place, proposals, remote participation. */
/** The member's own forms (ask, propose, report the link) arrive a moment after the picture of the meeting: their own chunk. */
export function MemberView(props: LiveViewProps): JSX.Element {
  const { client, snapshot, picture, people, me, now, t, common, language, time, canAct, narrow } = props;
  const css = useLiveClasses();
  const current = picture.current;
  const item = snapshot.meeting.items.find((i) => i.id === current?.itemId) ?? null;
  const remoteAllowed = snapshot.meeting.remoteAllowed;
  // the vote on screen beside the proposals; while it is open, first: the most important thing on screen.
  // One keyed element in one list of children, so it moves without losing its step or focus.
  const voteFirst = snapshot.state?.phase === 'Voting';
  const vote = (
    <React.Suspense key="vote" fallback={null}>
      <LazyVotePanel {...props} />
    </React.Suspense>
  );
  return (
    <>
      {voteFirst && vote}
      {canAct && remoteAllowed && (
        <React.Suspense fallback={null}>
          <LazyRemoteLink
            client={client}
            participant={remoteNow(picture.remote.get(me))}
            inRoom={inRoom(snapshot, me)}
            time={time}
            t={t}
            common={common}
          />
        </React.Suspense>
      )}
      <CurrentItem item={item} total={snapshot.meeting.items.length} t={t} compact={narrow} />
      {current && (
        <>
          <QuorumLine quorum={current.seats.quorum} t={t} />
          <Floor list={current.speakers} people={people} rules={snapshot.debate} now={now} t={t} />
          {canAct ? (
            <React.Suspense fallback={null}>
              <LazyAskFloor
                client={client}
                list={current.speakers}
                standing={current.standing}
                rules={snapshot.debate}
                me={me}
                people={people}
                t={t}
                common={common}
              />
            </React.Suspense>
          ) : (
            <p className={css.status}>{t.ask.readOnly}</p>
          )}
          <SpeakerQueue list={current.speakers} people={people} me={me} t={t} />
          <ProposalList
            set={current.proposals}
            people={people}
            t={t}
            language={language}
            time={time}
            actions={
              canAct
                ? (p) => (
                    <React.Suspense fallback={null}>
                      <LazyProposalActions
                        client={client}
                        proposal={p}
                        set={current.proposals}
                        standing={current.standing}
                        me={me}
                        people={people}
                        t={t}
                        common={common}
                      />
                    </React.Suspense>
                  )
                : undefined
            }
          />
        </>
      )}
      {!voteFirst && vote}
      {current && canAct && current.standing.serving(me) && !current.proposals.locked && (
        <React.Suspense fallback={null}>
          <LazyProposalForm
            set={current.proposals}
            standing={current.standing}
            personId={me}
            actorId={me}
            onSubmit={(kind, text) => client.propose(kind, text)}
            t={t}
            common={common}
            heading={t.proposals.make}
          />
        </React.Suspense>
      )}
      <React.Suspense key="vote-news" fallback={null}>
        <LazyVoteNews {...props} />
      </React.Suspense>
    </>
  );
}

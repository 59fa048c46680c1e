import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { canSupport, canWithdrawProposal } from '../../../domain/live/proposals';
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
import { Feedback } from '../parts/Feedback';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveAction } from '../useLiveAction';
import { AskFloor } from './AskFloor';
import { ProposalForm } from './ProposalForm';
import { RemoteLink } from './RemoteLink';

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
export function MemberView(props: LiveViewProps): JSX.Element {
  const { client, snapshot, picture, people, me, now, t, common, language, time, canAct, narrow } = props;
  const css = useLiveClasses();
  const support = useLiveAction();
  const current = picture.current;
  const item = snapshot.meeting.items.find((i) => i.id === current?.itemId) ?? null;
  const remoteAllowed = snapshot.meeting.remoteAllowed;
  return (
    <>
      {canAct && remoteAllowed && (
        <RemoteLink
          client={client}
          participant={remoteNow(picture.remote.get(me))}
          inRoom={inRoom(snapshot, me)}
          time={time}
          t={t}
          common={common}
        />
      )}
      <CurrentItem item={item} total={snapshot.meeting.items.length} t={t} compact={narrow} />
      {current && (
        <>
          <QuorumLine quorum={current.seats.quorum} t={t} />
          <Floor list={current.speakers} people={people} rules={snapshot.debate} now={now} t={t} />
          {canAct ? (
            <AskFloor
              client={client}
              list={current.speakers}
              standing={current.standing}
              rules={snapshot.debate}
              me={me}
              people={people}
              t={t}
              common={common}
            />
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
                    <div className={css.actions}>
                      {canSupport(current.proposals, me, me, p.id, false, current.standing) === null && (
                        <DefaultButton
                          text={t.proposals.support}
                          ariaLabel={t.proposals.supportLabel(people.name(p.personId))}
                          disabled={support.state.kind === 'busy'}
                          onClick={() => void support.run(`support-${p.id}`, () => client.support(p.id), t.proposals.supported)}
                        />
                      )}
                      {p.personId === me && canWithdrawProposal(current.proposals, me, p.id, false, current.standing) === null && (
                        <DefaultButton
                          text={t.proposals.withdraw}
                          disabled={support.state.kind === 'busy'}
                          onClick={() => void support.run(`withdraw-${p.id}`, () => client.withdrawProposal(p.id))}
                        />
                      )}
                    </div>
                  )
                : undefined
            }
          />
          <Feedback state={support.state} strings={common} texts={t.errors} />
          {canAct && current.standing.serving(me) && !current.proposals.locked && (
            <ProposalForm
              set={current.proposals}
              standing={current.standing}
              personId={me}
              actorId={me}
              onSubmit={(kind, text) => client.propose(kind, text)}
              t={t}
              common={common}
              heading={t.proposals.make}
            />
          )}
        </>
      )}
    </>
  );
}

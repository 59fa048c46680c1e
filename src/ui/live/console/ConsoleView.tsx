import * as React from 'react';
import type { LiveViewProps } from '../member/MemberView';
import { CurrentItem } from '../parts/CurrentItem';
import { QuorumLine } from '../parts/QuorumLine';
import { useLiveClasses } from '../styles';
import { useStrings } from '../../common/useLanguage';
import { liveConsoleStrings } from '../../strings/liveConsole';
import { AgendaControl } from './AgendaControl';
import { DecisionControl } from './decision/DecisionControl';
import { LazyVotePanel } from '../voting/lazy';
import { ProposalControl } from './ProposalControl';
import { BlockedBanner, RemotePanel } from './RemotePanel';
import { SpeakerControl } from './SpeakerControl';
import { SpeakingTime } from './SpeakingTime';

/** The chair's console (chair, vice chairs, the body's clerks): the agenda, the floor, decisions and votes, proposals, remote participants, speaking time. */
export function ConsoleView(props: LiveViewProps): JSX.Element {
  const { client, snapshot, picture, people, me, now, t, common, language, time } = props;
  const css = useLiveClasses();
  const c = useStrings(liveConsoleStrings, language);
  const current = picture.current;
  const item = snapshot.meeting.items.find((i) => i.id === current?.itemId) ?? null;
  // the decision procedure full width above the columns, always in the same place: moving it when a
  // vote opens would remount it and lose the keyboard focus its next task takes
  const voteOpen = snapshot.state?.phase === 'Voting';
  const decision = current && (
    <DecisionControl client={client} snapshot={snapshot} picture={picture} people={people} common={common} language={language} />
  );
  return (
    <>
      <AgendaControl c={c} client={client} snapshot={snapshot} t={t} common={common} />
      {snapshot.state && (
        <>
          <BlockedBanner c={c} client={client} picture={picture} people={people} common={common} language={language} time={time} />
          {current && <QuorumLine quorum={current.seats.quorum} t={t} />}
          {decision}
          {voteOpen && current?.standing.serving(me) && (
            // the chair and vice chairs who hold a seat vote too: the casting vote is the side the chair voted for (DOMAIN §5)
            <React.Suspense fallback={null}>
              <LazyVotePanel {...props} />
            </React.Suspense>
          )}
          <div className={css.columns}>
            <div>
              <CurrentItem item={item} total={snapshot.meeting.items.length} t={t} compact />
              {current && (
                <SpeakerControl
                  c={c}
                  client={client}
                  snapshot={snapshot}
                  current={current}
                  people={people}
                  me={me}
                  now={now}
                  t={t}
                  common={common}
                />
              )}
            </div>
            <div>
              {current && (
                <ProposalControl
                  c={c}
                  client={client}
                  current={current}
                  me={me}
                  people={people}
                  t={t}
                  common={common}
                  language={language}
                  time={time}
                />
              )}
              <RemotePanel c={c} client={client} picture={picture} people={people} common={common} time={time} />
              <SpeakingTime c={c} picture={picture} people={people} now={now} />
            </div>
          </div>
        </>
      )}
    </>
  );
}

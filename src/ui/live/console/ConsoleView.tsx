import * as React from 'react';
import type { LiveViewProps } from '../member/MemberView';
import { CurrentItem } from '../parts/CurrentItem';
import { QuorumLine } from '../parts/QuorumLine';
import { useLiveClasses } from '../styles';
import { AgendaControl } from './AgendaControl';
import { ProposalControl } from './ProposalControl';
import { BlockedBanner, RemotePanel } from './RemotePanel';
import { SpeakerControl } from './SpeakerControl';
import { SpeakingTime } from './SpeakingTime';

/** The chair's console (chair, vice chairs, the body's clerks): the agenda, the floor, proposals, remote participants, speaking time. */
export function ConsoleView(props: LiveViewProps): JSX.Element {
  const { client, snapshot, picture, people, me, now, t, common, language, time } = props;
  const css = useLiveClasses();
  const current = picture.current;
  const item = snapshot.meeting.items.find((i) => i.id === current?.itemId) ?? null;
  return (
    <>
      <AgendaControl client={client} snapshot={snapshot} t={t} common={common} />
      {snapshot.state && (
        <>
          <BlockedBanner client={client} picture={picture} people={people} t={t} common={common} language={language} time={time} />
          {current && <QuorumLine quorum={current.seats.quorum} t={t} />}
          <div className={css.columns}>
            <div>
              <CurrentItem item={item} total={snapshot.meeting.items.length} t={t} compact />
              {current && (
                <SpeakerControl
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
              <RemotePanel client={client} picture={picture} people={people} t={t} common={common} time={time} />
              <SpeakingTime picture={picture} people={people} now={now} t={t} />
            </div>
          </div>
        </>
      )}
    </>
  );
}

import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { canRequest } from '../../../domain/live/speakers';
import type { LivePicture } from '../../../domain/live/picture';
import type { RequestKind } from '../../../domain/live/types';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { LiveConsoleStrings } from '../../strings/liveConsole';
import { NativeSelect } from '../../common/NativeSelect';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';
import { Floor } from '../parts/Floor';
import { SpeakerQueue } from '../parts/SpeakerQueue';

type Current = NonNullable<LivePicture['current']>;

/** The chair's speaker list: give and end the floor, reorder, strike, add for someone, open and close. */
export function SpeakerControl({
  client,
  snapshot,
  current,
  people,
  me,
  now,
  t,
  c,
  common,
}: {
  client: LiveClient;
  snapshot: LiveSnapshot;
  current: Current;
  people: People;
  me: number;
  now: number;
  t: LiveStrings;
  c: LiveConsoleStrings;
  common: CommonStrings;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const list = current.speakers;
  const speeches = list.queue.filter((r) => r.kind === 'Speech');
  const holders = current.seats.seats.filter((s) => s.holderId !== null);
  const [person, setPerson] = React.useState(String(holders[0]?.holderId ?? ''));
  const [kind, setKind] = React.useState<RequestKind>('Speech');
  const run = (key: string, f: () => Promise<void>) => void action.run(key, f);
  const next = list.queue[0];
  const refusal = person
    ? canRequest(list, Number(person), kind, kind === 'Reply' ? list.latestSpeechId : null, current.standing, snapshot.debate)
    : null;

  return (
    <>
      <Floor list={list} people={people} rules={snapshot.debate} now={now} t={t} />
      <div className={css.actions}>
        {list.current && <PrimaryButton text={c.endSpeech} disabled={busy} onClick={() => run('end', () => client.endSpeech())} />}
        {next && (
          <PrimaryButton
            text={c.giveFloor(people.name(next.personId))}
            disabled={busy}
            onClick={() => run('give', () => client.giveFloor(next.requestId))}
          />
        )}
        <DefaultButton
          text={list.open ? c.closeList : c.openList}
          disabled={busy}
          onClick={() => run('open', () => client.setListOpen(!list.open))}
        />
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
      <SpeakerQueue
        list={list}
        people={people}
        me={me}
        t={t}
        actions={(r) => {
          const at = speeches.findIndex((s) => s.requestId === r.requestId);
          const name = people.name(r.personId);
          return (
            <span role="group" aria-label={c.rowActions(name)}>
              <IconButton
                iconProps={{ iconName: 'Microphone' }}
                title={c.giveFloorTo}
                ariaLabel={c.giveFloor(name)}
                disabled={busy}
                onClick={() => run(`give-${r.requestId}`, () => client.giveFloor(r.requestId))}
              />
              {at > 0 && (
                <IconButton
                  iconProps={{ iconName: 'ChevronUp' }}
                  title={c.moveUp}
                  ariaLabel={`${c.moveUp}: ${name}`}
                  disabled={busy}
                  onClick={() => run(`up-${r.requestId}`, () => client.moveRequest(r.requestId, at))}
                />
              )}
              {at >= 0 && at < speeches.length - 1 && (
                <IconButton
                  iconProps={{ iconName: 'ChevronDown' }}
                  title={c.moveDown}
                  ariaLabel={`${c.moveDown}: ${name}`}
                  disabled={busy}
                  onClick={() => run(`down-${r.requestId}`, () => client.moveRequest(r.requestId, at + 2))}
                />
              )}
              <IconButton
                iconProps={{ iconName: 'Cancel' }}
                title={c.remove}
                ariaLabel={`${c.remove}: ${name}`}
                disabled={busy}
                onClick={() => run(`remove-${r.requestId}`, () => client.removeRequest(r.requestId))}
              />
            </span>
          );
        }}
      />
      <section className={css.card} aria-labelledby="live-add-heading">
        <h3 id="live-add-heading" className={css.heading}>
          {c.addOnBehalf}
        </h3>
        <NativeSelect
          className={css.field}
          label={c.person}
          options={holders.map((s) => ({ key: String(s.holderId), text: people.label(s.holderId!) }))}
          selectedKey={person}
          onChange={setPerson}
        />
        <NativeSelect
          className={css.field}
          label={c.kind}
          options={(['Speech', 'Reply', 'PointOfOrder'] as RequestKind[]).map((k) => ({ key: k, text: t.requestKind[k] }))}
          selectedKey={kind}
          onChange={(k) => setKind(k as RequestKind)}
        />
        {refusal && <p className={css.meta}>{errors[refusal.code].title}</p>}
        <DefaultButton
          text={c.add}
          disabled={busy || !person || refusal !== null}
          onClick={() => run('add', () => client.requestFloor(kind, kind === 'Reply' ? list.latestSpeechId : null, Number(person)))}
        />
      </section>
    </>
  );
}

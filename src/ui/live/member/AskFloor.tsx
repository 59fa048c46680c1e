import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { canRequest } from '../../../domain/live/speakers';
import type { DebateRules, ItemStanding, RequestKind, SpeakerList } from '../../../domain/live/types';
import type { LiveClient } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';

/** The person's way onto the speaker list: a speech, a reply, an answer, a point of order; and back off it. */
export function AskFloor({
  client,
  list,
  standing,
  rules,
  me,
  people,
  t,
  common,
}: {
  client: LiveClient;
  list: SpeakerList;
  standing: ItemStanding;
  rules: DebateRules;
  me: number;
  people: People;
  t: LiveStrings;
  common: CommonStrings;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const ask = (kind: RequestKind, refersTo: number | null) => canRequest(list, me, kind, refersTo, standing, rules);
  const all = [...list.done, ...(list.current ? [list.current] : []), ...list.queue];
  const latest = list.latestSpeechId === null ? null : (all.find((r) => r.requestId === list.latestSpeechId) ?? null);
  // a reply to one of my speeches that I may still answer
  const answerable = all
    .filter((r) => r.kind === 'Reply' && all.some((s) => s.requestId === r.refersTo && s.personId === me))
    .reverse()
    .find((r) => ask('Answer', r.requestId) === null);
  const mine = list.queue.filter((r) => r.personId === me);
  const speechRefusal = ask('Speech', null);
  // refusals that mean the person may not take part at all: said once, instead of the buttons
  const barred = speechRefusal && ['notServing', 'disqualified', 'substituteMayNotSpeak', 'notPresent'].includes(speechRefusal.code);
  const run = (key: string, f: () => Promise<void>, message: string) => void action.run(key, f, message);

  return (
    <section className={css.card} aria-labelledby="live-ask-heading">
      <h2 id="live-ask-heading" className={css.heading}>
        {t.ask.heading}
      </h2>
      {barred ? (
        <>
          <p className={css.text}>{errors[speechRefusal.code].title}</p>
          <p className={css.meta}>{errors[speechRefusal.code].action}</p>
        </>
      ) : (
        <>
          {mine.length > 0 && <p className={css.status}>{t.list.yourPlace(list.queue.indexOf(mine[0]) + 1)}</p>}
          <div className={css.actions}>
            {speechRefusal === null && (
              <PrimaryButton
                text={t.ask.speech}
                disabled={busy}
                onClick={() => run('speech', () => client.requestFloor('Speech'), t.ask.asked)}
              />
            )}
            {latest && latest.personId !== me && ask('Reply', latest.requestId) === null && (
              <DefaultButton
                text={t.ask.reply(people.name(latest.personId))}
                disabled={busy}
                onClick={() => run('reply', () => client.requestFloor('Reply', latest.requestId), t.ask.asked)}
              />
            )}
            {answerable && (
              <DefaultButton
                text={t.ask.answer(people.name(answerable.personId))}
                disabled={busy}
                onClick={() => run('answer', () => client.requestFloor('Answer', answerable.requestId), t.ask.asked)}
              />
            )}
            {ask('PointOfOrder', null) === null && (
              <DefaultButton
                text={t.ask.pointOfOrder}
                disabled={busy}
                onClick={() => run('order', () => client.requestFloor('PointOfOrder'), t.ask.asked)}
              />
            )}
            {mine.map((r) => (
              <DefaultButton
                key={r.requestId}
                text={t.ask.withdraw(t.requestKind[r.kind])}
                disabled={busy}
                onClick={() => run(`withdraw-${r.requestId}`, () => client.withdrawRequest(r.requestId), t.ask.withdrawn)}
              />
            ))}
          </div>
          {speechRefusal && speechRefusal.code === 'listClosed' && <p className={css.meta}>{t.list.closed}</p>}
        </>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </section>
  );
}

import * as React from 'react';
import type { DebateRules, Speech, SpeakerList } from '../../../domain/live/types';
import type { LiveStrings } from '../../strings/live';
import { clock, secondsSince } from '../format';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { limitOf } from './limits';

/** Whom a reply or an answer is to: the speaker of the speech or reply it refers to. */
export function targetName(speech: { kind: string; refersTo: number | null }, list: SpeakerList, people: People): string | null {
  if (speech.refersTo === null) return null;
  const all = [...list.done, ...(list.current ? [list.current] : []), ...list.queue];
  const target = all.find((r) => r.requestId === speech.refersTo);
  return target ? people.name(target.personId) : null;
}

/** Who has the floor, for how long, against the body's limit. */
export function Floor({
  list,
  people,
  rules,
  now,
  t,
}: {
  list: SpeakerList;
  people: People;
  rules: DebateRules;
  /** The server's time as this client estimates it, ms. */
  now: number;
  t: LiveStrings;
}): JSX.Element {
  const css = useLiveClasses();
  const current: Speech | null = list.current;
  return (
    <section className={css.card} aria-labelledby="live-floor-heading">
      <h2 id="live-floor-heading" className={css.heading}>
        {t.floor.heading}
      </h2>
      {!current ? (
        <p className={css.text}>{t.floor.nobody}</p>
      ) : (
        <FloorSpeech speech={current} list={list} people={people} rules={rules} now={now} t={t} />
      )}
    </section>
  );
}

function FloorSpeech({
  speech,
  list,
  people,
  rules,
  now,
  t,
}: {
  speech: Speech;
  list: SpeakerList;
  people: People;
  rules: DebateRules;
  now: number;
  t: LiveStrings;
}) {
  const css = useLiveClasses();
  const elapsed = secondsSince(speech.startedAt, now);
  const limit = limitOf(speech.kind, rules);
  const over = limit > 0 && elapsed > limit;
  const to = targetName(speech, list, people);
  return (
    <>
      <p className={css.speaker}>{people.label(speech.personId)}</p>
      <p className={css.meta}>
        {t.requestKind[speech.kind]}
        {to ? ` ${t.floor.replyTo(to)}` : ''}
      </p>
      {/* the timer is not a live region: a screen reader hears it when it reads it, not every second */}
      <p className={`${css.timer} ${over ? css.over : ''}`}>
        {limit > 0 ? t.floor.elapsedOf(clock(elapsed), clock(limit)) : t.floor.elapsed(clock(elapsed))}
        {over ? ` · ${t.floor.overTime}` : ''}
      </p>
    </>
  );
}

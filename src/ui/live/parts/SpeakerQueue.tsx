import * as React from 'react';
import type { ListedRequest, SpeakerList } from '../../../domain/live/types';
import type { LiveStrings } from '../../strings/live';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { targetName } from './Floor';

/** The waiting list in the order the floor will be given; the person's own requests marked. */
export function SpeakerQueue({
  list,
  people,
  me,
  t,
  actions,
}: {
  list: SpeakerList;
  people: People;
  me: number;
  t: LiveStrings;
  /** The console's buttons per row. */
  actions?: (r: ListedRequest, index: number) => React.ReactNode;
}): JSX.Element {
  const css = useLiveClasses();
  return (
    <section className={css.card} aria-labelledby="live-list-heading">
      <h2 id="live-list-heading" className={css.heading}>
        {t.list.heading}
      </h2>
      {!list.open && <p className={css.status}>{t.list.closed}</p>}
      {list.queue.length === 0 ? (
        <p className={css.text}>{t.list.empty}</p>
      ) : (
        <ol className={css.list}>
          {list.queue.map((r, i) => {
            const to = targetName(r, list, people);
            const mine = r.personId === me;
            return (
              <li key={r.requestId} className={`${css.row} ${mine ? css.mine : ''}`}>
                <span aria-hidden="true">{i + 1}.</span>
                <span className={css.grow}>
                  {people.label(r.personId)}
                  {mine ? ` – ${t.list.you}` : ''}
                  {r.onBehalf ? ` · ${t.list.onBehalf}` : ''}
                </span>
                <span className={css.kind}>
                  {t.requestKind[r.kind]}
                  {to ? ` ${t.floor.replyTo(to)}` : ''}
                </span>
                {actions?.(r, i)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

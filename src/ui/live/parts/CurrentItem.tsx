import * as React from 'react';
import type { AgendaItem } from '../../../data/services';
import type { LiveStrings } from '../../strings/live';
import { useLiveClasses } from '../styles';

/** The item being dealt with: number, title, case number and the proposed decision. */
export function CurrentItem({
  item,
  total,
  t,
  compact,
}: {
  item: AgendaItem | null;
  total: number;
  t: LiveStrings;
  compact?: boolean;
}): JSX.Element {
  const css = useLiveClasses();
  return (
    <section className={css.card} aria-labelledby="live-item-heading">
      <h2 id="live-item-heading" className={css.heading}>
        {t.item.heading}
      </h2>
      {!item ? (
        <p className={css.text}>{t.item.none}</p>
      ) : (
        <>
          <p className={css.meta}>{t.item.numberOf(item.number, total)}</p>
          <p className={css.title}>{item.title}</p>
          {item.caseNumber && <p className={css.meta}>{t.item.caseNumber(item.caseNumber)}</p>}
          {item.proposedDecision &&
            (compact ? (
              <details>
                <summary className={css.meta}>{t.item.proposedDecision}</summary>
                <p className={css.text}>{item.proposedDecision}</p>
              </details>
            ) : (
              <>
                <h3 className={css.meta}>{t.item.proposedDecision}</h3>
                <p className={css.text}>{item.proposedDecision}</p>
              </>
            ))}
        </>
      )}
    </section>
  );
}

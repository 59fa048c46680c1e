import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Trust } from '../../../domain/bodies/trust';
import type { ItemSeats } from '../../../domain/meetings/seats';
import type { MeetingDetails } from '../../../data/services';
import { type Language, stringsFor } from '../../strings';
import { classes } from '../../common/styles';
import { meetingCss as css } from '../styles';
import { conflictClaims } from './rollCallState';
import { meetingStrings } from '../../strings/meeting';

export interface ItemConflictsProps {
  details: MeetingDetails;
  seats: ItemSeats;
  language: Language;
  trust: Trust;
  nameOf(personId: number | null): string;
  busy: boolean;
  rule(personId: number, upheld: boolean): void;
  idPrefix: string;
}

/** Jäv on the item: who is out and who serves instead; a declared jäv can be ruled on by the body. */
export function ItemConflicts({ details, seats, language, trust, nameOf, busy, rule, idPrefix }: ItemConflictsProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).rollCall;
  const claims = conflictClaims(details.conflicts, seats.itemId, trust);
  return (
    <section aria-labelledby={`${idPrefix}-conflicts`}>
      <h4 id={`${idPrefix}-conflicts`} className={classes.subheading}>
        {t.conflictHeading}
      </h4>
      {claims.length === 0 && seats.disqualified.length === 0 && <p className={classes.paragraph}>{t.noConflicts}</p>}
      <ul>
        {seats.disqualified.map((d) => (
          <li key={`out-${d.personId}`}>
            {t.disqualified(nameOf(d.personId))} {d.servedById === null ? t.nobodyServes : t.servedBy(nameOf(d.servedById))}
          </li>
        ))}
        {claims.map((c) => (
          <li key={`claim-${c.personId}`}>
            {c.kind === 'Declared'
              ? t.declaredConflict(nameOf(c.personId), c.reason ?? '')
              : `${nameOf(c.personId)}: ${c.kind === 'Upheld' ? t.upheld : t.rejected}`}
            {c.kind === 'Declared' && (
              <div className={css.row}>
                <DefaultButton
                  text={t.uphold}
                  ariaLabel={t.ruleLabel(t.uphold, nameOf(c.personId))}
                  disabled={busy}
                  onClick={() => rule(c.personId, true)}
                />
                <DefaultButton
                  text={t.reject}
                  ariaLabel={t.ruleLabel(t.reject, nameOf(c.personId))}
                  disabled={busy}
                  onClick={() => rule(c.personId, false)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

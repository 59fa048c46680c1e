import * as React from 'react';
import type { Proposal, ProposalSet } from '../../../domain/live/types';
import type { LiveStrings } from '../../strings/live';
import { intlOf } from '../../strings/intl';
import type { Language } from '../../strings/registry';
import type { People } from '../people';
import { useLiveClasses } from '../styles';

/** The proposals on the item, in the order made, with who made and who supports each. */
export function ProposalList({
  set,
  people,
  t,
  language,
  time,
  actions,
}: {
  set: ProposalSet;
  people: People;
  t: LiveStrings;
  language: Language;
  time(iso: string): string;
  actions?: (p: Proposal) => React.ReactNode;
}): JSX.Element {
  const css = useLiveClasses();
  const shown = set.proposals.filter((p) => !p.withdrawn);
  const withdrawn = set.proposals.filter((p) => p.withdrawn);
  return (
    <section className={css.card} aria-labelledby="live-proposals-heading">
      <h2 id="live-proposals-heading" className={css.heading}>
        {t.proposals.heading}
      </h2>
      {set.locked && <p className={css.status}>{t.proposals.locked(time(set.locked.at))}</p>}
      {shown.length === 0 && <p className={css.text}>{t.proposals.empty}</p>}
      <ol className={css.list}>
        {[...shown, ...withdrawn].map((p) => (
          <li key={p.id} className={css.row}>
            <div className={css.grow}>
              <strong>{t.proposalKind[p.kind]}</strong>
              {p.withdrawn ? ` · ${t.proposals.withdrawn}` : ''}
              {p.text && <p className={css.text}>{p.text}</p>}
              <p className={css.meta}>
                {t.proposals.by(people.label(p.personId))}
                {p.onBehalf ? ` · ${t.list.onBehalf}` : ''}
              </p>
              {p.supporters.length > 0 && (
                <p className={css.meta}>{t.proposals.supporters(intlOf(language).list(p.supporters.map((id) => people.name(id))))}</p>
              )}
              {p.changedWithConsent.length > 0 && <p className={css.meta}>{t.proposals.changedWithConsent}</p>}
            </div>
            {!p.withdrawn && actions?.(p)}
          </li>
        ))}
      </ol>
    </section>
  );
}

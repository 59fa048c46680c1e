import * as React from 'react';
import { occursOn } from '../../domain/calendar/calendar';
import { EntryButton } from './EntryButton';
import { formatDate } from './dates';
import { entryTime } from './entryText';
import { calendarClasses as c } from './styles';
import type { ViewProps } from './viewProps';

/** Agenda: the days that have entries (or a holiday), each with its entries in order. */
export function AgendaView(p: ViewProps): JSX.Element {
  const days = p.days
    .map((d) => ({ d, entries: p.entries.filter((e) => occursOn(e, d)), holiday: p.holidays.get(d) }))
    .filter((x) => x.entries.length || x.holiday);
  if (!p.entries.length) return <p>{p.g.empty}</p>;
  return (
    <div role="group" aria-labelledby={p.labelledBy}>
      {days.map(({ d, entries, holiday }) => (
        <section key={d} aria-label={formatDate(d, p.language.intlLocale, { weekday: 'long', day: 'numeric', month: 'long' })}>
          <h3 className={c.agendaDay}>
            {formatDate(d, p.language.intlLocale, { weekday: 'long', day: 'numeric', month: 'long' })}
            {holiday && ` – ${p.g.holiday[holiday.key]}`}
          </h3>
          <ul className={c.agendaList}>
            {entries.map((e) => (
              <li key={e.key}>
                <span className={c.agendaTime} aria-hidden="true">
                  {entryTime(e, d, p.language, p.g)}
                </span>
                <EntryButton
                  entry={e}
                  day={d}
                  language={p.language}
                  g={p.g}
                  onOpen={p.onOpenEntry}
                  showTime={false}
                  className={c.agendaInline}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { isoWeekNumber, occursOn } from '../../domain/calendar/calendar';
import { EntryButton } from './EntryButton';
import { formatDate } from './dates';
import { classes } from '../common/styles';
import { calendarClasses as c } from './styles';
import { useRovingDay } from './useRovingDay';
import type { ViewProps } from './viewProps';

/** Entries shown per day in the month grid; the rest are counted ("+2 till") and shown in the day view. */
const PER_CELL = 3;

/** Month view: whole Swedish weeks, Monday first, with week numbers and holidays. */
export function MonthView(p: ViewProps): JSX.Element {
  const { onKeyDown, register } = useRovingDay(p.focused, p.onFocusDay, p.onOpenDay);
  const weeks: string[][] = [];
  for (let i = 0; i < p.days.length; i += 7) weeks.push(p.days.slice(i, i + 7));
  const locale = p.language.intlLocale;
  return (
    <table role="grid" className={c.grid} aria-labelledby={p.labelledBy} aria-describedby={`${p.labelledBy}-help`}>
      <thead>
        <tr>
          <th scope="col" className={c.weekNumber}>
            <abbr title={p.g.views.week}>{p.g.views.week.charAt(0)}</abbr>
          </th>
          {weeks[0].map((d) => (
            <th key={d} scope="col" className={c.weekHead}>
              <abbr title={formatDate(d, locale, { weekday: 'long' })}>{formatDate(d, locale, { weekday: 'short' })}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            <th scope="row" className={c.weekNumber}>
              {isoWeekNumber(week[0])}
            </th>
            {week.map((d) => {
              const entries = p.entries.filter((e) => occursOn(e, d));
              const holiday = p.holidays.get(d);
              const holidayName = holiday ? p.g.holiday[holiday.key] : '';
              const full = formatDate(d, locale, { weekday: 'long', day: 'numeric', month: 'long' });
              const isFocused = d === p.focused;
              return (
                <td
                  key={d}
                  role="gridcell"
                  ref={register(d)}
                  tabIndex={isFocused ? 0 : -1}
                  aria-selected={isFocused}
                  aria-current={d === p.today ? 'date' : undefined}
                  className={css(c.cell, d.slice(0, 7) !== p.month.slice(0, 7) && c.otherMonth, d === p.today && c.today)}
                  onKeyDown={onKeyDown(d)}
                  onClick={() => p.onFocusDay(d)}
                  onDoubleClick={() => p.onOpenDay(d)}
                >
                  {/* the visible day number starts the cell's name (WCAG 2.5.3); the full date and count follow for screen readers */}
                  <span className={css(c.dayNumber, holiday?.publicHoliday && c.holidayNumber)}>{Number(d.slice(8))}</span>
                  <span className={classes.visuallyHidden}>{`, ${p.g.eventsOn(full, entries.length)}`}</span>
                  {holiday && <span className={c.holiday}>{holidayName}</span>}
                  {entries.slice(0, PER_CELL).map((e) => (
                    <EntryButton
                      key={e.key}
                      entry={e}
                      day={d}
                      language={p.language}
                      g={p.g}
                      onOpen={p.onOpenEntry}
                      tabIndex={isFocused ? 0 : -1}
                    />
                  ))}
                  {entries.length > PER_CELL && <p className={c.more}>{p.g.more(entries.length - PER_CELL)}</p>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { layoutDay, occursOn } from '../../domain/calendar/calendar';
import { EntryButton } from './EntryButton';
import { formatDate } from './dates';
import { classes } from '../common/styles';
import { calendarClasses as c } from './styles';
import { useRovingDay } from './useRovingDay';
import type { ViewProps } from './viewProps';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Day and week views: a column per day with all-day entries on top and timed entries placed by
 * the wall clock, level with the hour labels, on the days the clocks change too.
 */
export function DaysView(p: ViewProps): JSX.Element {
  const { onKeyDown, register } = useRovingDay(p.focused, p.onFocusDay, p.onOpenDay);
  const locale = p.language.intlLocale;
  const columns = { gridTemplateColumns: `3rem repeat(${p.days.length}, minmax(0, 1fr))` };
  return (
    <div role="group" aria-labelledby={p.labelledBy} aria-describedby={`${p.labelledBy}-help`}>
      <div className={c.columns} style={columns}>
        <span />
        {p.days.map((d) => {
          const holiday = p.holidays.get(d);
          const count = p.entries.filter((e) => occursOn(e, d)).length;
          const full = formatDate(d, locale, { weekday: 'long', day: 'numeric', month: 'long' });
          return (
            <button
              key={d}
              type="button"
              ref={register(d)}
              tabIndex={d === p.focused ? 0 : -1}
              aria-current={d === p.today ? 'date' : undefined}
              className={css(c.dayHeader, d === p.today && c.today, holiday?.publicHoliday && c.holidayNumber)}
              onKeyDown={onKeyDown(d)}
              onClick={() => p.onOpenDay(d)}
            >
              {/* the visible date starts the button's name (WCAG 2.5.3); the full date and count follow for screen readers */}
              {formatDate(d, locale, { weekday: 'short', day: 'numeric', month: 'numeric' })}
              <span className={classes.visuallyHidden}>{`, ${p.g.eventsOn(full, count)}`}</span>
              {holiday && <span className={c.holiday}>{p.g.holiday[holiday.key]}</span>}
            </button>
          );
        })}
        {/* the gutter cell of the all-day row; it must stay in the grid's flow */}
        <span />
        {p.days.map((d) => (
          <div key={d} className={c.allDayRow}>
            {p.entries
              .filter((e) => e.allDay && occursOn(e, d))
              .map((e) => (
                <EntryButton key={e.key} entry={e} day={d} language={p.language} g={p.g} onOpen={p.onOpenEntry} />
              ))}
          </div>
        ))}
        <div className={c.hours} aria-hidden="true">
          {HOURS.map((h) => (
            <span key={h} className={c.hourLabel} style={{ top: `calc(${h} * 100% / 24)` }}>
              {String(h).padStart(2, '0')}
            </span>
          ))}
        </div>
        {p.days.map((d) => (
          <div key={d} className={c.dayColumn}>
            {layoutDay(p.entries, d).map((slot) => (
              <EntryButton
                key={slot.entry.key}
                entry={slot.entry}
                day={d}
                language={p.language}
                g={p.g}
                onOpen={p.onOpenEntry}
                className={c.timed}
                style={{
                  top: `${slot.top * 100}%`,
                  height: `${Math.max(slot.height * 100, 2.5)}%`,
                  left: `calc(${(slot.lane * 100) / slot.lanes}% + 2px)`,
                  width: `calc(${100 / slot.lanes}% - 4px)`,
                }}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

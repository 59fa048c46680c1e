import type { CalendarViewKind } from '../strings/calendar';
import { isoWeekNumber, monthGrid, weekStart } from '../../domain/calendar/calendar';
import { addDays } from '../../domain/time/swedishTime';

/** How many days the agenda lists from its first day. */
export const AGENDA_DAYS = 28;

/** The Swedish dates a view shows around `date` and the range to load, `to` exclusive. */
export function viewDays(view: CalendarViewKind, date: string): string[] {
  if (view === 'day') return [date];
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(weekStart(date), i));
  if (view === 'month') return monthGrid(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(date, i));
}

export function viewRange(view: CalendarViewKind, date: string): { from: string; to: string } {
  const days = viewDays(view, date);
  return { from: days[0], to: addDays(days[days.length - 1], 1) };
}

/** The date one step back or forward in a view. */
export function stepDate(view: CalendarViewKind, date: string, dir: 1 | -1): string {
  if (view === 'day') return addDays(date, dir);
  if (view === 'week') return addDays(date, 7 * dir);
  if (view === 'agenda') return addDays(date, AGENDA_DAYS * dir);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) + dir;
  const year = m < 1 ? y - 1 : m > 12 ? y + 1 : y;
  const month = ((m + 11) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** Where a key moves the focused day in a grid of days (null: not a navigation key). */
export function dayForKey(key: string, date: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return weekStart(date);
    case 'End':
      return addDays(weekStart(date), 6);
    default:
      return null;
  }
}

const cache = new Map<string, Intl.DateTimeFormat>();
/** Formats a calendar date (no zone involved: noon UTC of the date). */
export function formatDate(date: string, intlLocale: string, options: Intl.DateTimeFormatOptions): string {
  const key = intlLocale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f.format(new Date(`${date}T12:00:00Z`));
}

/** The heading of a view: "november 2026", "Vecka 48 · 23–29 november 2026", a full date. */
export function viewTitle(view: CalendarViewKind, date: string, intlLocale: string, week: (n: number) => string): string {
  if (view === 'month') return formatDate(date, intlLocale, { month: 'long', year: 'numeric' });
  if (view === 'day') return formatDate(date, intlLocale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const days = viewDays(view, date);
  const first = formatDate(days[0], intlLocale, { day: 'numeric', month: 'long' });
  const last = formatDate(days[days.length - 1], intlLocale, { day: 'numeric', month: 'long', year: 'numeric' });
  return view === 'week' ? `${week(isoWeekNumber(days[0]))} · ${first} – ${last}` : `${first} – ${last}`;
}

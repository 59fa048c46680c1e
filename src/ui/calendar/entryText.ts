import { dayOf, type CalendarEntry } from '../../domain/calendar/calendar';
import { formatTime, type Language } from '../strings';
import type { GraphStrings } from '../strings/graphStrings';

/** An entry's time as the views show it on `day`: "09:00–16:00", "Heldag", "18:00 (sluttid saknas)". */
export function entryTime(e: CalendarEntry, day: string | null, language: Language, g: GraphStrings): string {
  if (e.allDay) return g.calendar.allDay;
  const ctx = { strings: language.strings, intlLocale: language.intlLocale };
  const start = formatTime(e.start, ctx);
  if (!e.end) return `${start} (${g.calendar.noEnd})`;
  const end = formatTime(e.end, ctx);
  if (day === null) return `${start}–${end}`;
  const startsBefore = dayOf(e.start) < day;
  // an entry ending at midnight ends on the day before
  const endsAfter = dayOf(new Date(Date.parse(e.end) - 1).toISOString()) > day;
  if (!startsBefore && !endsAfter) return `${start}–${end}`;
  return `${startsBefore ? g.calendar.continuesBefore : start} – ${endsAfter ? g.calendar.continuesAfter : end}`;
}

/** Which calendar an entry comes from, for screen readers and the details panel. */
export function entrySource(e: CalendarEntry, g: GraphStrings): string {
  if (e.source === 'meeting') return g.calendar.source.meeting(e.calendarName ?? '');
  if (e.source === 'group') return g.calendar.source.group(e.calendarName ?? '');
  return g.calendar.source.own;
}

/** The accessible name of an entry button: time, title, source, cancelled. */
export function entryLabel(e: CalendarEntry, day: string | null, language: Language, g: GraphStrings): string {
  return [entryTime(e, day, language, g), e.title, entrySource(e, g), e.cancelled ? g.calendar.cancelled : ''].filter(Boolean).join(', ');
}

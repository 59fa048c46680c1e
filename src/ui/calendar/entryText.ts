import { dayOf, type CalendarEntry } from '../../domain/calendar/calendar';
import { formatTime, type Language } from '../strings';
import type { CalendarStrings } from '../strings/calendar';

/** An entry's time as the views show it on `day`: "09:00–16:00", "Heldag", "18:00 (sluttid saknas)". */
export function entryTime(e: CalendarEntry, day: string | null, language: Language, g: CalendarStrings): string {
  if (e.allDay) return g.allDay;
  const ctx = language;
  const start = formatTime(e.start, ctx);
  if (!e.end) return `${start} (${g.noEnd})`;
  const end = formatTime(e.end, ctx);
  if (day === null) return `${start}–${end}`;
  const startsBefore = dayOf(e.start) < day;
  // an entry ending at midnight ends on the day before
  const endsAfter = dayOf(new Date(Date.parse(e.end) - 1).toISOString()) > day;
  if (!startsBefore && !endsAfter) return `${start}–${end}`;
  return `${startsBefore ? g.continuesBefore : start} – ${endsAfter ? g.continuesAfter : end}`;
}

/** Which calendar an entry comes from, for screen readers and the details panel. */
export function entrySource(e: CalendarEntry, g: CalendarStrings): string {
  if (e.source === 'meeting') return g.source.meeting(e.calendarName ?? '');
  if (e.source === 'group') return g.source.group(e.calendarName ?? '');
  return g.source.own;
}

/** The accessible name of an entry button: time, title, source, cancelled. */
export function entryLabel(e: CalendarEntry, day: string | null, language: Language, g: CalendarStrings): string {
  return [entryTime(e, day, language, g), e.title, entrySource(e, g), e.cancelled ? g.cancelled : ''].filter(Boolean).join(', ');
}

import type { CalendarEntry } from '../../domain/calendar/calendar';
import { stockholmToUtc } from '../../domain/time/swedishTime';

/** The event fields the calendar shows; nothing else is asked for (`$select`). */
export const EVENT_SELECT = 'subject,start,end,isAllDay,location,webLink,onlineMeeting,iCalUId,isCancelled';

export interface GraphEvent {
  id: string;
  subject?: string | null;
  start?: { dateTime: string; timeZone?: string } | null;
  end?: { dateTime: string; timeZone?: string } | null;
  isAllDay?: boolean;
  location?: { displayName?: string | null } | null;
  webLink?: string | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  iCalUId?: string | null;
  isCancelled?: boolean;
}

const STOCKHOLM_NAMES = new Set(['europe/stockholm', 'w. europe standard time']);

/**
 * A dateTimeTimeZone as a UTC instant. With `Prefer: outlook.timezone` Graph answers in
 * Stockholm wall-clock time; without it (or if a proxy drops the header) in UTC.
 */
export function instantOf(v: { dateTime: string; timeZone?: string }): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(v.dateTime ?? '');
  if (!m) return null;
  const zone = (v.timeZone ?? 'UTC').toLowerCase();
  if (STOCKHOLM_NAMES.has(zone)) return stockholmToUtc(m[1], m[2]).toISOString();
  if (zone === 'utc' || zone === 'etc/utc') return new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}Z`).toISOString();
  return null;
}

/** A Graph event as a calendar entry; null when it has no usable start. */
export function toEntry(e: GraphEvent, source: 'own' | 'group', calendarName: string | null): CalendarEntry | null {
  if (!e.start) return null;
  let start: string | null;
  let end: string | null;
  if (e.isAllDay) {
    // All-day events are dates, end exclusive, whatever the zone (Graph sends midnight to midnight).
    start = e.start.dateTime.slice(0, 10);
    end = e.end?.dateTime ? e.end.dateTime.slice(0, 10) : null;
  } else {
    start = instantOf(e.start);
    end = e.end ? instantOf(e.end) : null;
  }
  if (!start) return null;
  // An end before the start is broken data: show a point in time rather than guess.
  if (end !== null && end < start) end = null;
  return {
    key: `${source}:${e.id}`,
    source,
    title: e.subject ?? '',
    allDay: Boolean(e.isAllDay),
    start,
    end,
    location: e.location?.displayName ?? '',
    calendarName,
    iCalUId: e.iCalUId ?? null,
    eventId: e.id,
    webLink: e.webLink ?? null,
    joinUrl: e.onlineMeeting?.joinUrl ?? null,
    meetingId: null,
    cancelled: Boolean(e.isCancelled),
  };
}

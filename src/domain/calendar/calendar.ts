import { addDays, isoWeekday, stockholmOffsetMinutes, stockholmToUtc, swedishDate } from '../time/swedishTime';

/**
 * One calendar out of three sources (the person's own Exchange calendar, the Microsoft 365 group
 * calendars of their bodies and party groups, and the Meetings list), laid out on Swedish days:
 * Monday first, Europe/Stockholm wall clock, days of 23 or 25 hours when the clocks change.
 */

export type CalendarSource = 'own' | 'group' | 'meeting';

export interface CalendarEntry {
  /** Unique within the merged calendar: `<source>:<id>`. */
  key: string;
  source: CalendarSource;
  title: string;
  /** Timed entries: UTC instants. All-day entries: Stockholm dates, end exclusive (as Graph gives them). */
  allDay: boolean;
  start: string;
  /** null when the source gave no end: shown as a point in time, never guessed. */
  end: string | null;
  location: string;
  /** Group calendar: the group's name. */
  calendarName: string | null;
  /** Exchange's id shared by every copy of one event (organizer's, attendees', the group's). */
  iCalUId: string | null;
  /** The event id in its calendar (a meeting's `EventId` points at its group event). */
  eventId: string | null;
  webLink: string | null;
  joinUrl: string | null;
  /** Set for council meetings: the portal's meeting id (agenda link). */
  meetingId: number | null;
  cancelled: boolean;
}

/**
 * Merges the sources and shows each happening once: a council meeting replaces its own group
 * event (taking its Teams link and Outlook link), and copies of one Exchange event in several
 * calendars (the group's and an attendee's own) collapse by `iCalUId`, the own copy first.
 */
export function mergeCalendar(
  own: readonly CalendarEntry[],
  groups: readonly CalendarEntry[],
  meetings: readonly CalendarEntry[],
): CalendarEntry[] {
  const events = [...own, ...groups];
  const byEventId = new Map(events.filter((e) => e.eventId).map((e) => [e.eventId!, e]));
  const swallowed = new Set<string>();
  const merged: CalendarEntry[] = meetings.map((m) => {
    const twin = m.eventId ? byEventId.get(m.eventId) : undefined;
    if (!twin) return m;
    // every copy of the twin event goes with it
    for (const e of events) if (e === twin || (twin.iCalUId && e.iCalUId === twin.iCalUId)) swallowed.add(e.key);
    return { ...m, joinUrl: m.joinUrl ?? twin.joinUrl, webLink: twin.webLink ?? m.webLink, iCalUId: twin.iCalUId };
  });
  const seenUid = new Set<string>();
  for (const e of events) {
    if (swallowed.has(e.key)) continue;
    if (e.iCalUId) {
      if (seenUid.has(e.iCalUId)) continue;
      seenUid.add(e.iCalUId);
    }
    merged.push(e);
  }
  return merged.sort(compareEntries);
}

export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  // all-day starts are dates and timed starts instants; each is only compared with its own kind
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.title.localeCompare(b.title, 'sv');
}

/** The Monday of the Swedish week a date is in. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number (Swedish week numbering). */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const days = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7) + 1;
}

/** The days of a month view: whole weeks, Monday first, covering the month. */
export function monthGrid(year: number, month: number): string[] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
  const days: string[] = [];
  for (let d = weekStart(first); d <= last || isoWeekday(d) !== 1; d = addDays(d, 1)) days.push(d);
  return days;
}

/** A Swedish day as UTC instants: [midnight, next midnight) — 23 or 25 hours on the days the clocks change. */
export function dayBounds(date: string): { start: number; end: number } {
  return { start: stockholmToUtc(date, '00:00').getTime(), end: stockholmToUtc(addDays(date, 1), '00:00').getTime() };
}

/** Whether an entry shows on a Swedish day (multi-day entries on each of their days). */
export function occursOn(e: CalendarEntry, date: string): boolean {
  if (e.allDay) return e.start <= date && date < (e.end && e.end > e.start ? e.end : addDays(e.start, 1));
  const { start, end } = dayBounds(date);
  const s = Date.parse(e.start);
  const f = e.end ? Date.parse(e.end) : s;
  // an entry ending at midnight does not spill into the next day; a point in time belongs to its day
  return f === s ? s >= start && s < end : s < end && f > start;
}

export interface DaySlot {
  entry: CalendarEntry;
  /** Fractions of the day, 0–1, for laying the entry out in a day or week column. */
  top: number;
  height: number;
  /** Began before this day / goes on after it. */
  continuesBefore: boolean;
  continuesAfter: boolean;
  /** Entries that overlap share the width: this one's lane of `lanes` side by side. */
  lane: number;
  lanes: number;
}

/** Timed entries of one day, placed on the wall clock, overlapping ones side by side. */
export function layoutDay(entries: readonly CalendarEntry[], date: string): DaySlot[] {
  const { start, end } = dayBounds(date);
  // placed in whole milliseconds, so lanes compare exactly; fractions only at the end
  const placed = entries
    .filter((e) => !e.allDay && occursOn(e, date))
    .sort(compareEntries)
    .map((entry) => {
      const s = Date.parse(entry.start);
      const f = entry.end ? Date.parse(entry.end) : s;
      return {
        entry,
        from: Math.max(s, start),
        to: Math.min(f, end),
        continuesBefore: s < start,
        continuesAfter: f > end,
        lane: 0,
        lanes: 1,
      };
    });
  // clusters of entries that overlap in time; within one, each takes the first lane free at its start
  let cluster: typeof placed = [];
  let clusterEnd = -Infinity;
  const laneEnds: number[] = [];
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const p of placed) {
    if (cluster.length && p.from >= clusterEnd) close();
    let lane = laneEnds.findIndex((e) => e <= p.from);
    if (lane === -1) lane = laneEnds.push(p.to) - 1;
    else laneEnds[lane] = p.to;
    p.lane = lane;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, p.to);
  }
  close();
  // Placed by the wall clock, as the hour labels beside the column read: 09:00 sits at 9/24 on the
  // days the clocks change too (the repeated autumn hour overlaps, the skipped spring hour is empty).
  const wallMidnight = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const wall = (instant: number): number =>
    instant >= end ? DAY_MINUTES : (instant + stockholmOffsetMinutes(new Date(instant)) * 60_000 - wallMidnight) / 60_000;
  return placed.map(({ entry, from, to, continuesBefore, continuesAfter, lane, lanes }) => ({
    entry,
    top: wall(from) / DAY_MINUTES,
    height: Math.max(0, wall(to) - wall(from)) / DAY_MINUTES,
    continuesBefore,
    continuesAfter,
    lane,
    lanes,
  }));
}

const DAY_MINUTES = 24 * 60;

/** The Swedish day an instant falls on. */
export const dayOf = (instant: string): string => swedishDate(new Date(instant));

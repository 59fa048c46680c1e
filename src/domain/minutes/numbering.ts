/**
 * Section (§) numbers (DOMAIN §6): numbered per body per calendar year, continuing across the
 * body's meetings; the first meeting of a year starts at § 1. The year is the Swedish date of the
 * meeting's start, so a meeting just after midnight on New Year's Day belongs to the new year.
 */
import type { Meeting } from '../meetings/types';
import { serverDate } from './deadlines';
import type { MinutesItem } from './types';

/** A meeting of the body with how many sections its minutes hold. */
export interface NumberedMeeting {
  meetingId: number;
  bodyId: number;
  start: string;
  sectionCount: number;
}

export interface SectionNumber {
  itemId: number;
  /** Position on the agenda. */
  itemNumber: number;
  /** null: withdrawn from the agenda, so no section. */
  section: number | null;
}

export interface Sections {
  year: number;
  /** The number the meeting's first section gets (even if it has none). */
  first: number;
  /** Every item in agenda order. */
  items: SectionNumber[];
}

/** How many sections a meeting's items take: every item not withdrawn. */
export function sectionCount(items: readonly MinutesItem[]): number {
  return items.filter((i) => !i.withdrawn).length;
}

const yearOf = (instant: string): number => Number(serverDate(instant).slice(0, 4));

/**
 * Numbers a meeting's items. `others` may hold any of the body's meetings: only those of the same
 * body and Swedish year that start before this one count (by start, then id for meetings set at
 * the same time), so renumbering an earlier meeting's minutes later does not count later meetings.
 */
export function sectionNumbers(
  meeting: Pick<Meeting, 'id' | 'bodyId' | 'start'>,
  items: readonly MinutesItem[],
  others: readonly NumberedMeeting[],
): Sections {
  const year = yearOf(meeting.start);
  const at = Date.parse(meeting.start);
  const before = others.filter((m) => {
    if (m.meetingId === meeting.id || m.bodyId !== meeting.bodyId || yearOf(m.start) !== year) return false;
    const t = Date.parse(m.start);
    return t < at || (t === at && m.meetingId < meeting.id);
  });
  const first = before.reduce((n, m) => n + m.sectionCount, 0) + 1;
  let next = first;
  const numbered = [...items]
    .sort((a, b) => a.number - b.number)
    .map((i) => ({ itemId: i.id, itemNumber: i.number, section: i.withdrawn ? null : next++ }));
  return { year, first, items: numbered };
}

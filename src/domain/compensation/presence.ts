import type { Trust } from '../bodies/trust';
import { countsForRollCall, type ItemSeats } from '../meetings/seats';
import type { AttendanceEvent, Meeting } from '../meetings/types';
import { swedishDate } from '../time/swedishTime';
import { valueOn } from './settings';
import type { DayKind, Setting, SettingProblem } from './types';

/**
 * Hours actually present at a meeting, for a claim's prefill (DOMAIN §7 "claims prefill from recorded
 * attendance"; partial attendance, avvikande tjänstgöring). Who was present on which item comes from
 * the seat table (seats.ts: roll call, arrivals, departures, substitutes serving for some items,
 * broken remote links), so a claim and the minutes never disagree on that.
 *
 * How long each item lasted — the assumption, since agenda items carry no times of their own:
 * - where the caller has an item's start (and end) time, e.g. from the minutes, it is used;
 * - otherwise the first item starts when the meeting does, and a later item starts at the server time
 *   of the first counted movement recorded from it (anyone's arrival, departure or link change). The
 *   roll-call page records movements as they happen, between items (seats.ts), so that time is when
 *   the item began. An item with no movement of its own runs on inside the one before it: nobody's
 *   presence changed there, the person's included, so the sum is the same;
 * - the last item ends at the meeting's end time; without item ends, breaks count as present.
 * Estimates are kept within the meeting's times and never run backwards.
 *
 * Present on an item: holding a seat, a substitute present but not serving (they attend), or out of
 * the seat for jäv only (out of the decision, not out of the meeting).
 */

export type PresenceCapacity = 'Member' | 'ServingSubstitute' | 'NonServingSubstitute' | 'Disqualified';

export interface ItemTimes {
  itemId: number;
  /** UTC ISO. */
  start: string;
  end: string | null;
}

export interface PresenceInput {
  personId: number;
  /** The meeting's seat table in agenda order, from the roll call (`seatTable` in mode 'rollCall'). */
  table: readonly ItemSeats[];
  meeting: Pick<Meeting, 'start' | 'end'>;
  /** The meeting's attendance events, everyone's: their server times date the items. */
  attendance: readonly AttendanceEvent[];
  /** The body's staff, as for the seat table: only movements that count there date an item. */
  trust: Trust;
  itemTimes?: readonly ItemTimes[];
}

export interface Presence {
  minutes: number;
  /** The items the person was present on, in agenda order, and in what capacity. */
  items: { itemId: number; itemNumber: number; capacity: PresenceCapacity }[];
  /** Present time as UTC ISO intervals, adjoining ones merged. */
  intervals: { start: string; end: string }[];
}

export type PresenceProblem = { code: 'meetingEndUnknown' };

export type PresenceResult = { ok: true; presence: Presence } | { ok: false; problem: PresenceProblem };

/** How the person took part in one item, or null when not present. */
export function capacityOn(seats: ItemSeats, personId: number): PresenceCapacity | null {
  const held = seats.seats.find((s) => s.holderId === personId);
  if (held) return held.capacity === 'Member' ? 'Member' : 'ServingSubstitute';
  // seats.ts lists every present member or serving substitute out for jäv here, seat or not
  if (seats.disqualified.some((d) => d.personId === personId)) return 'Disqualified';
  return seats.nonServingPresent.includes(personId) ? 'NonServingSubstitute' : null;
}

export function presence(input: PresenceInput): PresenceResult {
  const { table, meeting } = input;
  const meetingStart = Date.parse(meeting.start);
  const meetingEnd = meeting.end === null ? null : Date.parse(meeting.end);
  const within = (t: number) => Math.min(Math.max(t, meetingStart), meetingEnd ?? Number.POSITIVE_INFINITY);
  const given = new Map((input.itemTimes ?? []).map((t) => [t.itemId, t]));
  const firstMovement = new Map<number, number>();
  for (const e of input.attendance) {
    if (e.fromItemId === null || !countsForRollCall(e, input.trust)) continue;
    const t = Date.parse(e.at);
    firstMovement.set(e.fromItemId, Math.min(t, firstMovement.get(e.fromItemId) ?? t));
  }

  // the items whose start is known or estimated, each opening a span that runs to the next one
  const starts: { index: number; at: number }[] = [];
  table.forEach((item, index) => {
    const own = given.get(item.itemId);
    const moved = firstMovement.get(item.itemId);
    const at = own ? Date.parse(own.start) : index === 0 ? meetingStart : moved === undefined ? null : within(moved);
    if (at === null || Number.isNaN(at)) return;
    starts.push({ index, at: Math.max(at, starts.length ? starts[starts.length - 1].at : at) });
  });

  const items: Presence['items'] = [];
  const intervals: { start: number; end: number }[] = [];
  let ms = 0;
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s].index;
    const to = s + 1 < starts.length ? starts[s + 1].index : table.length;
    for (let i = from; i < to; i++) {
      const capacity = capacityOn(table[i], input.personId);
      if (capacity) items.push({ itemId: table[i].itemId, itemNumber: table[i].itemNumber, capacity });
    }
    if (!capacityOn(table[from], input.personId)) continue;
    const ownEnd = given.get(table[to - 1].itemId)?.end;
    const end = ownEnd ? Date.parse(ownEnd) : s + 1 < starts.length ? starts[s + 1].at : meetingEnd;
    if (end === null) return { ok: false, problem: { code: 'meetingEndUnknown' } };
    if (Number.isNaN(end) || end <= starts[s].at) continue;
    ms += end - starts[s].at;
    const last = intervals[intervals.length - 1];
    if (last && last.end === starts[s].at) last.end = end;
    else intervals.push({ start: starts[s].at, end });
  }
  return {
    ok: true,
    presence: {
      minutes: Math.floor(ms / 60000),
      items,
      intervals: intervals.map((x) => ({ start: new Date(x.start).toISOString(), end: new Date(x.end).toISOString() })),
    },
  };
}

/** Full or half day by the body's threshold: under it is a half day (DOMAIN §7: under 4 hours is half). */
export function dayKindFor(minutes: number, thresholdMinutes: number): DayKind {
  return minutes >= thresholdMinutes ? 'Full' : 'Half';
}

export type PrefillProblem = SettingProblem | PresenceProblem | { code: 'notPresent' };

export interface Prefill {
  /** The meeting's Swedish date: the claim's date. */
  date: string;
  start: string;
  end: string;
  minutes: number;
  dayKind: DayKind;
  items: Presence['items'];
}

/** A meeting claim's date, times and day kind from the recorded attendance. */
export function prefillFromAttendance(
  input: PresenceInput & { bodyId: number; settings: readonly Setting[] },
): { ok: true; prefill: Prefill } | { ok: false; problem: PrefillProblem } {
  const result = presence(input);
  if (!result.ok) return result;
  const p = result.presence;
  if (!p.intervals.length) return { ok: false, problem: { code: 'notPresent' } };
  const date = swedishDate(new Date(input.meeting.start));
  const threshold = valueOn(input.settings, 'compensation.halfDayThresholdHours', date, input.bodyId);
  if (!threshold.ok) return threshold;
  return {
    ok: true,
    prefill: {
      date,
      start: p.intervals[0].start,
      end: p.intervals[p.intervals.length - 1].end,
      minutes: p.minutes,
      dayKind: dayKindFor(p.minutes, threshold.value),
      items: p.items,
    },
  };
}

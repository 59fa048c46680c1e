import { swedishDate } from '../time/swedishTime';
import type { Meeting } from '../meetings/types';
import type { Assignment } from './types';

/** Whether an assignment is in force on a Swedish calendar date (both ends inclusive). */
export function isValidOn(a: Pick<Assignment, 'validFrom' | 'validTo'>, date: string): boolean {
  return a.validFrom.slice(0, 10) <= date && (a.validTo === null || a.validTo.slice(0, 10) >= date);
}

/** Whether the person holds an assignment in the meeting's body on the meeting's (Swedish) date. */
function heldOnTheDay(m: Meeting, assignments: readonly Assignment[]): boolean {
  const day = swedishDate(new Date(m.start));
  return assignments.some((a) => a.bodyId === m.bodyId && isValidOn(a, day));
}

const byStart = (a: Meeting, b: Meeting): number => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id);

/**
 * The person's upcoming meetings: those not cancelled, not yet ended, in a body where the person
 * holds an assignment valid on the meeting's date — a substitute's upcoming meeting counts too,
 * since substitutes must be able to step in — and the meetings of the bodies the person serves as
 * staff (`servesBody`: a clerk holds no assignment, yet runs the meeting). Soonest first.
 */
export function upcomingMeetingsFor<M extends Meeting>(
  meetings: readonly M[],
  assignments: readonly Assignment[],
  now: Date,
  servesBody: (bodyId: number) => boolean = () => false,
): M[] {
  const nowIso = now.toISOString();
  return meetings
    .filter((m) => m.status !== 'Cancelled' && (m.end ?? m.start) >= nowIso && (heldOnTheDay(m, assignments) || servesBody(m.bodyId)))
    .sort(byStart);
}

/**
 * The person's past meetings: ended, in a body where they held an assignment on that day — an
 * assignment that has since ended still counts (minutes and claims refer to it). Cancelled ones
 * are left out. Newest first.
 */
export function pastMeetingsFor<M extends Meeting>(meetings: readonly M[], assignments: readonly Assignment[], now: Date): M[] {
  const nowIso = now.toISOString();
  return meetings
    .filter((m) => m.status !== 'Cancelled' && (m.end ?? m.start) < nowIso && heldOnTheDay(m, assignments))
    .sort((a, b) => byStart(b, a));
}

/** The person's assignments in one body on a date: a person can be chair and member at once. */
export function assignmentsInBody(assignments: readonly Assignment[], bodyId: number, date: string): Assignment[] {
  return assignments.filter((a) => a.bodyId === bodyId && isValidOn(a, date));
}

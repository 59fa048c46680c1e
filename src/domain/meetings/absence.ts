import { trustedAuthor, type Trust } from '../bodies/trust';
import type { AttendanceEvent } from './types';

/**
 * Absence notices (förhinder, DOMAIN §2) derived from the append-only attendance events.
 * A notice counts when the person wrote it themselves (or a clerk did for them) before the
 * meeting started, by the server's clock; a withdrawal is a later event, never an edit.
 */

/** Per person: the item numbers their notice covers, or 'all' for the whole meeting. */
export type ActiveAbsences = Map<number, 'all' | Set<number>>;

const byServerTime = (a: AttendanceEvent, b: AttendanceEvent): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id);

export function activeAbsences(events: readonly AttendanceEvent[], meetingStart: string, trust: Trust): ActiveAbsences {
  const out: ActiveAbsences = new Map();
  for (const e of [...events].sort(byServerTime)) {
    if (e.kind !== 'Absence' && e.kind !== 'AbsenceWithdrawn') continue;
    if (!trustedAuthor(e, trust) || e.at >= meetingStart) continue;
    const current = out.get(e.personId);
    if (e.kind === 'Absence') {
      if (e.itemNumbers === null || current === 'all') out.set(e.personId, 'all');
      else out.set(e.personId, new Set([...(current ?? []), ...e.itemNumbers]));
      continue;
    }
    if (e.itemNumbers === null || current === undefined) {
      out.delete(e.personId);
    } else if (current === 'all') {
      // withdrawing some items of a whole-meeting notice is not expressible as items; the UI
      // offers only "withdraw all" for such a notice, so treat it as withdrawing the notice
      out.delete(e.personId);
    } else {
      const left = new Set([...current].filter((n) => !e.itemNumbers!.includes(n)));
      if (left.size) out.set(e.personId, left);
      else out.delete(e.personId);
    }
  }
  return out;
}

export type NoticeProblem =
  | { code: 'meetingStarted' }
  | { code: 'unknownItems'; numbers: number[] }
  | { code: 'overlap'; numbers: number[] | null }
  | { code: 'nothingToWithdraw' };

/**
 * Checks a new absence notice before it is written. The server's clock decides in the end
 * (a notice created after the start is ignored by `activeAbsences`); this gives the person the
 * reason up front.
 */
export function checkAbsenceNotice(input: {
  now: Date;
  meetingStart: string;
  agendaNumbers: readonly number[];
  itemNumbers: number[] | null;
  current: 'all' | Set<number> | undefined;
}): NoticeProblem | null {
  if (input.now.toISOString() >= input.meetingStart) return { code: 'meetingStarted' };
  if (input.itemNumbers) {
    const unknown = input.itemNumbers.filter((n) => !input.agendaNumbers.includes(n));
    if (unknown.length) return { code: 'unknownItems', numbers: unknown };
  }
  if (input.current === 'all') return { code: 'overlap', numbers: null };
  if (input.current && input.itemNumbers === null) return { code: 'overlap', numbers: [...input.current].sort((a, b) => a - b) };
  if (input.current && input.itemNumbers) {
    const both = input.itemNumbers.filter((n) => input.current instanceof Set && input.current.has(n));
    if (both.length) return { code: 'overlap', numbers: both };
  }
  return null;
}

/** Checks a withdrawal: only an active notice, only before the meeting starts. */
export function checkWithdrawal(input: {
  now: Date;
  meetingStart: string;
  current: 'all' | Set<number> | undefined;
}): NoticeProblem | null {
  if (input.now.toISOString() >= input.meetingStart) return { code: 'meetingStarted' };
  if (!input.current) return { code: 'nothingToWithdraw' };
  return null;
}

export type Answer = { kind: 'willAttend' } | { kind: 'absent'; items: 'all' | number[] } | { kind: 'noAnswer' };

/** What each person has told the clerk before the meeting (the attendance picture). */
export function answerOf(
  events: readonly AttendanceEvent[],
  personId: number,
  meetingStart: string,
  trust: Trust,
  absences: ActiveAbsences,
): Answer {
  const a = absences.get(personId);
  if (a) return { kind: 'absent', items: a === 'all' ? 'all' : [...a].sort((x, y) => x - y) };
  const confirmed = events.some(
    (e) => e.personId === personId && e.kind === 'WillAttend' && e.at < meetingStart && trustedAuthor(e, trust),
  );
  return confirmed ? { kind: 'willAttend' } : { kind: 'noAnswer' };
}

/**
 * The items a person is out for when their notice covers `absent` (DOMAIN §2): someone absent from
 * an item after serving at an earlier one has left, and where the body does not allow returning the
 * same day `[L]` they stay out for the rest of the meeting (a substitute serves on). Absence only at
 * the start is a late arrival, which is always allowed. `agendaNumbers` in agenda order.
 */
export function itemsOut(
  agendaNumbers: readonly number[],
  absent: ReadonlySet<number> | 'all',
  returnSameDayAllowed: boolean,
): Set<number> {
  if (absent === 'all') return new Set(agendaNumbers);
  const out = new Set<number>();
  let served = false;
  let left = false;
  for (const n of agendaNumbers) {
    if (absent.has(n)) {
      out.add(n);
      if (served) left = true;
    } else if (left && !returnSameDayAllowed) out.add(n);
    else served = true;
  }
  return out;
}

/** What a notice for chosen items means for the person, shown before they send it. */
export interface NoticeConsequence {
  /** Items the person serves in. */
  serves: number[];
  /** Items a substitute serves in instead. */
  out: number[];
  /** Items the person is out for only because the body does not allow returning the same day. */
  noReturn: number[];
  /** The item at which the person leaves after serving (null: they only arrive late, or are out throughout). */
  leavesAt: number | null;
}

export function noticeConsequence(
  agendaNumbers: readonly number[],
  chosen: readonly number[],
  returnSameDayAllowed: boolean,
): NoticeConsequence {
  const out = itemsOut(agendaNumbers, new Set(chosen), returnSameDayAllowed);
  const firstServed = agendaNumbers.findIndex((n) => !out.has(n));
  const leavesAt = firstServed < 0 ? null : (agendaNumbers.slice(firstServed).find((n) => out.has(n)) ?? null);
  return {
    leavesAt,
    serves: agendaNumbers.filter((n) => !out.has(n)),
    out: agendaNumbers.filter((n) => out.has(n)),
    noReturn: agendaNumbers.filter((n) => out.has(n) && !chosen.includes(n)),
  };
}

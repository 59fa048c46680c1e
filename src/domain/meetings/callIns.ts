import type { Trust } from '../bodies/trust';
import { activeAbsences } from './absence';
import { seatTable } from './seats';
import type { BodyRules, SeatAssignment } from '../bodies/types';
import type { AgendaItemRef, AttendanceEvent } from './types';

export interface CallIn {
  forMemberId: number;
  forMemberName: string;
  /** 'all': every item, except those in `except`; otherwise the item numbers served. */
  items: 'all' | number[];
  except: number[];
}

/**
 * Which substitutes are called in before a meeting, from the absence notices (DOMAIN §2: "the
 * system calls in a substitute and tells the clerk"). With the agenda at hand it is exact; without
 * it (the overview reads no agenda) the items nobody's notice names behave alike, so one stand-in
 * item represents them all, placed first.
 */
export function plannedCallIns(input: {
  rules: BodyRules;
  assignments: readonly SeatAssignment[];
  attendance: readonly AttendanceEvent[];
  meetingStart: string;
  trust: Trust;
  /** The agenda's item numbers in order, when known. */
  itemNumbers?: readonly number[];
}): Map<number, CallIn> {
  const REST = 0;
  let numbers: number[];
  if (input.itemNumbers && input.itemNumbers.length) {
    numbers = [...input.itemNumbers];
  } else {
    const named = new Set<number>();
    for (const a of activeAbsences(input.attendance, input.meetingStart, input.trust).values())
      if (a !== 'all') a.forEach((n) => named.add(n));
    numbers = [REST, ...[...named].sort((a, b) => a - b)];
  }
  // item ids are only used to join conflicts, which play no part before the meeting
  const items: AgendaItemRef[] = numbers.map((n, i) => ({ id: -(i + 1), number: n }));
  const table = seatTable({ ...input, items, conflicts: [], remoteAllowed: true, mode: 'planned' });

  const served = new Map<number, { memberId: number; memberName: string; numbers: number[] }>();
  for (const item of table) {
    for (const seat of item.seats) {
      if (seat.capacity !== 'ServingSubstitute' || seat.holderId === null) continue;
      const s = served.get(seat.holderId) ?? { memberId: seat.memberId!, memberName: seat.memberName, numbers: [] };
      s.numbers.push(item.itemNumber);
      served.set(seat.holderId, s);
    }
  }
  const out = new Map<number, CallIn>();
  const exact = Boolean(input.itemNumbers && input.itemNumbers.length);
  for (const [personId, s] of served) {
    const all = exact ? s.numbers.length === numbers.length : s.numbers.includes(REST);
    const except = all ? numbers.filter((n) => n !== REST && !s.numbers.includes(n)) : [];
    out.set(personId, {
      forMemberId: s.memberId,
      forMemberName: s.memberName,
      items: all ? 'all' : s.numbers.filter((n) => n !== REST).sort((a, b) => a - b),
      except,
    });
  }
  return out;
}

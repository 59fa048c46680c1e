import type { AttendanceEvent, AttendanceKind, ConflictEvent, ConflictKind } from '../../../src/domain/meetings/types';
import type { BodyRules, SeatAssignment } from '../../../src/domain/bodies/types';

/** Small bodies and events for the seat-table cases a clerk brings. Ids: members 1xx, substitutes 2xx, clerk 900. */
export const CLERK = 900;
export const trust = { isStaff: (id: number) => id === CLERK };
export const START = '2026-12-09T08:00:00.000Z';
export const BEFORE = '2026-12-01T10:00:00.000Z';

export function rules(over: Partial<BodyRules> = {}): BodyRules {
  return {
    bodyId: 1,
    kind: 'Committee',
    seats: 5,
    substituteRule: 'PersonalThenPartyThenCrossParty',
    crossPartyOrder: {},
    returnSameDayAllowed: false,
    ...over,
  };
}

export function member(personId: number, party: string, seatNumber: number | null = null): SeatAssignment {
  return {
    personId,
    name: `Ledamot ${personId}`,
    role: 'Member',
    party,
    seatNumber,
    substituteOrder: null,
    personalSubstituteFor: null,
    position: null,
  };
}

export function substitute(personId: number, party: string, order: number, personalFor: number | null = null): SeatAssignment {
  return {
    personId,
    name: `Ersättare ${personId}`,
    role: 'Substitute',
    party,
    seatNumber: null,
    substituteOrder: order,
    personalSubstituteFor: personalFor,
    position: null,
  };
}

let nextId = 1;
let tick = 0;
/** Events get increasing server times in the order they are built. */
function at(base = BEFORE): string {
  tick += 1;
  return new Date(Date.parse(base) + tick * 1000).toISOString();
}

export function notice(
  personId: number,
  kind: AttendanceKind,
  itemNumbers: number[] | null = null,
  o: { authorId?: number; at?: string } = {},
): AttendanceEvent {
  return { id: nextId++, personId, kind, itemNumbers, fromItemId: null, reason: null, at: o.at ?? at(), authorId: o.authorId ?? personId };
}

/** A roll-call event the clerk records, in force from item `fromItemId` (null: from the start). */
export function roll(
  personId: number,
  kind: AttendanceKind,
  fromItemId: number | null = null,
  o: { authorId?: number } = {},
): AttendanceEvent {
  return { id: nextId++, personId, kind, itemNumbers: null, fromItemId, reason: null, at: at(START), authorId: o.authorId ?? CLERK };
}

export function jav(personId: number, itemId: number, kind: ConflictKind = 'Declared', o: { authorId?: number } = {}): ConflictEvent {
  return {
    id: nextId++,
    personId,
    itemId,
    kind,
    reason: null,
    at: at(START),
    authorId: o.authorId ?? (kind === 'Declared' || kind === 'Withdrawn' ? personId : CLERK),
  };
}

/** Items 1..n with ids 11, 12, … so ids and numbers are never confused. */
export function agenda(n: number): { id: number; number: number }[] {
  return Array.from({ length: n }, (_, i) => ({ id: 11 + i, number: i + 1 }));
}

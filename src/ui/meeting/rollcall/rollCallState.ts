import type { Trust } from '../../../domain/bodies/trust';
import type { AttendanceEvent, ConflictEvent } from '../../../domain/meetings/types';
import type { SeatAssignment } from '../../../domain/bodies/types';
import type { MeetingDetails } from '../../../data/services';

const ROLL_CALL = new Set(['Present', 'PresentRemote', 'Absent', 'Arrival', 'Departure']);
const serverOrder = <T extends { at: string; id: number }>(a: T, b: T): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id);

/** Per person, the latest roll-call event recorded by staff (what the roll-call list shows as recorded). */
export function latestRollCall(events: readonly AttendanceEvent[], trust: Trust): Map<number, AttendanceEvent> {
  const out = new Map<number, AttendanceEvent>();
  for (const e of [...events].sort(serverOrder)) if (ROLL_CALL.has(e.kind) && trust.isStaff(e.authorId)) out.set(e.personId, e);
  return out;
}

/** On one item: each person's latest trusted jäv event (declared, withdrawn, or the body's ruling). */
export function conflictClaims(events: readonly ConflictEvent[], itemId: number, trust: Trust): ConflictEvent[] {
  const last = new Map<number, ConflictEvent>();
  for (const e of [...events].sort(serverOrder)) {
    if (e.itemId !== itemId) continue;
    const own = e.authorId === e.personId;
    const allowed = e.kind === 'Declared' || e.kind === 'Withdrawn' ? own || trust.isStaff(e.authorId) : trust.isStaff(e.authorId);
    if (allowed) last.set(e.personId, e);
  }
  return [...last.values()].filter((e) => e.kind !== 'Withdrawn');
}

/** Roll-call order: members by seat, then substitutes by party and their order; each person once. */
export function rollCallOrder(assignments: readonly SeatAssignment[]): { members: SeatAssignment[]; substitutes: SeatAssignment[] } {
  const seen = new Set<number>();
  const once = (a: SeatAssignment) => !seen.has(a.personId) && !!seen.add(a.personId);
  const members = assignments
    .filter((a) => a.role === 'Member')
    .sort((a, b) => (a.seatNumber ?? 9999) - (b.seatNumber ?? 9999) || a.name.localeCompare(b.name, 'sv'))
    .filter(once);
  const substitutes = assignments
    .filter((a) => a.role === 'Substitute')
    .sort(
      (a, b) =>
        a.party.localeCompare(b.party, 'sv') ||
        (a.substituteOrder ?? 999) - (b.substituteOrder ?? 999) ||
        a.name.localeCompare(b.name, 'sv'),
    )
    .filter(once);
  return { members, substitutes };
}

/**
 * The meeting as it would be once an arrival not yet saved is stored: the event last in server order
 * (after every stored one), by the person recording it. The seat table of this answers before the
 * save what the stored table will say after it.
 */
export function withPlannedArrival(
  details: MeetingDetails,
  personId: number,
  fromItemId: number,
  authorId: number,
  now: Date,
): MeetingDetails {
  const latest = Math.max(now.getTime(), ...details.attendance.map((e) => Date.parse(e.at)));
  const planned: AttendanceEvent = {
    id: Number.MAX_SAFE_INTEGER,
    personId,
    kind: 'Arrival',
    itemNumbers: null,
    fromItemId,
    reason: null,
    at: new Date(latest + 1000).toISOString(),
    authorId,
  };
  return { ...details, attendance: [...details.attendance, planned] };
}

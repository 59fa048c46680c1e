import type { SeatAssignment } from '../bodies/types';

/**
 * Who runs a meeting (DESIGN §4 "staff are staff of a body"): the meeting's chair, the body's
 * chair and vice chairs by their assignments on the meeting's date, and the clerks set on the
 * body. Only they get the console, write the live state, and act for members; a chair or clerk
 * of another body is, here, a reader like anyone else.
 */
export interface MeetingStaff {
  chairId: number | null;
  viceChairIds: number[];
  clerkIds: number[];
}

export function meetingStaff(
  meetingChairId: number | null,
  assignments: readonly SeatAssignment[],
  clerkIds: readonly number[],
): MeetingStaff {
  const bodyChair = assignments.find((a) => a.position === 'Chair')?.personId ?? null;
  const chairId = meetingChairId ?? bodyChair;
  const vice = assignments
    .filter(
      (a) => a.position === 'FirstViceChair' || a.position === 'SecondViceChair' || (a.position === 'Chair' && a.personId !== chairId),
    )
    .map((a) => a.personId);
  return { chairId, viceChairIds: [...new Set(vice)].filter((id) => id !== chairId), clerkIds: [...new Set(clerkIds)] };
}

export function staffIds(s: MeetingStaff): number[] {
  return [...new Set([...(s.chairId === null ? [] : [s.chairId]), ...s.viceChairIds, ...s.clerkIds])].sort((a, b) => a - b);
}

/** Which view a person gets: from the lists, never from Teams' roles (DESIGN §12). */
export type LiveRole = 'console' | 'member' | 'readOnly';

export function liveRole(s: MeetingStaff, personId: number, assignments: readonly SeatAssignment[]): LiveRole {
  if (staffIds(s).includes(personId)) return 'console';
  return assignments.some((a) => a.personId === personId) ? 'member' : 'readOnly';
}

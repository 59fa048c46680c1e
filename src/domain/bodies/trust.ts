import type { SeatAssignment } from './types';

/**
 * Whose events count for others (DESIGN §4 "staff are staff of a body"): a body's clerks and
 * presidium and the site owners may write on behalf of a member; anyone else only for themself.
 * One rule for every append-only list.
 */
export interface Trust {
  /** Whether the author may write on behalf of others in this body. */
  isStaff(authorId: number): boolean;
}

/** What decides who serves one body, as read for one of its meetings. */
export interface BodyStaff {
  /** The site's owners: they administer the site, so they serve every body. */
  ownerIds: readonly number[];
  /** The clerks set on the body (`Bodies.Clerks`); membership of the Sekreterare group alone is not enough. */
  clerkIds: readonly number[];
  /** The body's assignments in force on the meeting's date: its chair and vice chairs serve it. */
  assignments: readonly Pick<SeatAssignment, 'personId' | 'position'>[];
}

/** The site user ids whose events count for others in the body, sorted. */
export function bodyStaffIds(s: BodyStaff): number[] {
  const presidium = s.assignments.filter((a) => a.position !== null).map((a) => a.personId);
  return [...new Set([...s.ownerIds, ...s.clerkIds, ...presidium])].sort((a, b) => a - b);
}

/** Trust from the site user ids of one body's staff (`bodyStaffIds`). */
export function trustFromStaff(staffIds: readonly number[]): Trust {
  const staff = new Set(staffIds);
  return { isStaff: (authorId) => staff.has(authorId) };
}

/** Whether an event's author had the right to write it: the person themself, or the body's staff. */
export function trustedAuthor(e: { authorId: number; personId: number }, trust: Trust): boolean {
  return e.authorId === e.personId || trust.isStaff(e.authorId);
}

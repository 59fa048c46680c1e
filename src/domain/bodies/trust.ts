/**
 * Whose events count for others (DESIGN §4): clerks, the presidium and the site owners may write
 * on behalf of a member; anyone else only for themself. One rule for every append-only list.
 */
export interface Trust {
  /** Whether the author may write on behalf of others (clerks, the presidium). */
  isStaff(authorId: number): boolean;
}

/** Trust from the site user ids of the staff (clerks, presidium, owners) the repository read. */
export function trustFromStaff(staffIds: readonly number[]): Trust {
  const staff = new Set(staffIds);
  return { isStaff: (authorId) => staff.has(authorId) };
}

/** Whether an event's author had the right to write it: the person themself, or staff. */
export function trustedAuthor(e: { authorId: number; personId: number }, trust: Trust): boolean {
  return e.authorId === e.personId || trust.isStaff(e.authorId);
}

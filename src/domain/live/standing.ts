import type { DebateRules, ItemStanding, LiveRefusal } from './types';

/**
 * Who may take part in an item's debate and proposals (DOMAIN §2–4), asked of the seat table's
 * standing. Shared by the speaker list and the proposals so both explain a refusal the same way.
 */

/** Server order: `Created`, then the list item id for events stamped in the same millisecond (DESIGN §4). */
export const byServerOrder = (a: { at: string; id: number }, b: { at: string; id: number }): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id;

/** May the person speak on the item: serving, or a non-serving substitute where the body lets them (DOMAIN §2 `[L]`). */
export function speakRefusal(personId: number, standing: ItemStanding, rules: DebateRules): LiveRefusal | null {
  if (standing.serving(personId)) return null;
  // the disqualified take no part in the debate (KL 5:47, 6:28), substitute or not
  if (standing.disqualified(personId)) return { code: 'disqualified' };
  if (standing.nonServingSubstitute(personId)) return rules.substitutesMaySpeak ? null : { code: 'substituteMayNotSpeak' };
  return { code: 'notServing' };
}

/** May the person make or support a proposal: only those serving on the item; non-serving substitutes never (DOMAIN §2). */
export function proposeRefusal(personId: number, standing: ItemStanding): LiveRefusal | null {
  if (standing.serving(personId)) return null;
  if (standing.disqualified(personId)) return { code: 'disqualified' };
  if (standing.nonServingSubstitute(personId)) return { code: 'substituteMayNotPropose' };
  return { code: 'notServing' };
}

/** An event for someone else counts only when staff wrote it (DESIGN §4). */
export function actsFor(e: { authorId: number; personId: number }, standing: ItemStanding): LiveRefusal | null {
  return e.authorId === e.personId || standing.isStaff(e.authorId) ? null : { code: 'notStaff' };
}

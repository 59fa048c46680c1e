/**
 * Minoritetsåterremiss (KL 5:50, DOMAIN §4): an item is referred back without a vote when at least
 * one third of the members present ask for it. Integer arithmetic, so 71 present need exactly 24:
 * asking·3 ≥ present. Nobody present means nobody can ask; `required` is then 1, so the figure shown
 * never claims that zero would have been enough.
 */

export interface MinorityReferral {
  passes: boolean;
  /** The fewest who must ask: ceil(present / 3), at least 1. */
  required: number;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** A count that is not a whole number (a miscount, a damaged row) never passes. */
export function minorityReferral(asking: number, present: number): MinorityReferral {
  const required = isCount(present) ? Math.max(1, Math.floor((present + 2) / 3)) : 1;
  if (!isCount(asking) || !isCount(present)) return { passes: false, required };
  // those asking are among those present: more askers than members present is a miscount, not a referral
  return { passes: present > 0 && asking <= present && asking * 3 >= present, required };
}

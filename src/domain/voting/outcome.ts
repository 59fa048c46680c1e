import type { Majority, Outcome, Side, Tally, VoteRecord } from './types';

/**
 * What a closed vote decided (DOMAIN §5). The winner has more than half of the votes cast; Avstår
 * is not a vote cast, so the winner is simply the side with more votes.
 *
 * A tie — including 0–0 when everyone abstained, which is a tie like any other — goes in an
 * election to a lot draw; in an ordinary matter the chair's vote decides (utslagsröst): the side
 * the chair voted for wins. If the chair abstained, did not vote or is not in the electorate, the
 * console stops and asks the chair to decide (DOMAIN leaves the legal point open).
 *
 * Where a law requires a qualified majority, Ja needs at least numerator/denominator of the base
 * and more votes than Nej: a tie never gives Ja a qualified majority, and neither the chair's vote
 * nor a lot can make one. Missing it, the Ja proposal falls. All arithmetic is on integers.
 */

export interface OutcomeInput {
  tally: Tally;
  majority: Majority | null;
  /** An election: a tie is settled by lot, not by the chair's vote. */
  election: boolean;
  chairId: number | null;
  /** All the body's seats (the base of a majority `of: 'seats'`). */
  seats: number;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

export function outcome(input: OutcomeInput): Outcome {
  const { tally: t, majority } = input;
  if (majority) {
    const { numerator: num, denominator: den } = majority;
    if (!isCount(num) || !Number.isSafeInteger(den) || den <= 0) throw new RangeError('outcome: invalid majority');
    const base = majority.of === 'cast' ? t.yes + t.no : majority.of === 'electorate' ? t.choices.length : input.seats;
    const share = Math.floor((num * base + den - 1) / den); // ceil(num/den of base), exactly
    if (t.yes > t.no && t.yes * den >= num * base) return { kind: 'decided', winner: 'Yes', by: 'Vote' };
    // what Ja would have needed with the Nej votes as they were: the share, and one more than Nej
    return { kind: 'qualifiedMissed', winner: 'No', required: Math.max(share, t.no + 1), got: t.yes };
  }
  if (t.yes > t.no) return { kind: 'decided', winner: 'Yes', by: 'Vote' };
  if (t.no > t.yes) return { kind: 'decided', winner: 'No', by: 'Vote' };
  if (input.election) return { kind: 'lotNeeded' };
  const chair = input.chairId === null ? undefined : t.choices.find((c) => c.personId === input.chairId);
  if (chair?.choice === 'Yes' || chair?.choice === 'No') return { kind: 'decided', winner: chair.choice, by: 'CastingVote' };
  return { kind: 'chairMustDecide' };
}

/** The chair's decision on a tie the chair did not vote on; any other outcome is returned as it is. */
export function settleTie(o: Outcome, chairSide: Side): Outcome {
  return o.kind === 'chairMustDecide' ? { kind: 'decided', winner: chairSide, by: 'ChairDecision' } : o;
}

/** The side the lot drew (lot.ts) in a tied election; any other outcome is returned as it is. */
export function settleByLot(o: Outcome, drawnSide: Side): Outcome {
  return o.kind === 'lotNeeded' ? { kind: 'decided', winner: drawnSide, by: 'Lot' } : o;
}

/** Whether a tie on this vote goes to a lot: elections, and counter-proposal steps where the body's rules say so (DOMAIN §5). */
export function tieGoesToLot(vote: Pick<VoteRecord, 'kind' | 'stepKind'>, eliminationTieByLot: boolean): boolean {
  return vote.kind === 'OpenElection' || (vote.stepKind === 'Elimination' && eliminationTieByLot);
}

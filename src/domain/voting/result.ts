import { resultHash } from './hash';
import type { RecordedChoice, StoredResult, Tally, TallyWindow } from './types';

/**
 * The stored result of a closed vote (`Votes.Result` with `Votes.ResultHash`, DESIGN §4) and the
 * check every member's client runs against it: it recomputes the tally from the ballots list and
 * shows "kontrollerat" when they agree, an alarm naming what differs when they do not.
 *
 * Rejected ballots are stored for the minutes but not compared: members can still add ballots
 * after the vote closed (they are rejected as late), so the rejected list legitimately grows.
 * What may never change is the counts, each voter's choice, the ballots counted and the hash.
 */

const LETTER: Record<RecordedChoice, StoredResult['choices'][number][1]> = { Yes: 'J', No: 'N', Abstain: 'A', Absent: '-' };

/** Rejected ballots kept on the row: a member filing thousands must not push the note column past its limit. */
export const REJECTED_STORED = 500;

export function toStoredResult(t: Tally, through: number | null = null): StoredResult {
  return {
    yes: t.yes,
    no: t.no,
    abstain: t.abstain,
    absent: t.absent,
    choices: t.choices.map((c) => [c.personId, LETTER[c.choice]]),
    counted: t.counted.map((b) => b.id).sort((a, b) => a - b),
    rejected: t.rejected
      .map((r): [number, (typeof r)['reason']] => [r.ballot.id, r.reason])
      .sort((a, b) => a[0] - b[0])
      .slice(0, REJECTED_STORED),
    rejectedTotal: t.rejected.length,
    through,
  };
}

export type ResultDifference = 'counts' | 'choices' | 'counted' | 'hash';

export type ResultCheck = { ok: true } | { ok: false; differences: ResultDifference[] };

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i]));

export function checkResult(
  stored: StoredResult,
  storedHash: string,
  recomputed: Tally,
  window: Pick<TallyWindow, 'voteId' | 'electorate'>,
): ResultCheck {
  const fresh = toStoredResult(recomputed);
  const differences: ResultDifference[] = [];
  if (stored.yes !== fresh.yes || stored.no !== fresh.no || stored.abstain !== fresh.abstain || stored.absent !== fresh.absent) {
    differences.push('counts');
  }
  if (!sameList(stored.choices, fresh.choices, (x, y) => x[0] === y[0] && x[1] === y[1])) differences.push('choices');
  if (!sameList(stored.counted, fresh.counted, (x, y) => x === y)) differences.push('counted');
  if (storedHash !== resultHash(window.voteId, window.electorate, recomputed.counted)) differences.push('hash');
  return differences.length === 0 ? { ok: true } : { ok: false, differences };
}

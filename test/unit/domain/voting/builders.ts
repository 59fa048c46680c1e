import { ballotKey } from '../../../../src/domain/voting/ballotKey';
import type { Ballot, Tally, TallyWindow, VoteChoice, Voter } from '../../../../src/domain/voting/types';

/**
 * A vote as the clerk tells it. Vote 7 on a body of five seats: S holds seats 1–3 (101–103), M seat 4
 * (104) and seat 5, where substitute 205 serves. 101 chairs. 300 is in the room but holds no seat.
 * The vote opens at OPENED and closes a minute later; `at(s)` is s seconds after opening.
 */
export const VOTE = 7;
export const CHAIR = 101;
export const OPENED = '2026-12-09T10:00:00.000Z';
export const at = (seconds: number): string => new Date(Date.parse(OPENED) + seconds * 1000).toISOString();
export const CLOSED = at(60);

export const voter = (personId: number, seatNumber: number, party = 'S', capacity: Voter['capacity'] = 'Member'): Voter => ({
  personId,
  seatNumber,
  capacity,
  party,
});

export const five: Voter[] = [voter(101, 1), voter(102, 2), voter(103, 3), voter(104, 4, 'M'), voter(205, 5, 'M', 'ServingSubstitute')];

export const window = (over: Partial<TallyWindow> = {}): TallyWindow => ({
  voteId: VOTE,
  electorate: five,
  openedAt: OPENED,
  closedAt: CLOSED,
  ...over,
});

/** The random part a voter's client drew: fixed per person, so tests read easily. */
export const rnd = (personId: number): string => `r${String(personId).padStart(7, '0')}`;

let nextId = 1;
export function ballot(
  authorId: number,
  choice: VoteChoice,
  seconds: number,
  o: { id?: number; voteId?: number; key?: string; created?: string } = {},
): Ballot {
  const voteId = o.voteId ?? VOTE;
  return {
    id: o.id ?? nextId++,
    voteId,
    authorId,
    key: o.key ?? ballotKey(voteId, authorId, rnd(authorId)),
    choice,
    created: o.created ?? at(seconds),
  };
}

/** A tally with these counts and choices (for the outcome rules, which read nothing else). */
export function tallyOf(choices: [number, Tally['choices'][number]['choice']][]): Tally {
  const count = (c: string) => choices.filter(([, x]) => x === c).length;
  return {
    voteId: VOTE,
    yes: count('Yes'),
    no: count('No'),
    abstain: count('Abstain'),
    absent: count('Absent'),
    choices: choices.map(([personId, choice]) => ({ personId, choice })),
    counted: [],
    rejected: [],
  };
}

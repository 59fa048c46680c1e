import { ballotKey } from '../../../../src/domain/voting/ballotKey';
import { tally } from '../../../../src/domain/voting/tally';
import type { Ballot, RejectionReason, VoteChoice, Voter } from '../../../../src/domain/voting/types';
import { ballot, five, OPENED, rnd, VOTE, voter, window } from './builders';

const ids = (bs: readonly Ballot[]) => bs.map((b) => b.id);
const reasons = (t: ReturnType<typeof tally>) => t.rejected.map((r) => [r.ballot.id, r.reason]);

describe('the tally counts one ballot per voter', () => {
  it('with each choice, and Deltar ej for those who did not vote, in seat order', () => {
    const bs = [ballot(104, 'No', 3, { id: 1 }), ballot(101, 'Yes', 1, { id: 2 }), ballot(205, 'Abstain', 2, { id: 3 })];
    const t = tally(window({ electorate: [five[4], five[3], five[2], five[1], five[0]] }), bs);
    expect(t).toMatchObject({ voteId: VOTE, yes: 1, no: 1, abstain: 1, absent: 2, rejected: [] });
    expect(t.choices).toEqual([
      { personId: 101, choice: 'Yes' },
      { personId: 102, choice: 'Absent' },
      { personId: 103, choice: 'Absent' },
      { personId: 104, choice: 'No' },
      { personId: 205, choice: 'Abstain' },
    ]);
    // in server order
    expect(ids(t.counted)).toEqual([2, 3, 1]);
  });

  it('with nobody voting: everyone Deltar ej', () => {
    expect(tally(window(), [])).toMatchObject({ yes: 0, no: 0, abstain: 0, absent: 5, counted: [], rejected: [] });
  });
});

type Case = [string, Ballot[], number[], [number, RejectionReason][], Partial<Record<VoteChoice | 'Absent', number>>?];

describe('rejections', () => {
  const cases: Case[] = [
    ['a ballot filed under another vote', [ballot(101, 'Yes', 1, { id: 1, voteId: 8 })], [], [[1, 'wrongVote']]],
    ['a ballot before the vote opened', [ballot(101, 'Yes', -1, { id: 1 })], [], [[1, 'early']]],
    ['a ballot in the second the vote opened (inclusive)', [ballot(101, 'Yes', 0, { id: 1 })], [1], []],
    ['a ballot in the second the vote closed (inclusive)', [ballot(101, 'Yes', 60, { id: 1 })], [1], []],
    ['a ballot after the vote closed', [ballot(101, 'Yes', 61, { id: 1 })], [], [[1, 'late']]],
    ['a ballot a millisecond after closing', [ballot(101, 'Yes', 60.001, { id: 1 })], [], [[1, 'late']]],
    ['a ballot by someone outside the electorate', [ballot(300, 'Yes', 1, { id: 1 })], [], [[1, 'notEligible']]],
    [
      'a ballot whose key names another vote',
      [ballot(101, 'Yes', 1, { id: 1, key: ballotKey(8, 101, rnd(101)) })],
      [],
      [[1, 'keyMismatch']],
    ],
    ['a ballot with a malformed key', [ballot(101, 'Yes', 1, { id: 1, key: `${VOTE}:101` })], [], [[1, 'keyMismatch']]],
    [
      "a voter's second ballot: the first counts, even if the second has the lower id",
      [ballot(101, 'No', 5, { id: 1 }), ballot(101, 'Yes', 2, { id: 2 })],
      [2],
      [[1, 'duplicate']],
      { Yes: 1, No: 0 },
    ],
    [
      'two ballots in the same second: the lower id is first',
      [ballot(101, 'No', 2, { id: 9 }), ballot(101, 'Yes', 2, { id: 4 })],
      [4],
      [[9, 'duplicate']],
    ],
    [
      'a ballot that is both late and a duplicate: late',
      [ballot(101, 'Yes', 1, { id: 1 }), ballot(101, 'No', 70, { id: 2 })],
      [1],
      [[2, 'late']],
    ],
    [
      'an early ballot does not use up the vote',
      [ballot(101, 'No', -5, { id: 1 }), ballot(101, 'Yes', 5, { id: 2 })],
      [2],
      [[1, 'early']],
      { Yes: 1, No: 0 },
    ],
    [
      "a key naming another voter (the lock-out attack) uses up neither the named voter's vote nor the author's",
      [
        ballot(102, 'No', 1, { id: 1, key: ballotKey(VOTE, 101, 'stolen01') }),
        ballot(300, 'No', 2, { id: 2, key: ballotKey(VOTE, 101, rnd(101)) }),
        ballot(101, 'Yes', 3, { id: 3 }),
        ballot(102, 'Yes', 4, { id: 4 }),
      ],
      [3, 4],
      [
        [1, 'keyMismatch'],
        [2, 'keyMismatch'],
      ],
      { Yes: 2, No: 0 },
    ],
    [
      'a rejected ballot is listed with the first reason only',
      [ballot(300, 'Yes', 99, { id: 1, voteId: 8, key: 'x' })],
      [],
      [[1, 'wrongVote']],
    ],
  ];

  // rest parameters: rows without counts must not make jest think the test takes `done`
  it.each(cases)('%s', (...[, bs, counted, rejected, counts]: Case) => {
    const t = tally(window(), bs);
    expect(ids(t.counted)).toEqual(counted);
    expect(reasons(t)).toEqual(rejected);
    if (counts?.Yes !== undefined) expect(t.yes).toBe(counts.Yes);
    if (counts?.No !== undefined) expect(t.no).toBe(counts.No);
    expect(t.counted.length + t.rejected.length).toBe(bs.length);
  });
});

describe('times', () => {
  it('compare as instants, whatever the precision or offset of the ISO text', () => {
    const bs = [
      ballot(101, 'Yes', 0, { id: 1, created: '2026-12-09T10:00:00Z' }),
      ballot(102, 'Yes', 0, { id: 2, created: '2026-12-09T11:00:30+01:00' }),
      ballot(103, 'Yes', 0, { id: 3, created: '2026-12-09T10:01:00Z' }),
      ballot(104, 'Yes', 0, { id: 4, created: '2026-12-09T09:59:59.999Z' }),
      ballot(205, 'Yes', 0, { id: 5, created: '2026-12-09T10:01:01Z' }),
    ];
    const t = tally(window({ openedAt: '2026-12-09T10:00:00Z', closedAt: '2026-12-09T10:01:00.000Z' }), bs);
    expect(ids(t.counted)).toEqual([1, 2, 3]);
    expect(reasons(t)).toEqual([
      [4, 'early'],
      [5, 'late'],
    ]);
  });

  it('order the ballots by instant, not by text: 10:00:09Z is before 10:00:10.000Z', () => {
    const bs = [
      ballot(101, 'No', 0, { id: 1, created: '2026-12-09T10:00:10.000Z' }),
      ballot(101, 'Yes', 0, { id: 2, created: '2026-12-09T10:00:09Z' }),
    ];
    expect(ids(tally(window(), bs).counted)).toEqual([2]);
  });

  it('count every later ballot while the vote is open', () => {
    const t = tally(window({ closedAt: null }), [ballot(101, 'Yes', 86_400, { id: 1 })]);
    expect(ids(t.counted)).toEqual([1]);
  });

  it('reject a ballot whose time cannot be read, as not shown inside the window', () => {
    const t = tally(window(), [ballot(101, 'Yes', 0, { id: 1, created: 'soon' }), ballot(101, 'No', 5, { id: 2 })]);
    expect(ids(t.counted)).toEqual([2]);
    expect(reasons(t)).toEqual([[1, 'late']]);
  });

  it.each([[{ openedAt: 'yesterday' }], [{ openedAt: OPENED, closedAt: 'later' }]])(
    'refuse to tally a window whose times cannot be read: %p',
    (over) => {
      expect(() => tally(window(over), [])).toThrow(RangeError);
    },
  );
});

/** A small deterministic generator, so the big case is the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('an assembly of 71 and 10 000 ballots', () => {
  it('counts exactly the first in-window ballot of each voter, whatever the order and the noise', () => {
    const electorate: Voter[] = Array.from({ length: 71 }, (_, i) => voter(1000 + i, i + 1, i < 31 ? 'S' : 'M'));
    const choiceOf = (i: number): VoteChoice => (['Yes', 'No', 'Abstain'] as const)[i % 3];
    const bs: Ballot[] = [];
    let id = 1;
    // 68 voters vote at 10 + i seconds; 3 (seats 69–71) do not
    const real = electorate.slice(0, 68).map((v, i) => ballot(v.personId, choiceOf(i), 10 + (i % 40), { id: id++ }));
    bs.push(...real);
    const expected: Record<RejectionReason, number> = { wrongVote: 0, early: 0, late: 0, notEligible: 0, duplicate: 0, keyMismatch: 0 };
    const rand = prng(42);
    while (bs.length < 10_000) {
      const v = electorate[Math.floor(rand() * 71)];
      const r = rand();
      const firstAt = 10 + ((v.seatNumber - 1) % 40);
      const voted = v.seatNumber <= 68;
      if (r < 0.2 && voted) {
        // a retry or a change of mind after the first ballot: duplicate
        bs.push(ballot(v.personId, 'No', firstAt + 1 + rand() * 9, { id: id++ }));
        expected.duplicate++;
      } else if (r < 0.4) {
        // before the first ballot: someone writing the voter's key
        bs.push(ballot(2000 + Math.floor(rand() * 50), 'No', rand() * 9, { id: id++, key: ballotKey(VOTE, v.personId, rnd(v.personId)) }));
        expected.keyMismatch++;
      } else if (r < 0.55) {
        bs.push(ballot(v.personId, 'No', -1 - rand() * 100, { id: id++ }));
        expected.early++;
      } else if (r < 0.7) {
        bs.push(ballot(v.personId, 'No', 61 + rand() * 100, { id: id++ }));
        expected.late++;
      } else if (r < 0.85) {
        bs.push(ballot(3000 + Math.floor(rand() * 500), 'Yes', rand() * 60, { id: id++ }));
        expected.notEligible++;
      } else {
        bs.push(ballot(v.personId, 'No', rand() * 60, { id: id++, voteId: VOTE + 1 }));
        expected.wrongVote++;
      }
    }
    // shuffle (Fisher–Yates): the list's order must not matter
    for (let i = bs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [bs[i], bs[j]] = [bs[j], bs[i]];
    }

    const t = tally(window({ electorate }), bs);
    expect(new Set(ids(t.counted))).toEqual(new Set(ids(real)));
    expect(t.choices.map((c) => c.choice)).toEqual([...real.map((b) => b.choice), 'Absent', 'Absent', 'Absent']);
    expect([t.yes, t.no, t.abstain, t.absent]).toEqual([23, 23, 22, 3]);
    const got: Record<string, number> = { wrongVote: 0, early: 0, late: 0, notEligible: 0, duplicate: 0, keyMismatch: 0 };
    for (const r of t.rejected) got[r.reason]++;
    expect(got).toEqual(expected);
    expect(t.rejected.length).toBe(10_000 - 68);
  });
});

describe('members outside the electorate', () => {
  it('are recorded as Deltar ej in seat order with those who did not vote (DOMAIN §5)', () => {
    const t = tally(
      window({ electorate: five.slice(0, 3), outside: [{ personId: 104, seatNumber: 4, party: 'M', reason: 'disqualified' }] }),
      [ballot(101, 'Yes', 1, { id: 1 })],
    );
    expect(t.choices).toEqual([
      { personId: 101, choice: 'Yes' },
      { personId: 102, choice: 'Absent' },
      { personId: 103, choice: 'Absent' },
      { personId: 104, choice: 'Absent' },
    ]);
    expect(t).toMatchObject({ yes: 1, absent: 3 });
  });
});

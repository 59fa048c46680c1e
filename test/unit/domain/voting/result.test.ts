import { resultHash } from '../../../../src/domain/voting/hash';
import { checkResult, toStoredResult } from '../../../../src/domain/voting/result';
import { tally } from '../../../../src/domain/voting/tally';
import type { StoredResult } from '../../../../src/domain/voting/types';
import { ballot, five, VOTE, window } from './builders';

const w = window();
const ballots = [
  ballot(205, 'Abstain', 3, { id: 14 }),
  ballot(101, 'Yes', 1, { id: 12 }),
  ballot(104, 'No', 2, { id: 11 }),
  ballot(101, 'No', 4, { id: 13 }),
  ballot(300, 'Yes', 2, { id: 10 }),
];
const t = tally(w, ballots);
const stored = toStoredResult(t);
const hash = resultHash(VOTE, five, t.counted);

describe('the stored result', () => {
  it('is compact: counts, J/N/A/- in seat order, counted ids ascending, rejections by ballot id', () => {
    expect(stored).toEqual({
      yes: 1,
      no: 1,
      abstain: 1,
      absent: 2,
      choices: [
        [101, 'J'],
        [102, '-'],
        [103, '-'],
        [104, 'N'],
        [205, 'A'],
      ],
      counted: [11, 12, 14],
      rejected: [
        [10, 'notEligible'],
        [13, 'duplicate'],
      ],
      rejectedTotal: 2,
      through: null,
    });
  });

  it('survives its JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });
});

describe("every member's check of a closed vote", () => {
  it('agrees with a result recomputed from the same ballots', () => {
    expect(checkResult(stored, hash, tally(w, [...ballots].reverse()), w)).toEqual({ ok: true });
  });

  it('still agrees when ballots were added after the vote closed: they are rejected as late, nothing counted changes', () => {
    const later = tally(w, [...ballots, ballot(102, 'Yes', 120, { id: 20 })]);
    expect(later.rejected).toHaveLength(3);
    expect(checkResult(stored, hash, later, w)).toEqual({ ok: true });
  });

  const tampered: [string, StoredResult, string, ('counts' | 'choices' | 'counted' | 'hash')[]][] = [
    ['a count changed', { ...stored, yes: 2, absent: 1 }, hash, ['counts']],
    ['a voter moved from Nej to Ja', { ...stored, choices: stored.choices.map(([p, c]) => [p, p === 104 ? 'J' : c]) }, hash, ['choices']],
    ['a voter left out', { ...stored, choices: stored.choices.slice(1) }, hash, ['choices']],
    ['a counted ballot swapped', { ...stored, counted: [10, 11, 14] }, hash, ['counted']],
    ['the hash replaced', stored, resultHash(VOTE, five.slice(1), t.counted), ['hash']],
    ['a whole other result', { ...stored, yes: 3, choices: [], counted: [] }, '00', ['counts', 'choices', 'counted', 'hash']],
  ];
  it.each(tampered)('raises the alarm for %s', (_what, s, h, differences) => {
    expect(checkResult(s, h, t, w)).toEqual({ ok: false, differences });
  });

  it('raises it when a ballot counted at closing is gone from the list, or one was slipped in', () => {
    expect(
      checkResult(
        stored,
        hash,
        tally(
          w,
          ballots.filter((b) => b.id !== 11),
        ),
        w,
      ),
    ).toEqual({
      ok: false,
      differences: ['counts', 'choices', 'counted', 'hash'],
    });
    const slipped = tally(w, [...ballots, ballot(103, 'Yes', 5, { id: 21 })]);
    expect(checkResult(stored, hash, slipped, w)).toMatchObject({ ok: false });
  });

  it('raises it when a ballot changed after closing (the list should not allow it)', () => {
    const edited = ballots.map((b) => (b.id === 12 ? { ...b, created: b.created.replace('.000Z', '.400Z') } : b));
    expect(checkResult(stored, hash, tally(w, edited), w)).toEqual({ ok: false, differences: ['hash'] });
  });

  it('raises it when the electorate it is checked against is not the frozen one', () => {
    const other = window({ electorate: five.map((v) => (v.personId === 205 ? { ...v, party: 'S' } : v)) });
    expect(checkResult(stored, hash, tally(other, ballots), other)).toEqual({ ok: false, differences: ['hash'] });
  });
});

describe('a ballot in the very second the vote closed', () => {
  // SharePoint stamps whole seconds: the close read the ballots up to id 12; id 15 came later in that second
  const late = ballot(102, 'No', 60, { id: 15 });
  const closing = window({ throughBallotId: 14 });

  it('is late by its id when filed after the close read the ballots, so the stored result and every recount agree', () => {
    const atClose = tally(closing, ballots);
    const recount = tally(closing, [...ballots, late]);
    expect(recount.rejected.find((r) => r.ballot.id === 15)?.reason).toBe('late');
    expect(checkResult(toStoredResult(atClose, 14), resultHash(VOTE, five, atClose.counted), recount, closing)).toEqual({ ok: true });
  });

  it('without the mark it would count on a recount and raise a false alarm', () => {
    const atClose = tally(w, ballots);
    const recount = tally(w, [...ballots, late]);
    expect(checkResult(toStoredResult(atClose), resultHash(VOTE, five, atClose.counted), recount, w)).toMatchObject({ ok: false });
  });
});

describe('the stored rejections', () => {
  it('keep the first 500 by id and the total: thousands of junk ballots cannot push the result past its column', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => ballot(300, 'Yes', 2, { id: 1000 + i }));
    const s = toStoredResult(tally(w, [...ballots, ...junk]));
    expect(s.rejected).toHaveLength(500);
    expect(s.rejected[0]).toEqual([10, 'notEligible']);
    expect(s.rejectedTotal).toBe(3002);
    expect(JSON.stringify(s).length).toBeLessThan(20000);
  });
});

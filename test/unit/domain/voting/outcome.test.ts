import { outcome, settleByLot, settleTie } from '../../../../src/domain/voting/outcome';
import type { Majority, Outcome, RecordedChoice } from '../../../../src/domain/voting/types';
import { CHAIR, tallyOf } from './builders';

/** A tally of `yes` Ja, `no` Nej, `abstain` Avstår and `absent` Deltar ej, the chair (101) first with `chair`. */
function votes(yes: number, no: number, abstain: number, absent: number, chair: RecordedChoice | null = null) {
  const rest: RecordedChoice[] = [
    ...Array<RecordedChoice>(yes).fill('Yes'),
    ...Array<RecordedChoice>(no).fill('No'),
    ...Array<RecordedChoice>(abstain).fill('Abstain'),
    ...Array<RecordedChoice>(absent).fill('Absent'),
  ];
  if (chair !== null) rest.splice(rest.indexOf(chair), 1);
  const choices: [number, RecordedChoice][] = rest.map((c, i) => [1000 + i, c]);
  return tallyOf(chair === null ? choices : [[CHAIR, chair], ...choices]);
}

const plain = { majority: null, election: false, chairId: CHAIR, seats: 71 };

describe('an ordinary vote: more than half of the votes cast; Avstår is not a vote cast', () => {
  it.each<[string, ReturnType<typeof votes>, Outcome]>([
    ['Ja 36 – Nej 35', votes(36, 35, 0, 0), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    [
      'Nej 30 – Ja 20, 21 abstaining (Nej has no majority of the electorate, but of the votes cast)',
      votes(20, 30, 21, 0),
      { kind: 'decided', winner: 'No', by: 'Vote' },
    ],
    ['Ja 1 – Nej 0, everyone else abstaining', votes(1, 0, 60, 10), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    ['a tie where the chair voted Ja: utslagsröst', votes(35, 35, 1, 0, 'Yes'), { kind: 'decided', winner: 'Yes', by: 'CastingVote' }],
    ['a tie where the chair voted Nej', votes(35, 35, 1, 0, 'No'), { kind: 'decided', winner: 'No', by: 'CastingVote' }],
    ['a tie where the chair abstained: the chair must decide', votes(35, 35, 1, 0, 'Abstain'), { kind: 'chairMustDecide' }],
    ['a tie where the chair did not vote', votes(35, 35, 0, 1, 'Absent'), { kind: 'chairMustDecide' }],
    ['a tie with the chair outside the electorate', votes(35, 35, 1, 0), { kind: 'chairMustDecide' }],
    ['everyone abstaining: a tie of 0–0, the chair abstained too', votes(0, 0, 70, 1, 'Abstain'), { kind: 'chairMustDecide' }],
    ['nobody voting at all', votes(0, 0, 0, 71, 'Absent'), { kind: 'chairMustDecide' }],
  ])('%s', (_what, t, expected) => {
    expect(outcome({ ...plain, tally: t })).toEqual(expected);
  });

  it('takes no casting vote when there is no chair', () => {
    expect(outcome({ ...plain, chairId: null, tally: votes(2, 2, 0, 0, 'Yes') })).toEqual({ kind: 'chairMustDecide' });
  });
});

describe('an election: ties go to a lot', () => {
  it.each<[string, ReturnType<typeof votes>, Outcome]>([
    ['a clear winner', votes(40, 31, 0, 0, 'Yes'), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    ['a tie, whatever the chair voted', votes(35, 35, 1, 0, 'Yes'), { kind: 'lotNeeded' }],
    ['0–0', votes(0, 0, 71, 0), { kind: 'lotNeeded' }],
  ])('%s', (_what, t, expected) => {
    expect(outcome({ ...plain, election: true, tally: t })).toEqual(expected);
  });
});

describe('a qualified majority: at least numerator/denominator of the base, exactly', () => {
  const twoThirds = (of: Majority['of']): Majority => ({ numerator: 2, denominator: 3, of });
  it.each<[string, Majority, ReturnType<typeof votes>, Outcome]>([
    ['2/3 of 60 cast: 40 is enough', twoThirds('cast'), votes(40, 20, 11, 0), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    [
      '2/3 of 60 cast: 39 is not',
      twoThirds('cast'),
      votes(39, 21, 11, 0),
      { kind: 'qualifiedMissed', winner: 'No', required: 40, got: 39 },
    ],
    [
      '2/3 of 61 cast needs 41 (40.67 rounded up)',
      twoThirds('cast'),
      votes(40, 21, 10, 0),
      { kind: 'qualifiedMissed', winner: 'No', required: 41, got: 40 },
    ],
    ['2/3 of 61 cast: 41 is enough', twoThirds('cast'), votes(41, 20, 10, 0), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    [
      '2/3 of the electorate of 71 needs 48, whatever the abstentions',
      twoThirds('electorate'),
      votes(47, 0, 24, 0),
      { kind: 'qualifiedMissed', winner: 'No', required: 48, got: 47 },
    ],
    ['2/3 of the electorate of 71: 48', twoThirds('electorate'), votes(48, 1, 20, 2), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    [
      '2/3 of 71 seats with 60 in the electorate: 48 needed',
      twoThirds('seats'),
      votes(47, 5, 8, 0),
      { kind: 'qualifiedMissed', winner: 'No', required: 48, got: 47 },
    ],
    ['2/3 of 71 seats: 48 of 50 present', twoThirds('seats'), votes(48, 2, 0, 0), { kind: 'decided', winner: 'Yes', by: 'Vote' }],
    [
      '1/2 of those cast: a tie is not enough, not even with the chair on Ja',
      { numerator: 1, denominator: 2, of: 'cast' },
      votes(30, 30, 0, 0, 'Yes'),
      { kind: 'qualifiedMissed', winner: 'No', required: 31, got: 30 },
    ],
    [
      'a third of the electorate, but Nej has more',
      { numerator: 1, denominator: 3, of: 'electorate' },
      votes(30, 40, 0, 1),
      { kind: 'qualifiedMissed', winner: 'No', required: 41, got: 30 },
    ],
    ['nothing cast', twoThirds('cast'), votes(0, 0, 71, 0), { kind: 'qualifiedMissed', winner: 'No', required: 1, got: 0 }],
    [
      'unanimity (1/1) of the electorate',
      { numerator: 1, denominator: 1, of: 'electorate' },
      votes(70, 0, 1, 0),
      { kind: 'qualifiedMissed', winner: 'No', required: 71, got: 70 },
    ],
  ])('%s', (_what, majority, t, expected) => {
    expect(outcome({ ...plain, majority, tally: t })).toEqual(expected);
  });

  it('is not made by a lot in a tied election', () => {
    const t = votes(10, 10, 0, 0);
    expect(outcome({ ...plain, election: true, majority: twoThirds('cast'), tally: t })).toEqual({
      kind: 'qualifiedMissed',
      winner: 'No',
      required: 14,
      got: 10,
    });
  });

  it('uses integers: 9/11 of 77 cast is exactly 63, where (9/11)·77 in floating point is 63.00000000000001', () => {
    expect((9 / 11) * 77).toBeGreaterThan(63);
    const m: Majority = { numerator: 9, denominator: 11, of: 'cast' };
    expect(outcome({ ...plain, majority: m, tally: votes(63, 14, 0, 0) })).toEqual({ kind: 'decided', winner: 'Yes', by: 'Vote' });
    expect(outcome({ ...plain, majority: m, tally: votes(62, 15, 0, 0) })).toEqual({
      kind: 'qualifiedMissed',
      winner: 'No',
      required: 63,
      got: 62,
    });
  });

  it.each<[Majority]>([
    [{ numerator: 2, denominator: 0, of: 'cast' }],
    [{ numerator: 1.5, denominator: 3, of: 'cast' }],
    [{ numerator: -1, denominator: 3, of: 'cast' }],
  ])('refuses a majority that is not a fraction: %p', (m) => {
    expect(() => outcome({ ...plain, majority: m, tally: votes(1, 0, 0, 0) })).toThrow(RangeError);
  });
});

describe('settling a tie', () => {
  it.each<['Yes' | 'No']>([['Yes'], ['No']])('by the chair when asked: %s', (side) => {
    expect(settleTie({ kind: 'chairMustDecide' }, side)).toEqual({ kind: 'decided', winner: side, by: 'ChairDecision' });
  });

  it.each<['Yes' | 'No']>([['Yes'], ['No']])('by the side the lot drew: %s', (side) => {
    expect(settleByLot({ kind: 'lotNeeded' }, side)).toEqual({ kind: 'decided', winner: side, by: 'Lot' });
  });

  it.each<[Outcome]>([[{ kind: 'decided', winner: 'No', by: 'Vote' }], [{ kind: 'qualifiedMissed', winner: 'No', required: 48, got: 40 }]])(
    'changes nothing that needs no settling: %p',
    (o) => {
      expect(settleTie(o, 'Yes')).toBe(o);
      expect(settleByLot(o, 'Yes')).toBe(o);
    },
  );

  it('does not let the chair settle a lot, nor a lot settle what the chair must decide', () => {
    expect(settleTie({ kind: 'lotNeeded' }, 'Yes')).toEqual({ kind: 'lotNeeded' });
    expect(settleByLot({ kind: 'chairMustDecide' }, 'Yes')).toEqual({ kind: 'chairMustDecide' });
  });
});

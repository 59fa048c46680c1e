import { minorityReferral } from '../../../../src/domain/voting/minority';

describe('minoritetsåterremiss: at least a third of those present (KL 5:50)', () => {
  it.each([
    [24, 71, true, 24],
    [23, 71, false, 24],
    [8, 23, true, 8],
    [7, 23, false, 8],
    [12, 36, true, 12],
    [11, 36, false, 12],
    [1, 3, true, 1],
    [0, 3, false, 1],
    [2, 5, true, 2],
    [1, 1, true, 1],
    [0, 0, false, 1],
    // more asking than present is a miscount
    [1, 0, false, 1],
    [4, 3, false, 1],
  ])('%i asking of %i present: passes %p, %i required', (asking, present, passes, required) => {
    expect(minorityReferral(asking, present)).toEqual({ passes, required });
  });

  it.each([
    [-1, 3, 1],
    [1.5, 3, 1],
    [24, 71.5, 1],
    [1, Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 71, 24],
  ])('never passes on counts that are not whole numbers: %p of %p', (asking, present, required) => {
    expect(minorityReferral(asking, present)).toEqual({ passes: false, required });
  });
});

import { quorum } from '../../../../src/domain/meetings/quorum';

describe('quorum: more than half the seats', () => {
  it.each([
    [71, 36, 35],
    [15, 8, 7],
    [13, 7, 6],
    [7, 4, 3],
    [6, 4, 3],
  ])('%i seats need %i; %i is not enough', (seats, enough, short) => {
    expect(quorum(seats, enough).ok).toBe(true);
    expect(quorum(seats, short)).toMatchObject({ ok: false, missing: enough - short, required: enough });
  });
});

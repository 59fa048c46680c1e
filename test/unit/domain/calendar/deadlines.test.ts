import { appealPeriodEnd, nextDeadlineDay } from '../../../../src/domain/calendar/deadlines';

describe('appeal period (KL 13:5, lag 1930:173)', () => {
  it('ends on the same weekday three weeks after posting', () => {
    expect(appealPeriodEnd('2026-11-24')).toBe('2026-12-15');
  });

  it('moves past Christmas eve, Christmas day and Boxing day, and the weekend', () => {
    // posted Thursday 3 Dec 2026 → Thursday 24 Dec (eve) → 25 (holiday) → 26 (Sat, holiday) → 27 (Sun) → Monday 28
    expect(appealPeriodEnd('2026-12-03')).toBe('2026-12-28');
  });

  it('moves past midsummer eve to the Monday', () => {
    // posted Friday 29 May 2026 → Friday 19 June = midsommarafton → Monday 22 June
    expect(appealPeriodEnd('2026-05-29')).toBe('2026-06-22');
  });

  it("moves past New Year's eve and New Year's day", () => {
    // posted Thursday 10 Dec 2026 → Thursday 31 Dec → Friday 1 Jan (holiday) → Monday 4 Jan 2027
    expect(appealPeriodEnd('2026-12-10')).toBe('2027-01-04');
  });

  it('moves past Easter from Good Friday to the Tuesday', () => {
    expect(nextDeadlineDay('2026-04-03')).toBe('2026-04-07');
  });

  it('is not fooled by the change to summer time', () => {
    // the last Sunday of March 2026 is the 29th: three weeks from 16 March is Monday 6 April = annandag påsk → Tuesday 7 April
    expect(appealPeriodEnd('2026-03-16')).toBe('2026-04-07');
    expect(appealPeriodEnd('2026-03-09')).toBe('2026-03-30');
  });
});

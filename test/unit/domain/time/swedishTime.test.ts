import { addDays, isoWeekday, stockholmOffsetMinutes, stockholmToUtc, swedishDate } from '../../../../src/domain/time/swedishTime';

describe('Stockholm time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(stockholmOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(stockholmOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });
  it('converts a meeting at 09:00 local to UTC on both sides of the DST change', () => {
    expect(stockholmToUtc('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(stockholmToUtc('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(stockholmToUtc('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });
  it('moves a time that does not exist on the spring-forward night and takes the first of an ambiguous one', () => {
    // 2026-03-29 02:30 does not exist in Stockholm; 2026-10-25 02:30 happens twice.
    expect(stockholmToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const spring = stockholmToUtc('2026-03-29', '02:30');
    expect(spring.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
  it('counts days and weekdays across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(isoWeekday('2026-11-24')).toBe(2);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
  it('uses the Swedish date, not the UTC date, near midnight', () => {
    expect(swedishDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });
});

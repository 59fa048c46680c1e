import { appealPeriodEnd, nextDeadlineDay } from '../../../src/domain/calendar/deadlines';
import { easterSunday, holidayOn, holidaysOf } from '../../../src/domain/calendar/holidays';

describe('Easter', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Swedish public holidays (lag 1989:253)', () => {
  it('lists 2026 as the almanac does', () => {
    const days = Object.fromEntries(holidaysOf(2026).map((h) => [h.key, h.date]));
    expect(days).toEqual({
      newYearsDay: '2026-01-01',
      epiphany: '2026-01-06',
      goodFriday: '2026-04-03',
      easterSunday: '2026-04-05',
      easterMonday: '2026-04-06',
      mayDay: '2026-05-01',
      ascensionDay: '2026-05-14',
      whitSunday: '2026-05-24',
      nationalDay: '2026-06-06',
      midsummerEve: '2026-06-19',
      midsummerDay: '2026-06-20',
      allSaintsDay: '2026-10-31',
      christmasEve: '2026-12-24',
      christmasDay: '2026-12-25',
      boxingDay: '2026-12-26',
      newYearsEve: '2026-12-31',
    });
  });

  it('finds midsommardagen and alla helgons dag when they fall on the last possible day', () => {
    // 2027: 20–26 June → Saturday 26; 31 Oct–6 Nov → Saturday 6 Nov
    expect(holidaysOf(2027).find((h) => h.key === 'midsummerDay')!.date).toBe('2027-06-26');
    expect(holidaysOf(2027).find((h) => h.key === 'allSaintsDay')!.date).toBe('2027-11-06');
  });

  it('tells eves from public holidays', () => {
    expect(holidayOn('2026-12-24')).toMatchObject({ key: 'christmasEve', publicHoliday: false });
    expect(holidayOn('2026-12-25')).toMatchObject({ key: 'christmasDay', publicHoliday: true });
    expect(holidayOn('2026-12-23')).toBeUndefined();
  });
});

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

  it('moves past New Year\'s eve and New Year\'s day', () => {
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

import { easterSunday, holidayOn, holidaysOf } from '../../../../src/domain/calendar/holidays';

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

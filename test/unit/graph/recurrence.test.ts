import { normalizeRecurrence, occurrenceDates } from '../../../tools/local-tenant/src/graph/recurrence';

const rec = (pattern: object, range: object) => normalizeRecurrence({ pattern, range })!;

describe('occurrenceDates', () => {
  it('daily every other day until an end date (inclusive)', () => {
    expect(
      occurrenceDates(
        rec({ type: 'daily', interval: 2 }, { type: 'endDate', startDate: '2026-03-01', endDate: '2026-03-07' }),
        '2026-12-31',
      ),
    ).toEqual(['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-07']);
  });

  it('weekly on two days counts occurrences from the start, not from the window', () => {
    const r = rec(
      { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'] },
      { type: 'numbered', startDate: '2026-11-05', numberOfOccurrences: 3 },
    );
    expect(occurrenceDates(r, '2027-12-31')).toEqual(['2026-11-05', '2026-11-09', '2026-11-12']);
  });

  it('every second week respects the first day of the week', () => {
    const r = rec(
      { type: 'weekly', interval: 2, daysOfWeek: ['monday'], firstDayOfWeek: 'monday' },
      { type: 'noEnd', startDate: '2026-11-02' },
    );
    expect(occurrenceDates(r, '2026-12-01')).toEqual(['2026-11-02', '2026-11-16', '2026-11-30']);
  });

  it('monthly on the 31st falls on the last day of shorter months', () => {
    const r = rec(
      { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      { type: 'numbered', startDate: '2026-01-31', numberOfOccurrences: 3 },
    );
    expect(occurrenceDates(r, '2026-12-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('relative monthly: the last Tuesday', () => {
    const r = rec(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'last' },
      { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 },
    );
    expect(occurrenceDates(r, '2026-12-31')).toEqual(['2026-01-27', '2026-02-24']);
  });

  it('refuses a weekly pattern without days', () => {
    expect(() => rec({ type: 'weekly', interval: 1 }, { type: 'noEnd', startDate: '2026-01-01' })).toThrow(/daysOfWeek/);
  });
});

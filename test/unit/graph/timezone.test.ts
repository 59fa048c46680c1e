import { localToUtc, preferredTimeZone, toIana, utcToLocal } from '../../../tools/local-tenant/src/graph/timezone';

describe('time zones', () => {
  it('maps Windows names to IANA and accepts IANA names', () => {
    expect(toIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(toIana('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(toIana('Mars Standard Time')).toBeNull();
  });

  it('converts Stockholm wall time to UTC on both sides of DST', () => {
    expect(new Date(localToUtc({ year: 2026, month: 10, day: 20, hour: 9, minute: 0, second: 0 }, 'Europe/Stockholm')).toISOString()).toBe(
      '2026-10-20T07:00:00.000Z',
    );
    expect(new Date(localToUtc({ year: 2026, month: 10, day: 27, hour: 9, minute: 0, second: 0 }, 'Europe/Stockholm')).toISOString()).toBe(
      '2026-10-27T08:00:00.000Z',
    );
    // 02:30 on the night DST starts does not exist; it moves forward past the gap.
    expect(new Date(localToUtc({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'Europe/Stockholm')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(utcToLocal(Date.UTC(2026, 11, 24, 23, 30), 'Europe/Stockholm')).toMatchObject({ month: 12, day: 25, hour: 0, minute: 30 });
  });

  it('reads the Prefer header', () => {
    expect(preferredTimeZone('outlook.timezone="W. Europe Standard Time"')).toBe('W. Europe Standard Time');
    expect(preferredTimeZone('odata.maxpagesize=5, outlook.timezone="Europe/Stockholm"')).toBe('Europe/Stockholm');
    expect(preferredTimeZone(undefined)).toBeNull();
  });
});

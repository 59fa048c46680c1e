import { parseDays, signingSettingsOn } from '../../../../src/domain/minutes/signingSettings';
import type { Setting } from '../../../../src/domain/settings/settings';

const row = (key: string, value: string, o: Partial<Setting> = {}): Setting => ({
  key,
  value,
  bodyId: 1,
  validFrom: '2026-01-01',
  validTo: null,
  ...o,
});

describe('signing settings', () => {
  it('reads a number of days, with or without the unit, and nothing else', () => {
    expect(['14', ' 14 ', '14 dagar', '1 dag', '10 days', '0'].map(parseDays)).toEqual([14, 14, 14, 1, 10, 0]);
    expect(['', 'fjorton', '14,5', '-3', '14 veckor', '1e3'].map(parseDays)).toEqual([null, null, null, null, null, null]);
  });

  it("gives the body's settings on the day, and every problem when one is missing or unreadable", () => {
    const both = [row('minutes.signingDays', '14'), row('minutes.reminderDays', '10 dagar')];
    expect(signingSettingsOn(both, 1, '2026-11-24')).toEqual({ ok: true, value: { signingDays: 14, reminderDays: 10 } });
    expect(signingSettingsOn(both, 1, '2025-12-31')).toEqual({
      ok: false,
      problems: [
        { code: 'settingMissing', key: 'minutes.signingDays', date: '2025-12-31', bodyId: 1 },
        { code: 'settingMissing', key: 'minutes.reminderDays', date: '2025-12-31', bodyId: 1 },
      ],
    });
    expect(signingSettingsOn(both, 2, '2026-11-24')).toMatchObject({ ok: false });
    const twice = [...both, row('minutes.signingDays', '21')];
    expect(signingSettingsOn(twice, 1, '2026-11-24')).toEqual({
      ok: false,
      problems: [{ code: 'settingConflict', key: 'minutes.signingDays', date: '2026-11-24', values: ['14', '21'] }],
    });
  });
});

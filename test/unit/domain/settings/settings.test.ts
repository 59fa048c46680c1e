import { settingOn, settingTextOn, type Setting } from '../../../../src/domain/settings/settings';

const row = (value: string, o: Partial<Setting> = {}): Setting => ({
  key: 'x.days',
  value,
  bodyId: null,
  validFrom: '2026-01-01',
  validTo: null,
  ...o,
});
const number = (t: string): number | null => (/^\d+$/.test(t) ? Number(t) : null);

describe('settings with validity dates', () => {
  it('holds from its first to its last day, both included, also when SharePoint returns date-times', () => {
    const rows = [row('5', { validFrom: '2026-01-01T00:00:00Z', validTo: '2026-06-30T00:00:00Z' })];
    expect(settingTextOn(rows, 'x.days', '2026-01-01')).toEqual({ ok: true, value: '5' });
    expect(settingTextOn(rows, 'x.days', '2026-06-30')).toEqual({ ok: true, value: '5' });
    expect(settingTextOn(rows, 'x.days', '2026-07-01')).toEqual({
      ok: false,
      problem: { code: 'settingMissing', key: 'x.days', date: '2026-07-01', bodyId: null },
    });
  });

  it("prefers the body's own row, then the row that started last", () => {
    const rows = [row('5'), row('7', { validFrom: '2026-03-01' }), row('9', { bodyId: 4, validFrom: '2025-01-01' })];
    expect(settingOn(rows, 'x.days', '2026-04-01', null, number)).toEqual({ ok: true, value: 7 });
    expect(settingOn(rows, 'x.days', '2026-02-01', 3, number)).toEqual({ ok: true, value: 5 });
    expect(settingOn(rows, 'x.days', '2026-04-01', 4, number)).toEqual({ ok: true, value: 9 });
    expect(settingOn(rows, 'y.days', '2026-04-01', 4, number)).toMatchObject({
      ok: false,
      problem: { code: 'settingMissing', key: 'y.days' },
    });
  });

  it('says when a value cannot be read, or two of the same reach disagree', () => {
    expect(settingOn([row('fem')], 'x.days', '2026-04-01', null, number)).toEqual({
      ok: false,
      problem: { code: 'settingUnreadable', key: 'x.days', value: 'fem' },
    });
    expect(settingOn([row('5'), row(' 5 '), row('6')], 'x.days', '2026-04-01', null, number)).toEqual({
      ok: false,
      problem: { code: 'settingConflict', key: 'x.days', date: '2026-04-01', values: ['5', '6'] },
    });
  });
});

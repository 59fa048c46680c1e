import { parseSettingValue, valueOn } from '../../../../src/domain/compensation/settings';
import { BODY, rates, RATES, setting } from './builders';

const KM = 'compensation.kilometreRate';

describe('the value valid on the day of the duty', () => {
  const changedOn15th = [
    setting(KM, '2,50', { validFrom: '2026-01-01', validTo: '2026-03-14' }),
    setting(KM, '2,90', { validFrom: '2026-03-15' }),
  ];

  it('pays a duty on the 14th at the old rate and one on the 15th at the new, whatever day they are claimed', () => {
    expect(valueOn(changedOn15th, KM, '2026-03-14')).toEqual({ ok: true, value: 250 });
    expect(valueOn(changedOn15th, KM, '2026-03-15')).toEqual({ ok: true, value: 290 });
    expect(valueOn(changedOn15th, KM, '2026-03-31')).toEqual({ ok: true, value: 290 });
  });

  it('lets a new row supersede an old one nobody closed, from its first day', () => {
    const open = [setting(KM, '2,50', { validFrom: '2026-01-01' }), setting(KM, '2,90', { validFrom: '2026-03-15' })];
    expect(valueOn(open, KM, '2026-03-14')).toEqual({ ok: true, value: 250 });
    expect(valueOn(open, KM, '2026-03-15')).toEqual({ ok: true, value: 290 });
  });

  it('reads the date part of SharePoint date-times', () => {
    const stored = [setting(KM, '2,50', { validFrom: '2026-01-01T00:00:00Z', validTo: '2026-03-14T00:00:00Z' })];
    expect(valueOn(stored, KM, '2026-03-14')).toEqual({ ok: true, value: 250 });
    expect(valueOn(stored, KM, '2026-03-15')).toMatchObject({ ok: false, problem: { code: 'settingMissing' } });
  });

  it('prefers the body’s own row to the row for every body', () => {
    const both = [setting(KM, '2,50'), setting(KM, '3,00', { bodyId: BODY }), setting(KM, '4,00', { bodyId: 2 })];
    expect(valueOn(both, KM, '2026-05-01', BODY)).toEqual({ ok: true, value: 300 });
    expect(valueOn(both, KM, '2026-05-01', 3)).toEqual({ ok: true, value: 250 });
    expect(valueOn(both, KM, '2026-05-01')).toEqual({ ok: true, value: 250 });
  });
});

describe('a setting that is not there or cannot be read is a problem, never a default', () => {
  it('missing, before its first day, or after its last', () => {
    expect(valueOn(rates({ without: [KM] }), KM, '2026-05-01', BODY)).toEqual({
      ok: false,
      problem: { code: 'settingMissing', key: KM, date: '2026-05-01', bodyId: BODY },
    });
    expect(valueOn(RATES, KM, '2025-12-31')).toMatchObject({ ok: false, problem: { code: 'settingMissing', date: '2025-12-31' } });
    const ended = [setting(KM, '2,50', { validTo: '2026-06-30' })];
    expect(valueOn(ended, KM, '2026-06-30')).toEqual({ ok: true, value: 250 });
    expect(valueOn(ended, KM, '2026-07-01')).toMatchObject({ ok: false, problem: { code: 'settingMissing' } });
  });

  it('unreadable text', () => {
    const typo = [setting('compensation.lostEarningsMaxAnnualFeePercent', 'fyrtio')];
    expect(valueOn(typo, 'compensation.lostEarningsMaxAnnualFeePercent', '2026-05-01')).toEqual({
      ok: false,
      problem: { code: 'settingUnreadable', key: 'compensation.lostEarningsMaxAnnualFeePercent', value: 'fyrtio' },
    });
  });

  it('two rows starting the same day with different values', () => {
    const twice = [setting(KM, '2,50'), setting(KM, '2,90')];
    expect(valueOn(twice, KM, '2026-05-01')).toEqual({
      ok: false,
      problem: { code: 'settingConflict', key: KM, date: '2026-05-01', values: ['2,50', '2,90'] },
    });
    expect(valueOn([setting(KM, '2,50'), setting(KM, ' 2,50 ')], KM, '2026-05-01')).toEqual({ ok: true, value: 250 });
  });
});

describe('values as written in the list, in integers', () => {
  it.each([
    ['compensation.baseFee', '64 879', 6_487_900],
    ['compensation.baseFee', '64\u00a0879 kr', 6_487_900],
    ['compensation.kilometreRate', '18.5', 1850],
    ['compensation.lostEarningsMaxAnnualFeePercent', '39,9 %', 3990],
    ['compensation.lostEarningsMaxAnnualFeePercent', '40', 4000],
    ['compensation.halfDayThresholdHours', '4', 240],
    ['compensation.halfDayThresholdHours', '3,5 tim', 210],
    ['compensation.minimumTravelKm', '10 km', 10],
    ['compensation.claimDeadlineMonths', '6 månader', 6],
  ] as const)('%s "%s" → %d', (key, text, value) => {
    expect(parseSettingValue(key, text)).toBe(value);
  });

  it('a fee as an amount, or as a percentage of the base fee', () => {
    expect(parseSettingValue('compensation.meetingFeeFullDay', '1 650')).toEqual({ kind: 'Amount', amount: 165_000 });
    expect(parseSettingValue('compensation.meetingFeeFullDay', '2,4 %')).toEqual({ kind: 'PercentOfBaseFee', basisPoints: 240 });
  });

  it('the attestant rule in Swedish', () => {
    expect(parseSettingValue('compensation.attestant', 'Ordförande')).toBe('Chair');
    expect(parseSettingValue('compensation.attestant', 'sekreterare')).toBe('Clerk');
    expect(parseSettingValue('compensation.attestant', 'Ordförande eller  sekreterare')).toBe('ChairOrClerk');
    expect(parseSettingValue('compensation.attestant', 'vem som helst')).toBeNull();
  });

  it.each([
    ['compensation.baseFee', '-100'],
    ['compensation.baseFee', '12,345'],
    ['compensation.baseFee', ''],
    ['compensation.minimumTravelKm', '9,5'],
    ['compensation.halfDayThresholdHours', '4,33'],
    ['compensation.meetingFeeHalfDay', 'halva'],
  ] as const)('refuses %s "%s"', (key, text) => {
    expect(parseSettingValue(key, text)).toBeNull();
  });
});

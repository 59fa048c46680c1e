import { claimAmounts, feeAmount, lineAmount, startedHalfHours, type AmountContext } from '../../../../src/domain/compensation/amounts';
import type { ClaimLine } from '../../../../src/domain/compensation/types';
import { BODY, claim, kr, rates, RATES, setting } from './builders';

const ctx = (o: Partial<AmountContext> = {}): AmountContext => ({ settings: RATES, annualFeeBasisPoints: 0, lostEarningsSameDay: 0, ...o });
const one = (line: ClaimLine, o: Partial<AmountContext> = {}, c = claim([line])) => lineAmount(c, line, ctx(o));
const flat = (minutes: number): ClaimLine => ({ kind: 'LostEarnings', minutes, basis: { kind: 'FlatRate' } });

describe('meeting fee', () => {
  it('full and half day at the rates of the body', () => {
    expect(one({ kind: 'MeetingFee' }, {}, claim([], { dayKind: 'Full' }))).toEqual({ payable: true, amount: kr(1650), capped: null });
    expect(one({ kind: 'MeetingFee' }, {}, claim([], { dayKind: 'Half' }))).toEqual({ payable: true, amount: kr(1000), capped: null });
  });

  it('as a percentage of the base fee, rounded to the öre', () => {
    const percent = rates({
      without: ['compensation.meetingFeeFullDay'],
      plus: [setting('compensation.meetingFeeFullDay', '2,4 %', { bodyId: BODY })],
    });
    // 64 879 kr × 2,4 % = 1 557,096 kr
    expect(one({ kind: 'MeetingFee' }, { settings: percent })).toEqual({ payable: true, amount: 155_710, capped: null });
    expect(feeAmount({ kind: 'PercentOfBaseFee', basisPoints: 50 }, 101)).toBe(1);
    expect(feeAmount({ kind: 'PercentOfBaseFee', basisPoints: 49 }, 101)).toBe(0);
  });

  it('at the rate valid on the duty’s date when the rate changes on the 15th', () => {
    const changed = rates({
      without: ['compensation.meetingFeeFullDay'],
      plus: [
        setting('compensation.meetingFeeFullDay', '1 650', { validTo: '2026-03-14' }),
        setting('compensation.meetingFeeFullDay', '1 700', { validFrom: '2026-03-15' }),
      ],
    });
    const fee = (date: string) => claimAmounts(claim([{ kind: 'MeetingFee' }], { date }), ctx({ settings: changed })).total;
    expect(fee('2026-03-14')).toBe(kr(1650));
    expect(fee('2026-03-15')).toBe(kr(1700));
  });

  it('not payable when the base fee a percentage needs is missing', () => {
    const percent = rates({
      without: ['compensation.meetingFeeHalfDay', 'compensation.baseFee'],
      plus: [setting('compensation.meetingFeeHalfDay', '1,5 %')],
    });
    expect(one({ kind: 'MeetingFee' }, { settings: percent }, claim([], { dayKind: 'Half' }))).toEqual({
      payable: false,
      reason: { code: 'settingMissing', key: 'compensation.baseFee', date: '2026-03-10', bodyId: BODY },
    });
  });
});

describe('lost earnings per started half hour, capped per day', () => {
  it('counts started half hours', () => {
    expect([1, 30, 31, 60, 121].map(startedHalfHours)).toEqual([1, 1, 2, 2, 5]);
    // 2 h 1 min = 5 started half hours × 150 kr
    expect(one(flat(121))).toEqual({ payable: true, amount: kr(750), capped: null });
  });

  it('caps the day at 1 800 kr: 9 hours would be 2 700 kr', () => {
    expect(one(flat(9 * 60))).toEqual({ payable: true, amount: kr(1800), capped: { cap: kr(1800), uncapped: kr(2700) } });
    expect(one(flat(6 * 60))).toEqual({ payable: true, amount: kr(1800), capped: null });
  });

  it('counts every line and every other claim of the same day against the cap', () => {
    const c = claim([flat(4 * 60), { kind: 'MeetingFee' }, flat(4 * 60)]);
    const result = claimAmounts(c, ctx());
    expect(result.lines.map((l) => l.result)).toEqual([
      { payable: true, amount: kr(1200), capped: null },
      { payable: true, amount: kr(1650), capped: null },
      { payable: true, amount: kr(600), capped: { cap: kr(1800), uncapped: kr(1200) } },
    ]);
    expect(result.total).toBe(kr(1200 + 1650 + 600));
    expect(one(flat(60), { lostEarningsSameDay: kr(1800) })).toEqual({
      payable: false,
      reason: { code: 'dailyCapReached', cap: kr(1800) },
    });
  });

  it('pays 39,9 % annual fee and refuses 40 % (the threshold itself is "or more")', () => {
    expect(one(flat(60), { annualFeeBasisPoints: 3990 })).toEqual({ payable: true, amount: kr(300), capped: null });
    expect(one(flat(60), { annualFeeBasisPoints: 4000 })).toEqual({
      payable: false,
      reason: { code: 'annualFeeTooHigh', annualFeeBasisPoints: 4000, thresholdBasisPoints: 4000 },
    });
  });

  it('with the employer’s certificate: the hourly loss per started half hour, certificate attached', () => {
    const certified = (certificate: string | null): ClaimLine => ({
      kind: 'LostEarnings',
      minutes: 90,
      basis: { kind: 'Certificate', hourlyAmount: 25_101, certificate },
    });
    // 3 half hours × 251,01 kr / 2 = 376,515 kr → 376,52 kr
    expect(one(certified('intyg.pdf'))).toEqual({ payable: true, amount: 37_652, capped: null });
    expect(one(certified(null))).toEqual({ payable: false, reason: { code: 'certificateMissing' } });
  });

  it('no cap setting: not payable, with the key to fix', () => {
    expect(one(flat(60), { settings: rates({ without: ['compensation.lostEarningsDailyCap'] }) })).toMatchObject({
      payable: false,
      reason: { code: 'settingMissing', key: 'compensation.lostEarningsDailyCap' },
    });
  });
});

describe('travel', () => {
  const car = (km: number): ClaimLine => ({ kind: 'Travel', from: 'Kalix', to: 'Luleå', km, means: { kind: 'OwnCar' } });

  it('9 km with a 10 km minimum is not paid; 10 km is', () => {
    expect(one(car(9))).toEqual({ payable: false, reason: { code: 'belowMinimumDistance', km: 9, minimumKm: 10 } });
    expect(one(car(10))).toEqual({ payable: true, amount: kr(25), capped: null });
    expect(one(car(76))).toEqual({ payable: true, amount: kr(190), capped: null });
  });

  it('a ticket needs its receipt', () => {
    const ticket = (receipt: string | null): ClaimLine => ({
      kind: 'Travel',
      from: 'Kiruna',
      to: 'Luleå',
      km: 340,
      means: { kind: 'Ticket', cost: 48_900, receipt },
    });
    expect(one(ticket('biljett.pdf'))).toEqual({ payable: true, amount: 48_900, capped: null });
    expect(one(ticket(null))).toEqual({ payable: false, reason: { code: 'receiptMissing' } });
  });

  it('refuses a distance that is not whole kilometres rather than rounding it', () => {
    expect(one(car(12.5))).toEqual({ payable: false, reason: { code: 'invalidValue', field: 'km', value: 12.5 } });
  });
});

describe('per diem, childcare, other costs and the total', () => {
  it('per diem full and half day', () => {
    expect(one({ kind: 'PerDiem', day: 'Full' })).toEqual({ payable: true, amount: kr(290), capped: null });
    expect(one({ kind: 'PerDiem', day: 'Half' })).toEqual({ payable: true, amount: kr(145), capped: null });
  });

  it('childcare and other costs with a receipt only', () => {
    expect(one({ kind: 'Childcare', cost: kr(400), receipt: 'kvitto.jpg' })).toEqual({ payable: true, amount: kr(400), capped: null });
    expect(one({ kind: 'Childcare', cost: kr(400), receipt: null })).toEqual({ payable: false, reason: { code: 'receiptMissing' } });
    expect(one({ kind: 'Other', description: 'Parkering', cost: kr(60), receipt: null })).toEqual({
      payable: false,
      reason: { code: 'receiptMissing' },
    });
    expect(one({ kind: 'Other', description: 'Parkering', cost: -100, receipt: 'p.jpg' })).toEqual({
      payable: false,
      reason: { code: 'invalidValue', field: 'cost', value: -100 },
    });
  });

  it('adds the payable lines only, and keeps each reason', () => {
    const c = claim([
      { kind: 'MeetingFee' },
      { kind: 'Travel', from: 'Boden', to: 'Luleå', km: 36, means: { kind: 'OwnCar' } },
      { kind: 'Travel', from: 'Regionhuset', to: 'Hotellet', km: 2, means: { kind: 'OwnCar' } },
      { kind: 'Other', description: 'Taxi', cost: kr(180), receipt: null },
    ]);
    const result = claimAmounts(c, ctx());
    expect(result.total).toBe(kr(1650 + 90));
    expect(result.lines.map((l) => (l.result.payable ? l.result.amount : l.result.reason.code))).toEqual([
      kr(1650),
      kr(90),
      'belowMinimumDistance',
      'receiptMissing',
    ]);
  });
});

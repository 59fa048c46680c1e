import type { Claim, ClaimLine, CompensationSettingKey, Setting } from '../../../../src/domain/compensation/types';

/** A committee (body 1) and made-up rates valid all of 2026; people: claimant 101, chair 110, clerk 900, payroll 950. */
export const BODY = 1;
export const CLAIMANT = 101;
export const CHAIR = 110;
export const CLERK = 900;
export const PAYROLL = 950;

export function setting(key: CompensationSettingKey, value: string, o: Partial<Setting> = {}): Setting {
  return { key, value, bodyId: null, validFrom: '2026-01-01', validTo: null, ...o };
}

export const RATES: readonly Setting[] = [
  setting('compensation.baseFee', '64 879'),
  setting('compensation.meetingFeeFullDay', '1 650'),
  setting('compensation.meetingFeeHalfDay', '1 000'),
  setting('compensation.halfDayThresholdHours', '4'),
  setting('compensation.lostEarningsFlatRatePerHalfHour', '150'),
  setting('compensation.lostEarningsDailyCap', '1 800'),
  setting('compensation.lostEarningsMaxAnnualFeePercent', '40'),
  setting('compensation.kilometreRate', '2,50'),
  setting('compensation.minimumTravelKm', '10'),
  setting('compensation.perDiemFullDay', '290'),
  setting('compensation.perDiemHalfDay', '145'),
  setting('compensation.claimDeadlineMonths', '4'),
  setting('compensation.attestant', 'ordförande'),
];

/** The rates with some keys taken out and others added. */
export function rates(o: { without?: CompensationSettingKey[]; plus?: Setting[] } = {}): Setting[] {
  return [...RATES.filter((s) => !o.without?.includes(s.key as CompensationSettingKey)), ...(o.plus ?? [])];
}

export function claim(lines: ClaimLine[], o: Partial<Claim> = {}): Claim {
  return {
    id: 7,
    claimantId: CLAIMANT,
    role: 'Member',
    position: null,
    bodyId: BODY,
    duty: { kind: 'Meeting', meetingId: 3 },
    date: '2026-03-10',
    start: null,
    end: null,
    dayKind: 'Full',
    lines,
    ...o,
  };
}

/** Kronor to öre, for readable expectations. */
export const kr = (n: number): number => Math.round(n * 100);

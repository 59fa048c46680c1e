import { valueOn } from './settings';
import type { Claim, ClaimLine, CompensationSettingKey, FeeRate, Setting, SettingProblem, SettingResult, SettingValue } from './types';

/**
 * The amount of each line of a claim (DOMAIN §7), in öre, at the rates valid on the duty's date
 * for the claim's body. A line that cannot be paid says why with a code and its values, so the
 * claimant and the attestant see the reason; nothing here throws or guesses.
 */

export type NotPayable =
  | SettingProblem
  | { code: 'belowMinimumDistance'; km: number; minimumKm: number }
  | { code: 'receiptMissing' }
  | { code: 'certificateMissing' }
  /** Lost earnings are not paid to someone whose annual fee is at least the threshold. */
  | { code: 'annualFeeTooHigh'; annualFeeBasisPoints: number; thresholdBasisPoints: number }
  /** The day's lost earnings already reached the cap on other lines or claims. */
  | { code: 'dailyCapReached'; cap: number }
  | { code: 'invalidValue'; field: 'minutes' | 'km' | 'cost' | 'hourlyAmount' | 'annualFee'; value: number };

export type LineAmount =
  { payable: true; amount: number; capped: { cap: number; uncapped: number } | null } | { payable: false; reason: NotPayable };

export interface AmountContext {
  settings: readonly Setting[];
  /** The claimant's annual fees on the duty's date, in basis points of 12 × the base fee (40 % = 4000). */
  annualFeeBasisPoints: number;
  /** Lost earnings already payable on the claimant's other claims for the same day: the cap is per day, not per claim. */
  lostEarningsSameDay: number;
}

export interface ClaimAmounts {
  lines: { line: ClaimLine; result: LineAmount }[];
  /** The sum of the payable lines, öre. */
  total: number;
}

type ClaimTerms = Pick<Claim, 'bodyId' | 'date' | 'dayKind'>;
type SettingOf = <K extends CompensationSettingKey>(key: K) => SettingResult<SettingValue<K>>;

/** Every line of the claim and the total; lost earnings count against the daily cap in line order. */
export function claimAmounts(claim: Claim, ctx: AmountContext): ClaimAmounts {
  let lostEarnings = ctx.lostEarningsSameDay;
  const lines = claim.lines.map((line) => {
    const result = lineAmount(claim, line, { ...ctx, lostEarningsSameDay: lostEarnings });
    if (line.kind === 'LostEarnings' && result.payable) lostEarnings += result.amount;
    return { line, result };
  });
  return { lines, total: lines.reduce((sum, l) => sum + (l.result.payable ? l.result.amount : 0), 0) };
}

/** One line; `ctx.lostEarningsSameDay` must include the claim's earlier lost-earnings lines (claimAmounts does that). */
export function lineAmount(claim: ClaimTerms, line: ClaimLine, ctx: AmountContext): LineAmount {
  const setting: SettingOf = (key) => valueOn(ctx.settings, key, claim.date, claim.bodyId);
  switch (line.kind) {
    case 'MeetingFee': {
      const rate = setting(claim.dayKind === 'Full' ? 'compensation.meetingFeeFullDay' : 'compensation.meetingFeeHalfDay');
      if (!rate.ok) return refused(rate.problem);
      if (rate.value.kind === 'Amount') return paid(rate.value.amount);
      const base = setting('compensation.baseFee');
      return base.ok ? paid(feeAmount(rate.value, base.value)) : refused(base.problem);
    }
    case 'LostEarnings':
      return lostEarnings(line, ctx, setting);
    case 'Travel': {
      if (!isWhole(line.km)) return refused({ code: 'invalidValue', field: 'km', value: line.km });
      const minimum = setting('compensation.minimumTravelKm');
      if (!minimum.ok) return refused(minimum.problem);
      if (line.km < minimum.value) return refused({ code: 'belowMinimumDistance', km: line.km, minimumKm: minimum.value });
      if (line.means.kind === 'Ticket') return withReceipt(line.means.cost, line.means.receipt);
      const rate = setting('compensation.kilometreRate');
      return rate.ok ? paid(line.km * rate.value) : refused(rate.problem);
    }
    case 'PerDiem': {
      const rate = setting(line.day === 'Full' ? 'compensation.perDiemFullDay' : 'compensation.perDiemHalfDay');
      return rate.ok ? paid(rate.value) : refused(rate.problem);
    }
    case 'Childcare':
    case 'Other':
      return withReceipt(line.cost, line.receipt);
  }
}

function lostEarnings(line: Extract<ClaimLine, { kind: 'LostEarnings' }>, ctx: AmountContext, setting: SettingOf): LineAmount {
  if (!isWhole(line.minutes)) return refused({ code: 'invalidValue', field: 'minutes', value: line.minutes });
  if (!isWhole(ctx.annualFeeBasisPoints)) return refused({ code: 'invalidValue', field: 'annualFee', value: ctx.annualFeeBasisPoints });
  const threshold = setting('compensation.lostEarningsMaxAnnualFeePercent');
  if (!threshold.ok) return refused(threshold.problem);
  // "40 % or more": at the threshold nothing is paid
  if (ctx.annualFeeBasisPoints >= threshold.value) {
    return refused({ code: 'annualFeeTooHigh', annualFeeBasisPoints: ctx.annualFeeBasisPoints, thresholdBasisPoints: threshold.value });
  }
  const halfHours = startedHalfHours(line.minutes);
  let uncapped: number;
  if (line.basis.kind === 'FlatRate') {
    const rate = setting('compensation.lostEarningsFlatRatePerHalfHour');
    if (!rate.ok) return refused(rate.problem);
    uncapped = halfHours * rate.value;
  } else {
    if (line.basis.certificate === null) return refused({ code: 'certificateMissing' });
    if (!isWhole(line.basis.hourlyAmount)) return refused({ code: 'invalidValue', field: 'hourlyAmount', value: line.basis.hourlyAmount });
    uncapped = divideRounded(halfHours * line.basis.hourlyAmount, 2);
  }
  const cap = setting('compensation.lostEarningsDailyCap');
  if (!cap.ok) return refused(cap.problem);
  const room = Math.max(0, cap.value - ctx.lostEarningsSameDay);
  if (room === 0 && uncapped > 0) return refused({ code: 'dailyCapReached', cap: cap.value });
  return uncapped > room
    ? { payable: true, amount: room, capped: { cap: cap.value, uncapped } }
    : { payable: true, amount: uncapped, capped: null };
}

/** Started half hours: 1 minute is one, 30 minutes one, 31 minutes two. */
export function startedHalfHours(minutes: number): number {
  return Math.ceil(minutes / 30);
}

/** A fee in öre: the amount, or the percentage of the base fee rounded to the nearest öre (half up). */
export function feeAmount(rate: FeeRate, baseFee: number): number {
  return rate.kind === 'Amount' ? rate.amount : divideRounded(baseFee * rate.basisPoints, 10000);
}

/** Integer division of non-negative integers, rounded half up: money stays in whole öre. */
function divideRounded(numerator: number, denominator: number): number {
  return Math.floor((numerator * 2 + denominator) / (denominator * 2));
}

function withReceipt(cost: number, receipt: string | null): LineAmount {
  if (!isWhole(cost)) return refused({ code: 'invalidValue', field: 'cost', value: cost });
  return receipt === null ? refused({ code: 'receiptMissing' }) : paid(cost);
}

const isWhole = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const paid = (amount: number): LineAmount => ({ payable: true, amount, capped: null });
const refused = (reason: NotPayable): LineAmount => ({ payable: false, reason });

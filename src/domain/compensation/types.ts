import type { AssignmentRole, Position } from '../bodies/types';
import type { Setting, SettingProblem as GenericSettingProblem, SettingResult as GenericSettingResult } from '../settings/settings';

/**
 * Compensation claims (ersättningsanspråk, DOMAIN §7, §9) as plain data; no I/O.
 * Money is always in öre, as integers: no floating-point kronor anywhere in the rules.
 */

/** Heldag / halvdag. */
export type DayKind = 'Full' | 'Half';

/** What the claim is for: a meeting of the body, or another duty of the assignment (förrättning: a course, a visit, a conference). */
export type Duty = { kind: 'Meeting'; meetingId: number } | { kind: 'OtherDuty'; description: string };

/** A reference to a file attached to the claim (a receipt or a certificate); null = none attached. */
export type AttachmentId = string | null;

/**
 * Förlorad arbetsförtjänst: the time lost from work (travel included, so not the meeting's hours)
 * and what the amount rests on. Both bases are paid per started half hour, up to the daily cap:
 * - FlatRate: the rate per started half hour from the settings (schablon);
 * - Certificate: the hourly loss the employer's certificate states, with the certificate attached.
 */
export type LostEarningsBasis = { kind: 'FlatRate' } | { kind: 'Certificate'; hourlyAmount: number; certificate: AttachmentId };

/** Travel between two places; a return trip is two lines. Distances are whole kilometres, as the form asks. */
export type TravelMeans = { kind: 'OwnCar' } | { kind: 'Ticket'; cost: number; receipt: AttachmentId };

export type ClaimLine =
  /** Sammanträdesarvode, full or half day by the claim's `dayKind`. */
  | { kind: 'MeetingFee' }
  | { kind: 'LostEarnings'; minutes: number; basis: LostEarningsBasis }
  | { kind: 'Travel'; from: string; to: string; km: number; means: TravelMeans }
  /** Traktamente. */
  | { kind: 'PerDiem'; day: DayKind }
  /** Barntillsyn: the actual cost, with a receipt. */
  | { kind: 'Childcare'; cost: number; receipt: AttachmentId }
  | { kind: 'Other'; description: string; cost: number; receipt: AttachmentId };

export type ClaimLineKind = ClaimLine['kind'];

export interface Claim {
  id: number;
  /** Site user id of the claimant (`Claims.Claimant`). */
  claimantId: number;
  role: AssignmentRole;
  position: Position | null;
  bodyId: number;
  duty: Duty;
  /** The Swedish calendar date of the duty, `yyyy-MM-dd`: the rates and the deadline follow it, not the day the claim was sent. */
  date: string;
  /** UTC ISO times of the duty; prefilled from attendance for a meeting. */
  start: string | null;
  end: string | null;
  dayKind: DayKind;
  lines: ClaimLine[];
}

/** One row of `Lists/Settings` (Inställningar); the rule of which row holds is the generic one (domain/settings). */
export type { Setting };

/** A fee set either as an amount or as a percentage of the base fee (basarvode); the setting's text decides ("1 650" or "2,4 %"). */
export type FeeRate = { kind: 'Amount'; amount: number } | { kind: 'PercentOfBaseFee'; basisPoints: number };

/** Who attests a body's claims (a body setting): its chair, its clerks (`Bodies.Clerks`), or either. */
export type AttestantRule = 'Chair' | 'Clerk' | 'ChairOrClerk';

/**
 * The compensation settings and the kind of value each holds. The key is what `Settings.SettingKey` stores.
 * - amount: kronor with at most two decimals → öre;
 * - percent: at most two decimals → basis points (40 % = 4000, 39,9 % = 3990);
 * - fee: an amount, or a percentage of the base fee when the text ends in %;
 * - hours: → whole minutes (4 → 240);
 * - count: a whole number (km, months).
 */
export const COMPENSATION_SETTINGS = {
  /** Basarvode per month: annual fees are a percentage of 12 × it (DOMAIN §7), meeting fees may be too. */
  'compensation.baseFee': 'amount',
  'compensation.meetingFeeFullDay': 'fee',
  'compensation.meetingFeeHalfDay': 'fee',
  /** A duty shorter than this is a half day. */
  'compensation.halfDayThresholdHours': 'hours',
  'compensation.lostEarningsFlatRatePerHalfHour': 'amount',
  'compensation.lostEarningsDailyCap': 'amount',
  /** No lost earnings for someone whose annual fee is at least this percentage. */
  'compensation.lostEarningsMaxAnnualFeePercent': 'percent',
  /** Own car, per kilometre. */
  'compensation.kilometreRate': 'amount',
  /** Journeys shorter than this are not paid. */
  'compensation.minimumTravelKm': 'count',
  'compensation.perDiemFullDay': 'amount',
  'compensation.perDiemHalfDay': 'amount',
  /** Months from the duty's date within which the claim must be sent. */
  'compensation.claimDeadlineMonths': 'count',
  'compensation.attestant': 'attestant',
} as const;

export type CompensationSettingKey = keyof typeof COMPENSATION_SETTINGS;
export type SettingKind = (typeof COMPENSATION_SETTINGS)[CompensationSettingKey];

interface SettingValueKinds extends Record<SettingKind, unknown> {
  amount: number;
  percent: number;
  fee: FeeRate;
  hours: number;
  count: number;
  attestant: AttestantRule;
}

/** The parsed value of a setting key: öre, basis points, minutes, a count, a fee rate or an attestant rule. */
export type SettingValue<K extends CompensationSettingKey> = SettingValueKinds[(typeof COMPENSATION_SETTINGS)[K]];

export type SettingProblem = GenericSettingProblem<CompensationSettingKey>;

export type SettingResult<T> = GenericSettingResult<T, CompensationSettingKey>;

import { swedishDate } from '../time/swedishTime';
import { valueOn } from './settings';
import type { AttestantRule, Claim, Setting, SettingProblem } from './types';

/**
 * A claim's status, derived from its events (DOMAIN §7, DESIGN §4): utkast → inskickad → attesterad →
 * överförd till lön, or återvisad to the claimant with a reason, who may change and send it again.
 * Only the server's `Author` and `Created` decide: an event counts when its author had the right to
 * write it at that point; every other event is listed as ignored with its reason, never thrown.
 * - sending and changing: the claimant only, while the claim is a draft or returned;
 * - attesting and returning: the body's attestant (its chair or clerks, by the body's setting), never
 *   the claimant, and only a sent claim;
 * - transfer to payroll: payroll only, and only an attested claim; after it nothing changes.
 */

export type ClaimStatus = 'Draft' | 'Submitted' | 'Attested' | 'Returned' | 'TransferredToPayroll';

/** `Edited`: a new version of the claim's lines or times (the item's server-stamped change). */
export type ClaimEventKind = 'Edited' | 'Sent' | 'Attested' | 'Returned' | 'Transferred';

export interface ClaimEvent {
  id: number;
  claimId: number;
  kind: ClaimEventKind;
  /** Server `Author` and `Created` (DESIGN §4). */
  authorId: number;
  at: string;
  /** A return's reason, for the claimant. */
  reason: string | null;
}

export type IgnoredReason =
  | { code: 'otherClaim'; claimId: number }
  | { code: 'afterTransfer' }
  | { code: 'notClaimant' }
  /** The claimant tried to attest or return their own claim. */
  | { code: 'ownClaim' }
  | { code: 'notAttestant' }
  | { code: 'notPayroll' }
  | { code: 'reasonMissing' }
  | { code: 'notAttested'; status: ClaimStatus }
  | { code: 'outOfOrder'; status: ClaimStatus; kind: ClaimEventKind };

/** Who may act on the body's claims, as read for the duty's date. */
export interface ClaimStaff {
  /** The body's chair by its assignments (position Chair). */
  chairIds: readonly number[];
  /** The clerks set on the body (`Bodies.Clerks`). */
  clerkIds: readonly number[];
  /** Members of the Politikerportal Lön group. */
  payrollIds: readonly number[];
}

export interface ClaimStatusInput {
  claim: Pick<Claim, 'id' | 'claimantId' | 'bodyId' | 'date'>;
  events: readonly ClaimEvent[];
  staff: ClaimStaff;
  settings: readonly Setting[];
  /** Today's Swedish date: an unsent claim past its deadline is late too. */
  today: string;
}

export interface ClaimState {
  status: ClaimStatus;
  /** The first counted sending: it decides lateness, so a returned claim sent again is not late for that. */
  firstSentAt: string | null;
  attested: { by: number; at: string } | null;
  /** The latest return, while it is the latest word on the claim. */
  returned: { by: number; at: string; reason: string } | null;
  transferredAt: string | null;
  /** The last day to send the claim (duty date + the deadline setting); null when the setting is missing. */
  deadline: string | null;
  late: boolean;
  ignored: { event: ClaimEvent; reason: IgnoredReason }[];
  problems: SettingProblem[];
}

/** The attestants of a body's claims by its rule; the claimant never attests their own (claimState refuses it). */
export function attestantsBy(rule: AttestantRule, staff: Pick<ClaimStaff, 'chairIds' | 'clerkIds'>): number[] {
  const ids = rule === 'Chair' ? staff.chairIds : rule === 'Clerk' ? staff.clerkIds : [...staff.chairIds, ...staff.clerkIds];
  return [...new Set(ids)].sort((a, b) => a - b);
}

const byServerTime = (a: ClaimEvent, b: ClaimEvent): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id);

export function claimState(input: ClaimStatusInput): ClaimState {
  const { claim, staff } = input;
  const problems: SettingProblem[] = [];
  const rule = valueOn(input.settings, 'compensation.attestant', claim.date, claim.bodyId);
  if (!rule.ok) problems.push(rule.problem);
  const attestants = new Set(rule.ok ? attestantsBy(rule.value, staff) : []);
  const payroll = new Set(staff.payrollIds);

  const state: Omit<ClaimState, 'deadline' | 'late' | 'problems'> = {
    status: 'Draft',
    firstSentAt: null,
    attested: null,
    returned: null,
    transferredAt: null,
    ignored: [],
  };
  for (const e of [...input.events].sort(byServerTime)) {
    const reason = refusal(e, state.status, claim, attestants, payroll);
    if (reason) {
      state.ignored.push({ event: e, reason });
      continue;
    }
    if (e.kind === 'Sent') {
      state.status = 'Submitted';
      state.firstSentAt ??= e.at;
      state.returned = null;
    } else if (e.kind === 'Attested') {
      state.status = 'Attested';
      state.attested = { by: e.authorId, at: e.at };
    } else if (e.kind === 'Returned') {
      state.status = 'Returned';
      state.returned = { by: e.authorId, at: e.at, reason: e.reason!.trim() };
    } else if (e.kind === 'Transferred') {
      state.status = 'TransferredToPayroll';
      state.transferredAt = e.at;
    }
  }

  const months = valueOn(input.settings, 'compensation.claimDeadlineMonths', claim.date, claim.bodyId);
  if (!months.ok) problems.push(months.problem);
  const deadline = months.ok ? addMonths(claim.date.slice(0, 10), months.value) : null;
  // sent on the deadline day is in time; the Swedish date of the server's time decides
  const sentOn = state.firstSentAt === null ? input.today : swedishDate(new Date(state.firstSentAt));
  return { ...state, deadline, late: deadline !== null && sentOn > deadline, problems };
}

function refusal(
  e: ClaimEvent,
  status: ClaimStatus,
  claim: ClaimStatusInput['claim'],
  attestants: ReadonlySet<number>,
  payroll: ReadonlySet<number>,
): IgnoredReason | null {
  if (e.claimId !== claim.id) return { code: 'otherClaim', claimId: e.claimId };
  if (status === 'TransferredToPayroll') return { code: 'afterTransfer' };
  switch (e.kind) {
    case 'Edited':
    case 'Sent':
      if (e.authorId !== claim.claimantId) return { code: 'notClaimant' };
      return status === 'Draft' || status === 'Returned' ? null : { code: 'outOfOrder', status, kind: e.kind };
    case 'Attested':
    case 'Returned':
      if (e.authorId === claim.claimantId) return { code: 'ownClaim' };
      if (!attestants.has(e.authorId)) return { code: 'notAttestant' };
      if (status !== 'Submitted') return { code: 'outOfOrder', status, kind: e.kind };
      return e.kind === 'Returned' && !e.reason?.trim() ? { code: 'reasonMissing' } : null;
    case 'Transferred':
      if (!payroll.has(e.authorId)) return { code: 'notPayroll' };
      return status === 'Attested' ? null : { code: 'notAttested', status };
  }
}

/** Adds calendar months to a `yyyy-MM-dd` date; a day the month lacks becomes its last day (31 Aug + 6 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

import type { AssignmentRole } from '../../domain/bodies/types';
import type { LineAmount } from '../../domain/compensation/amounts';
import type { Prefill } from '../../domain/compensation/presence';
import type { ClaimState } from '../../domain/compensation/status';
import type { ClaimLine, DayKind, Duty, Setting } from '../../domain/compensation/types';

/** What the claimant edits: a draft in `Lists/ClaimDrafts`, readable and writable by them only. */
export interface ClaimDraftInput {
  bodyId: number;
  duty: Duty;
  /** The duty's Swedish date, `yyyy-MM-dd`. */
  date: string;
  /** UTC ISO; null for a duty without times. */
  start: string | null;
  end: string | null;
  dayKind: DayKind;
  lines: ClaimLine[];
  /** A returned claim of one's own that this draft is sent again in place of. */
  supersedes: number | null;
}

export interface ClaimDraft extends ClaimDraftInput {
  id: number;
  /** Server time of the last save. */
  modified: string;
}

/**
 * A line's amount as frozen when the claim was sent. `annualFeeUnknown`: the lists hold no annual
 * fee per person yet, so lost earnings cannot be checked against the 40 % rule and are not paid
 * by the frozen computation (payroll decides them).
 */
export type FrozenLineAmount = LineAmount | { payable: false; reason: { code: 'annualFeeUnknown' } };

/** A sent claim: a row of `Lists/Claims` nobody but the owners can change, with its status from the trusted events. */
export interface SentClaim {
  id: number;
  /** The row's server-stamped `Author`: the claimant. */
  claimantId: number;
  claimantName: string;
  bodyId: number;
  duty: Duty;
  date: string;
  start: string | null;
  end: string | null;
  dayKind: DayKind;
  role: AssignmentRole;
  lines: ClaimLine[];
  amounts: FrozenLineAmount[];
  /** Öre, the payable lines' sum as computed on sending. */
  total: number;
  /** The settings valid on the duty's date for the body, as used. */
  settingsUsed: Setting[];
  /** Server `Created`: when it was sent. */
  sentAt: string;
  supersedes: number | null;
  /** A later claim of the same claimant that was sent in place of this returned one. */
  supersededBy: number | null;
  state: ClaimState;
  /**
   * The row was changed after it was written (its server version is above 1.0): it is no longer
   * the record that was sent, so nothing on it counts and it is not attested or paid.
   */
  recordChanged: boolean;
  /** Events that were changed after writing (version above 1.0): left out of the status. */
  changedEventIds: number[];
}

/** A meeting claim prefilled from the recorded attendance, for a new draft. */
export interface ClaimPrefill {
  draft: ClaimDraftInput;
  presence: Prefill;
  role: AssignmentRole;
}

export interface MyClaims {
  drafts: ClaimDraft[];
  sent: SentClaim[];
}

/** Claims (DOMAIN §7) through PnPjs; every refusal is a DataError with a CompensationRefusalCode, nothing written. */
export interface CompensationRepository {
  /** The signed-in person's claim for a meeting, from the recorded roll call; reads only. */
  prefill(meetingId: number): Promise<ClaimPrefill>;
  /** A new draft, or (with `id`) the claimant's own draft changed. */
  saveDraft(draft: ClaimDraftInput, id?: number): Promise<ClaimDraft>;
  deleteDraft(id: number): Promise<void>;
  myClaims(): Promise<MyClaims>;
  /** Sends a draft: a new locked row in Claims, then the draft is deleted. */
  send(draftId: number): Promise<SentClaim>;
  /** Sent claims the signed-in person attests (their bodies, never their own). */
  attestQueue(): Promise<SentClaim[]>;
  attest(claimId: number): Promise<void>;
  returnClaim(claimId: number, reason: string): Promise<void>;
  /** Payroll: attested claims not yet transferred, attested on or before the period's last day (`yyyy-MM`). */
  payrollPeriod(period: string): Promise<SentClaim[]>;
  /** Payroll: a Transferred event per claim; all are checked before any is written. */
  markTransferred(claimIds: readonly number[], period: string): Promise<void>;
}

/**
 * What awaits signing (DOMAIN §6, issue #12): the minutes documents out for signing whose current
 * version still misses a signature, with the deadline from the body's settings and how far along it
 * is. A signer sees what awaits their own signature; the body's staff see what is late. Who has
 * signed is `minutesState`'s answer over the signature rows, so a voided signature (an earlier
 * version) or one that does not count (another's row, a wrong hash) leaves its place open.
 */
import { trustFromStaff } from '../bodies/trust';
import type { Setting } from '../settings/settings';
import { signingDeadline, signingStatus, type SigningDeadline, type SigningStatus } from './deadlines';
import { signingSettingsOn, type MinutesSettingProblem } from './signingSettings';
import { minutesState, type Signer } from './state';
import type { DesignatedSigners, MinutesVersion, SignatureEvent, SignerRole } from './types';

/** A frozen version with the signers frozen with it: who signs is the version's, not the meeting's columns as they are now. */
export type SigningVersion = MinutesVersion & { signers: DesignatedSigners };

/** One minutes document as read: its frozen versions and the signature rows on it. */
export interface SigningCase {
  minutesId: number;
  meetingId: number;
  bodyId: number;
  /** T0, the meeting's last day (`meetingLastDay`): the deadline counts from it. */
  lastMeetingDay: string;
  versions: readonly SigningVersion[];
  signatures: readonly SignatureEvent[];
}

/** Where an unsigned document stands against its deadline. */
export type OpenSigningStatus = Extract<SigningStatus, 'pending' | 'remind' | 'overdue'>;

/** A document whose current version misses signatures. */
export interface OpenSigning {
  minutesId: number;
  meetingId: number;
  bodyId: number;
  lastMeetingDay: string;
  /** The current version: the one to sign. */
  version: number;
  immediate: boolean;
  sections: readonly number[];
  /** Null when the body's settings do not give one (`problems` says why): never a default. */
  deadline: SigningDeadline | null;
  status: OpenSigningStatus | null;
  problems: MinutesSettingProblem[];
  /** Everyone designated on the current version without a counted signature, chair first. */
  missing: Signer[];
}

/** What awaits one person's signature: the roles they still sign in, each once. */
export interface MySigning extends OpenSigning {
  roles: SignerRole[];
}

/** The document's state on its current version; null when it has none or is signed. */
export function openSigning(c: SigningCase, settings: readonly Setting[], now: string): OpenSigning | null {
  const versions = c.versions.filter((v) => v.minutesId === c.minutesId);
  const current = versions.reduce<SigningVersion | null>((cur, v) => (cur === null || v.version > cur.version ? v : cur), null);
  if (current === null) return null;
  const status = minutesState({
    minutesId: c.minutesId,
    versions,
    signers: current.signers,
    signatures: c.signatures,
    // notices and staff matter only after tJ, and a signed document is no longer open
    notices: [],
    trust: trustFromStaff([]),
    now,
  });
  if (status.signedAt !== null || status.missing.length === 0) return null;
  const read = signingSettingsOn(settings, c.bodyId, c.lastMeetingDay);
  const deadline = read.ok ? signingDeadline(c.lastMeetingDay, read.value) : null;
  return {
    minutesId: c.minutesId,
    meetingId: c.meetingId,
    bodyId: c.bodyId,
    lastMeetingDay: c.lastMeetingDay,
    version: current.version,
    immediate: current.immediate,
    sections: current.sections,
    deadline,
    status: deadline ? (signingStatus(deadline, now, null) as OpenSigningStatus) : null,
    problems: read.ok ? [] : read.problems,
    missing: status.missing,
  };
}

/** Soonest deadline first (an overdue one is the soonest); those without a deadline after; then by meeting. */
function byUrgency(a: OpenSigning, b: OpenSigning): number {
  const due = (s: OpenSigning): string => s.deadline?.due ?? '9999-12-31';
  return due(a).localeCompare(due(b)) || a.lastMeetingDay.localeCompare(b.lastMeetingDay) || a.minutesId - b.minutesId;
}

/** The documents whose current version awaits `personId`'s signature, in the roles they are designated for and have not signed. */
export function awaitingSignatureOf(
  personId: number,
  cases: readonly SigningCase[],
  settings: readonly Setting[],
  now: string,
): MySigning[] {
  const out: MySigning[] = [];
  for (const c of cases) {
    const open = openSigning(c, settings, now);
    if (!open) continue;
    const roles = [...new Set(open.missing.filter((p) => p.personId === personId).map((p) => p.role))];
    if (roles.length) out.push({ ...open, roles });
  }
  return out.sort(byUrgency);
}

/**
 * For the body's staff: documents of the bodies they serve that are not signed and past the
 * reminder day or the deadline, and those whose deadline the settings cannot give (to be set).
 */
export function lateSignings(
  cases: readonly SigningCase[],
  settings: readonly Setting[],
  now: string,
  serves: (bodyId: number) => boolean,
): OpenSigning[] {
  const out: OpenSigning[] = [];
  for (const c of cases) {
    if (!serves(c.bodyId)) continue;
    const open = openSigning(c, settings, now);
    if (open && (open.status === 'remind' || open.status === 'overdue' || open.problems.length > 0)) out.push(open);
  }
  return out.sort(byUrgency);
}

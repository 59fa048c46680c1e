/**
 * Where one minutes document stands (DOMAIN §6), derived from its frozen versions, the signature
 * rows and the notice events — never from a status a client wrote (DESIGN §4).
 *
 * Signatures, in server order (created, then id), go through these checks; only a counted signature
 * uses up its signer's place, so a row someone else wrote claiming the chair's role never blocks the
 * chair's own (the list has no unique key):
 * otherMinutes → unreadableTime → unknownVersion → oldVersion → documentChanged → wrongHash →
 * notDesignated → wrongRole → duplicate.
 *
 * Draft (Utkast) → Signing (Justering) → Signed (Justerat, at tJ) → Posted (Anslaget, the appeal
 * period runs) → AppealPeriodOver (the period has run, the notice is still up) → TakenDown (Nedtaget).
 */
import type { Trust } from '../bodies/trust';
import { latestPostingDay, noticePeriod, serverDate, type NoticePeriod } from './deadlines';
import { sameDigest } from './hash';
import type { DesignatedSigners, MinutesVersion, NoticeEvent, SignatureEvent, SignerRole } from './types';

export type MinutesState = 'Draft' | 'Signing' | 'Signed' | 'Posted' | 'AppealPeriodOver' | 'TakenDown';

export type SignatureIgnoredReason =
  /** Filed under another minutes document (e.g. an immediate signing's). */
  | 'otherMinutes'
  /** Its server time cannot be read (never from SharePoint): it cannot be placed in order. */
  | 'unreadableTime'
  /** Names a version that was never frozen. */
  | 'unknownVersion'
  /** Names an earlier version: a new version voids every signature of the earlier ones. */
  | 'oldVersion'
  /** The document was changed after the current version was frozen. */
  | 'documentChanged'
  /** The signer was shown other bytes than the version's. */
  | 'wrongHash'
  /** The author is not among the designated signers. */
  | 'notDesignated'
  /** The author is designated, but not for the role the row claims. */
  | 'wrongRole'
  /** The signer has already signed this version in this role. */
  | 'duplicate';

export type NoticeIgnoredReason =
  | 'otherMinutes'
  | 'unreadableTime'
  /** Only the body's staff post and take down notices. */
  | 'notStaff'
  /** A posting a failed step left without its text and public version: not on the board, so not posted. */
  | 'unfinished'
  /** Before tJ, or the minutes are not signed: there is nothing signed to give notice of. */
  | 'notSigned'
  /** Posted again while a notice is up. */
  | 'alreadyPosted'
  /** Taken down while no notice is up. */
  | 'notPosted'
  /** After the notice came down with the period run: the document's notice is done. */
  | 'periodRun';

export type MinutesProblem =
  /** The document differs from the frozen version: its signatures are void until a new version is frozen. */
  | { code: 'documentChanged'; version: number }
  /** Signed, not posted, and the last day to post (KL 8:12) has passed. */
  | { code: 'postingOverdue'; latest: string }
  | { code: 'postedLate'; latest: string; postedOn: string }
  /** Taken down before the period had run: the period did not run out; the notice must go up again. */
  | { code: 'takenDownEarly'; postedOn: string; takenDownOn: string; earliest: string };

export interface MinutesStateInput {
  minutesId: number;
  /** The document's frozen versions (other documents' are left out). */
  versions: readonly MinutesVersion[];
  /** SHA-256 of the document as it is now; omitted when not read. */
  documentSha256?: string | null;
  signers: DesignatedSigners;
  signatures: readonly SignatureEvent[];
  notices: readonly NoticeEvent[];
  /** The body's staff (bodies/trust): their notice events count. */
  trust: Trust;
  /** The server's clock (ISO). */
  now: string;
}

export interface Signer {
  role: SignerRole;
  personId: number;
}

export interface NoticeState extends NoticePeriod {
  postedAt: string;
  takenDownAt: string | null;
}

export interface MinutesStatus {
  state: MinutesState;
  /** The latest frozen version; null before the first. */
  version: MinutesVersion | null;
  /** Counted signatures in server order. */
  counted: SignatureEvent[];
  /** Everyone designated who has no counted signature: chair, co-signers, secretary. */
  missing: Signer[];
  ignored: { signature: SignatureEvent; reason: SignatureIgnoredReason }[];
  /** Signatures that were good for a version no longer current: their signers must be told and sign again. */
  voided: SignatureEvent[];
  /** tJ: server time of the latest counted signature, once every designated signer has signed. */
  signedAt: string | null;
  /** The notice whose appeal period runs or has run. */
  notice: NoticeState | null;
  ignoredNotices: { event: NoticeEvent; reason: NoticeIgnoredReason }[];
  problems: MinutesProblem[];
}

const instant = (iso: string): number => Date.parse(iso);

/** Server order; an unreadable time sorts last. */
function inServerOrder<T extends { id: number }>(rows: readonly T[], time: (row: T) => string): { row: T; at: number }[] {
  return rows
    .map((row) => ({ row, at: instant(time(row)) }))
    .sort((a, b) => (Number.isNaN(a.at) ? 1 : 0) - (Number.isNaN(b.at) ? 1 : 0) || a.at - b.at || a.row.id - b.row.id);
}

function designatedRoles(s: DesignatedSigners, personId: number): SignerRole[] {
  const roles: SignerRole[] = [];
  if (s.chairId === personId) roles.push('chair');
  if (s.coSignerIds.includes(personId)) roles.push('coSigner');
  if (s.secretaryId === personId) roles.push('secretary');
  return roles;
}

function allSigners(s: DesignatedSigners): Signer[] {
  const list: Signer[] = [{ role: 'chair', personId: s.chairId }];
  for (const id of new Set(s.coSignerIds)) list.push({ role: 'coSigner', personId: id });
  list.push({ role: 'secretary', personId: s.secretaryId });
  return list;
}

const place = (role: SignerRole, personId: number): string => `${role}:${personId}`;

export function minutesState(input: MinutesStateInput): MinutesStatus {
  const { minutesId, signers } = input;
  const versions = input.versions.filter((v) => v.minutesId === minutesId);
  const current = versions.reduce<MinutesVersion | null>((c, v) => (c === null || v.version >= c.version ? v : c), null);
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  const shown = input.documentSha256 ?? null;
  const changed = current !== null && shown !== null && !sameDigest(shown, current.sha256);

  const counted: SignatureEvent[] = [];
  const ignored: MinutesStatus['ignored'] = [];
  const voided: SignatureEvent[] = [];
  // places taken per version, so that of the signatures on an earlier version only those that had counted are voided
  const taken = new Set<string>();
  const judge = (s: SignatureEvent, at: number): SignatureIgnoredReason | null => {
    if (s.minutesId !== minutesId) return 'otherMinutes';
    if (Number.isNaN(at)) return 'unreadableTime';
    const version = byNumber.get(s.version);
    if (version === undefined) return 'unknownVersion';
    const roles = designatedRoles(signers, s.authorId);
    const hashOk = sameDigest(s.sha256, version.sha256);
    const key = `${s.version}:${place(s.role, s.authorId)}`;
    // only a signature that is good on its version takes a place: a forged row never blocks the real signer
    const first = hashOk && roles.includes(s.role) && !taken.has(key);
    if (first) taken.add(key);
    if (version !== current || changed) {
      if (first) voided.push(s);
      return version !== current ? 'oldVersion' : 'documentChanged';
    }
    if (!hashOk) return 'wrongHash';
    if (roles.length === 0) return 'notDesignated';
    if (!roles.includes(s.role)) return 'wrongRole';
    return first ? null : 'duplicate';
  };
  for (const { row, at } of inServerOrder(input.signatures, (s) => s.created)) {
    const reason = judge(row, at);
    if (reason) ignored.push({ signature: row, reason });
    else counted.push(row);
  }

  const signedPlaces = new Set(counted.map((s) => place(s.role, s.authorId)));
  const missing = allSigners(signers).filter((p) => !signedPlaces.has(place(p.role, p.personId)));
  const complete = current !== null && !changed && missing.length === 0;
  // counted is in server order: the last one is tJ
  const signedAt = complete && counted.length > 0 ? counted[counted.length - 1].created : null;

  const problems: MinutesProblem[] = [];
  if (changed && current) problems.push({ code: 'documentChanged', version: current.version });
  const base = { version: current, counted, missing, ignored, voided, signedAt, problems };

  if (current === null || changed) return { ...base, state: 'Draft', notice: null, ignoredNotices: noticesIgnoredUnsigned(input) };
  if (signedAt === null) return { ...base, state: 'Signing', notice: null, ignoredNotices: noticesIgnoredUnsigned(input) };

  const { notice, ignoredNotices, done } = readNotices(input, signedAt, problems);
  const today = serverDate(input.now);
  const latest = latestPostingDay(signedAt);
  if (notice === null) {
    if (today > latest) problems.push({ code: 'postingOverdue', latest });
    return { ...base, state: 'Signed', notice, ignoredNotices };
  }
  if (notice.postedOn > latest) problems.push({ code: 'postedLate', latest, postedOn: notice.postedOn });
  const state: MinutesState = done ? 'TakenDown' : today >= notice.removeOn ? 'AppealPeriodOver' : 'Posted';
  return { ...base, state, notice, ignoredNotices };
}

/** Before tJ every notice event is out of place; still sorted out by reason so the clerk sees why. */
function noticesIgnoredUnsigned(input: MinutesStateInput): MinutesStatus['ignoredNotices'] {
  return inServerOrder(input.notices, (e) => e.at).map(({ row, at }) => ({
    event: row,
    reason: noticeGate(input, row, at) ?? 'notSigned',
  }));
}

/** What the notice rules read: one document's notice events and whose events count. */
type NoticeInput = Pick<MinutesStateInput, 'minutesId' | 'notices' | 'trust'>;

function noticeGate(input: NoticeInput, e: NoticeEvent, at: number): NoticeIgnoredReason | null {
  if (e.minutesId !== input.minutesId) return 'otherMinutes';
  if (Number.isNaN(at)) return 'unreadableTime';
  if (!input.trust.isStaff(e.authorId)) return 'notStaff';
  return null;
}

/**
 * The notice of one document from its notice events alone, by the same rules as `minutesState`:
 * only the body's staff count, a second posting while one is up is ignored, a taking down before
 * the period has run leaves no notice up (a later posting counts again). For a reader that cannot
 * see tJ — the public notice board reads no signatures or versions — so no event is judged against it.
 */
export function noticeFromEvents(input: NoticeInput): {
  notice: NoticeState | null;
  ignoredNotices: MinutesStatus['ignoredNotices'];
  done: boolean;
  problems: MinutesProblem[];
} {
  const problems: MinutesProblem[] = [];
  return { ...readNotices(input, null, problems), problems };
}

/** Walks the trusted notice events after tJ (every trusted one when `signedAt` is null): the notice up now, or the one that came down with the period run. */
function readNotices(
  input: NoticeInput,
  signedAt: string | null,
  problems: MinutesProblem[],
): { notice: NoticeState | null; ignoredNotices: MinutesStatus['ignoredNotices']; done: boolean } {
  const ignoredNotices: MinutesStatus['ignoredNotices'] = [];
  const signed = signedAt === null ? -Infinity : instant(signedAt);
  let up: NoticeState | null = null;
  let done = false;
  for (const { row: e, at } of inServerOrder(input.notices, (e) => e.at)) {
    const gate =
      noticeGate(input, e, at) ??
      (at < signed ? 'notSigned' : done ? 'periodRun' : e.kind === 'Posted' && e.complete === false ? 'unfinished' : null);
    if (gate) {
      ignoredNotices.push({ event: e, reason: gate });
    } else if (e.kind === 'Posted') {
      if (up) ignoredNotices.push({ event: e, reason: 'alreadyPosted' });
      else up = { ...noticePeriod(serverDate(e.at)), postedAt: e.at, takenDownAt: null };
    } else if (!up) {
      ignoredNotices.push({ event: e, reason: 'notPosted' });
    } else {
      const posted: NoticeState = up;
      const takenDownOn = serverDate(e.at);
      if (takenDownOn >= posted.removeOn) {
        up = { ...posted, takenDownAt: e.at };
        done = true;
      } else {
        problems.push({ code: 'takenDownEarly', postedOn: posted.postedOn, takenDownOn, earliest: posted.removeOn });
        up = null;
      }
    }
  }
  return { notice: up, ignoredNotices, done };
}

/**
 * The minutes feature as the UI sees it (DOMAIN §6, DESIGN §4): a meeting's minutes documents with
 * their frozen versions, signatures and notice events, and where each stands by `minutesState`.
 * Types only, so a view and the services can name them without loading the repository.
 */
import type { MinutesStatus } from '../../domain/minutes/state';
import type { MinutesWording } from '../../domain/minutes/wording';
import type { DesignatedSigners, MinutesVersion, NoticeEvent, SignatureEvent, SignerRole } from '../../domain/minutes/types';
import type { PostingProblem } from '../../domain/minutes/deadlines';
import type { ContentsProblem } from '../../domain/minutes/contents';
import type { Dissent, DissentEventKind, DissentKind } from '../../domain/minutes/dissents';
import type { MinutesFonts } from './render/types';
import type { AgendaItem, PersonRef } from '../services';

/** One frozen version: a file `v<N>.pdf` in the document's folder of the `Minutes` library. */
export interface FrozenVersion extends MinutesVersion {
  /** The file's item id in the library. */
  fileId: number;
  /** Server-relative URL of the file. */
  url: string;
  /** Server time of the upload (the file's `Created`) and who froze it (`Author`). */
  frozenAt: string;
  frozenBy: number;
  /** Who signs this version, frozen with it: the meeting's signers at freezing time. */
  signers: DesignatedSigners;
}

/** A minutes document: the full minutes, or an extract of sections signed immediately (omedelbar justering). */
export interface MinutesDocument {
  /** The document folder's item id: what signatures and notices refer to (`MinutesDocument`). */
  id: number;
  meetingId: number;
  title: string;
  immediate: boolean;
  sections: number[];
  /** Oldest first. */
  versions: FrozenVersion[];
  signatures: SignatureEvent[];
  notices: NoticeEvent[];
  /** SHA-256 of the current version's bytes as read now; null before the first version. */
  currentSha256: string | null;
  /** Where it stands, by the domain's rule over the trusted rows (never a status column). */
  status: MinutesStatus;
}

/** Who signs the meeting's minutes (the meeting's Chair, CoSigners and Secretary columns). */
export interface MinutesSigners {
  chair: PersonRef | null;
  coSigners: PersonRef[];
  /** Set on the meeting when the minutes are first frozen; null until then. */
  secretary: PersonRef | null;
}

export interface MeetingMinutes {
  meetingId: number;
  bodyId: number;
  signers: MinutesSigners;
  /** The full minutes first, then immediate extracts by their first section. */
  documents: MinutesDocument[];
  /** The body's staff (`bodyStaffIds`): their versions and notice events count. */
  staffIds: number[];
  /** Authors of the signature rows, so that an ignored signature can be shown with a name. */
  people: PersonRef[];
  /** Whether the signed-in person may freeze versions and post notices (the body's clerk or a site owner). */
  canManage: boolean;
}

export interface FreezeOptions {
  /** The section (§) numbers the document covers. */
  sections: readonly number[];
  /** An extract of these sections signed ahead of the full minutes: a document of its own. */
  immediate: boolean;
}

export interface PostedNotice {
  event: NoticeEvent;
  postedOn: string;
  appealEnds: string;
  removeOn: string;
  /** Server-relative URL of the public version posted with the notice, in `Minutes/Offentliga`: what the public board links to. */
  publicUrl: string;
  /** Posted after the last day KL 8:12 allows: posted all the same (the appeal period only runs from posting), and said so. */
  late: Extract<PostingProblem, { code: 'postingLate' }> | null;
}

export interface GenerateOptions {
  /** The document's fixed texts, from the UI's minutes table (`minutesStrings`): minutes are kept in Swedish. */
  wording: MinutesWording;
  /** The public version: confidential items shown as "Sekretess" only, identity numbers masked (DOMAIN §8). */
  public: boolean;
  /** An extract (protokollsutdrag) of these sections; all sections when left out. */
  sections?: readonly number[];
  /**
   * The archival copy of signed minutes: these counted signatures (server-stamped time, role, the
   * SHA-256 of the version signed) on the signature page. Left out for a draft.
   */
  signed?: readonly { personId: number; role: SignerRole; signedAt: string; sha256: string }[];
  /** Where the PDF's fonts (`FONT_FILES`) are served; defaults to `fonts/` under the host's assets URL. */
  fontsBaseUrl?: string;
  /** The fonts' bytes, or a loader for them, instead of fetching from `fontsBaseUrl` (tests in Node, a host that holds them already). */
  fonts?: MinutesFonts | (() => Promise<MinutesFonts>);
}

export interface GeneratedMinutes {
  pdf: Uint8Array;
  docx: Uint8Array;
  /** The section (§) numbers the files hold. */
  sections: number[];
  /** The sections with their titles, as the document's index lists them (for choosing an extract). */
  index: { section: number; label: string; title: string }[];
  /** What KL 5:67 asks the minutes to hold and the record lacks: shown to the clerk, never printed. */
  problems: ContentsProblem[];
}

/** The signed-in person's dissents (reservationer) and minute notes on a meeting's items (KL 4:27). */
export interface MyDissents {
  /** A dissent or note may be announced: the meeting has begun and is not closed. */
  announceOpen: boolean;
  /** The time set for signing the minutes, until which written reasons count (null: not set). */
  reasonsUntil: string | null;
  reasonsOpen: boolean;
  /** Items with the person's standing dissents and notes. */
  items: { itemId: number; dissents: Dissent[] }[];
}

export interface MinutesRepository {
  /** The meeting's minutes documents, signers and state; reads the current version's bytes of each document to check them. */
  get(meetingId: number): Promise<MeetingMinutes>;
  /**
   * The minutes (or an extract) as PDF and Word, worded in Swedish, from what the lists recorded.
   * Only the body's clerks and the site owners generate them; anyone else is refused
   * (`notMinutesClerk`) before the record is read. Nothing is written.
   */
  generate(meetingId: number, options: GenerateOptions): Promise<GeneratedMinutes>;
  /** The bytes of a frozen version, as the signing view shows them. */
  content(minutesId: number, version: number): Promise<Uint8Array>;
  /**
   * The clerk freezes the document as it is now: a new version file whose SHA-256 is computed from
   * these bytes. Refused for anyone but the body's clerks and the site owners, for a meeting without
   * chair, co-signers or secretary, and once the document is signed.
   */
  freezeVersion(meetingId: number, bytes: Uint8Array | ArrayBuffer, options: FreezeOptions): Promise<FrozenVersion>;
  /**
   * The signed-in person signs a version: their client hashes the bytes it was shown (`shown`, or
   * the version's bytes downloaded now) and the row stores that hash. Refused before writing when
   * they are not designated, the version is not current, or the bytes differ from the frozen ones.
   */
  sign(minutesId: number, version: number, shown?: Uint8Array): Promise<SignatureEvent>;
  /**
   * The notice of signed minutes goes up; its date is the server's time of the write. The public
   * version (`publicVersion`: PDF bytes, as `generate(…, { public: true })` makes them: confidential
   * items left out, identity numbers masked) is uploaded first to `Minutes/Offentliga`, named after
   * the document and its version and never over another file, and the notice names it; the public
   * board links to it. Bytes that are not a PDF are refused (`publicVersionInvalid`) before anything
   * is read or written; so are the body's non-clerks, unsigned minutes and a notice already up.
   */
  postNotice(minutesId: number, publicVersion: Uint8Array | ArrayBuffer): Promise<PostedNotice>;
  /**
   * The clerk words an item's decision in the record. Once a version has gone out for signing the
   * change is a correction and needs `reason` (`correctionReasonRequired`); signed minutes are not
   * reworded (`minutesSigned`). The item's ETag guards another clerk's edit.
   */
  editDecision(item: AgendaItem, decision: string, reason: string | null): Promise<void>;
  /** The signed-in person's own dissents and minute notes on the meeting's items. */
  myDissents(meetingId: number): Promise<MyDissents>;
  /**
   * Announces a dissent or minute note on an item, gives a dissent's written reasons, or withdraws
   * it (append-only rows; what counts is the domain's rule over their server times).
   */
  recordDissent(meetingId: number, itemId: number, kind: DissentKind, event: DissentEventKind, text: string | null): Promise<void>;
  /** The notice comes down, at the earliest the day after the appeal period. */
  takeDownNotice(minutesId: number): Promise<NoticeEvent>;
}

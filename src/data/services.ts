import type { Answer } from '../domain/meetings/absence';
import type { ItemSeats } from '../domain/meetings/seats';
import type { Assignment, BodyKind, BodyRules, SeatAssignment } from '../domain/bodies/types';
import type { AttendanceEvent, ConflictEvent, ItemKind, Meeting } from '../domain/meetings/types';
import type { ProvisioningPlan, ProvisioningProgress, ProvisioningResult } from './provisioning/plan';
import { codeOfKind, type ErrorCode, type ErrorKind } from './errorCodes';
import type { CalendarRepository, DirectoryRepository, MailRepository } from './graph/types';
import type { LiveSession, LiveSessionOptions } from './live/session';
import type { AbsenceOutcome } from './notifications/types';
import type { BusySignal } from './busy';
import type { MinutesRepository } from './minutes/types';
import type { CompensationRepository } from './compensation/types';
import type { OpenSigningStatus } from '../domain/minutes/awaiting';
import type { MinutesSettingProblem } from '../domain/minutes/signingSettings';
import type { SignerRole } from '../domain/minutes/types';

/**
 * Everything the UI may use. Built once per host (SPFx web part, standalone host) from the
 * same PnPjs and Graph code; the UI never sees `@pnp/*` or the Graph client.
 */
export interface Services {
  user: CurrentUser;
  clock: Clock;
  /** UI language, e.g. 'sv-SE' or 'en-US'. */
  locale: string;
  links: Links;
  /** While a throttled request waits for its retry (both hosts build it; test doubles may leave it out). */
  busy?: BusySignal;
  /** A fresh two-factor confirmation right before an act that needs one (signing minutes), where the host can ask. */
  identity?: IdentityCheck;
  meetings: MeetingsRepository;
  /** One meeting: agenda, documents, attendance and jäv (members, clerks, the chair). */
  meeting: MeetingRepository;
  /** What clerks do: create meetings, build agendas, attach documents, publish notices. */
  clerk: ClerkRepository;
  /** Per-person memory of when a meeting was last opened (the "new since" marker). */
  visits: VisitStore;
  provisioning: ProvisioningService;
  /** Own, group and council calendars (Graph + the Meetings list). */
  calendar: CalendarRepository;
  /** Own and shared mailboxes (Graph). */
  mail: MailRepository;
  /** Elected officials: assignments from the site, phones and photos from Graph. */
  directory: DirectoryRepository;
  /** The live meeting: speaker list, proposals, remote participation, the chair's console (DESIGN §5). */
  live: LiveRepository;
  /** Minutes, signing and the notice of signed minutes (DOMAIN §6). */
  minutes: MinutesRepository;
  /** Compensation claims: drafts, sending, attestation and payroll (DOMAIN §7). */
  compensation: CompensationRepository;
}

/** One open live view's connection to the meeting: its state, kept current, and its writes (the session's public side). */
export type LiveClient = Pick<LiveSession, keyof LiveSession>;
export type { LiveSessionOptions };
export type { LiveSnapshot } from './live/reads';
export type { LiveState } from './live/raw';
export type { AbsenceOutcome, NotifyWarning, NotifyWarningCode } from './notifications/types';
export type { BusySignal };
export type { MinutesRepository };
export type { CompensationRepository };

export interface LiveRepository {
  /** Inside a Teams meeting: the portal meeting whose Teams chat this is; null if none. */
  meetingOfThread(threadId: string): Promise<number | null>;
  /** Loads the meeting and its live events; call `start()` on the client to keep it current. */
  open(meetingId: number, options: LiveSessionOptions): Promise<LiveClient>;
}

export interface CurrentUser {
  /** The person's id in the site's user list (what `Author`/`Person` lookups hold). */
  siteUserId: number;
  loginName: string;
  displayName: string;
  email: string;
}

/**
 * The host asks the person to confirm who they are with a second factor, now (the standalone
 * host's MSAL step-up with the authentication context). Rejects with a DataError
 * (`reconfirmCancelled` when the person closed the prompt, `reconfirmFailed` otherwise).
 */
export interface IdentityCheck {
  reconfirm(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** Where things open; each host knows its own URLs. */
export interface Links {
  agenda(meetingId: number): string;
  /** The meeting's minutes: where they are read and signed (justering). */
  minutes(meetingId: number): string;
}

export interface PersonRef {
  /** Site user id. */
  id: number;
  displayName: string;
  email: string;
}

export type DocumentKind = 'Notice' | 'OfficerReport' | 'DecisionBasis' | 'Attachment' | 'MinutesExtract' | 'Other';

export interface AgendaItem {
  id: number;
  meetingId: number;
  number: number;
  title: string;
  caseNumber: string;
  kind: ItemKind;
  proposedDecision: string;
  decision: string;
  confidential: boolean;
  /** Server time of the last change (the "changed since" marker compares against it). */
  modified: string;
  /** ETag for optimistic concurrency. */
  etag: string;
}

export interface MeetingDocument {
  id: number;
  meetingId: number;
  itemId: number | null;
  fileName: string;
  title: string;
  kind: DocumentKind;
  confidential: boolean;
  /** Opens the file in the browser (PDF) or Office on the web. */
  url: string;
  modified: string;
  size: number;
}

/** Everything the meeting page shows, read in one SharePoint `$batch` where the host allows. */
export interface MeetingDetails extends Meeting {
  bodyName: string;
  bodyCode: string;
  bodyKind: BodyKind;
  rules: BodyRules;
  chair: PersonRef | null;
  coSigners: PersonRef[];
  signingDue: string | null;
  noticePublished: string | null;
  eventId: string | null;
  /** Why the clerk cancelled the meeting (status Inställt), as they wrote it. */
  cancellationReason: string | null;
  items: AgendaItem[];
  /** Only what the reader is allowed to see: SharePoint filters confidential files. */
  documents: MeetingDocument[];
  /** Assignments in the body valid on the meeting's date (the seat table's input). */
  seatAssignments: SeatAssignment[];
  attendance: AttendanceEvent[];
  conflicts: ConflictEvent[];
  /** Site user ids of the body's staff, whose events count for others (DESIGN §4): its clerks and presidium, the site owners. */
  staffIds: number[];
  /** The reader's own assignments in the body on the meeting's date. */
  myAssignments: Assignment[];
}

export interface MeetingRepository {
  get(meetingId: number): Promise<MeetingDetails>;
  /**
   * The signed-in person's absence notice; `itemNumbers` null = the whole meeting. Once stored, the
   * body's clerks are mailed, and any substitute whose call-in it withdraws; what could not be
   * told comes back as warnings (the notice is stored all the same).
   */
  reportAbsence(meetingId: number, itemNumbers: number[] | null, reason: string): Promise<AbsenceOutcome>;
  withdrawAbsence(meetingId: number, itemNumbers: number[] | null): Promise<AbsenceOutcome>;
  /** The signed-in person confirms they will attend. */
  confirmAttendance(meetingId: number): Promise<void>;
  /** Jäv, declared by the person themself (before or during the meeting); a withdrawal is a new event. */
  declareConflict(meetingId: number, itemId: number, reason: string): Promise<void>;
  withdrawConflict(meetingId: number, itemId: number): Promise<void>;
  /** Roll call, arrivals and departures (clerk or chair); `fromItemId` null = from the start. */
  recordAttendance(
    meetingId: number,
    personId: number,
    kind: 'Present' | 'PresentRemote' | 'Absent' | 'Arrival' | 'Departure',
    fromItemId: number | null,
  ): Promise<void>;
  /** The body's decision on a disputed jäv (clerk or chair). */
  ruleOnConflict(meetingId: number, itemId: number, personId: number, upheld: boolean): Promise<void>;
  /** The seat table per item, for the voting app and the minutes. */
  seatTable(details: MeetingDetails, mode: 'planned' | 'rollCall'): ItemSeats[];
  /** Before the meeting: each assignee's answer (coming, absent for items, not answered). */
  answers(details: MeetingDetails): { person: SeatAssignment; answer: Answer }[];
}

export interface BodySummary {
  id: number;
  code: string;
  name: string;
  kind: BodyKind;
  defaultLocation: string;
  noticeDaysBefore: number;
  coSignerCount: number;
  /** Members only unless the body allows substitutes to co-sign (DOMAIN `[L]`). */
  coSignersMayBeSubstitutes: boolean;
  groupId: string | null;
}

/** Someone with an assignment in a body on a day, with their role there (a member if they hold both). */
export interface BodyPerson extends PersonRef {
  role: 'Member' | 'Substitute';
}

export interface MeetingInput {
  bodyId: number;
  title: string;
  start: string;
  end: string;
  location: string;
  remoteAllowed: boolean;
  chairId: number | null;
  coSignerIds: number[];
  signingDue: string | null;
}

export interface AgendaItemInput {
  title: string;
  caseNumber: string;
  kind: ItemKind;
  proposedDecision: string;
  confidential: boolean;
}

export interface PublishResult {
  eventId: string;
  teamsJoinUrl: string | null;
  /** RF: the public announcement was posted later than the body's notice days before the meeting. */
  lateAnnouncement: boolean;
  invited: number;
}

/** A file name the meeting already has: refuse ('fileExists'), a new version of that file, or keep both ("X (2).pdf"). */
export type SameName = 'refuse' | 'replace' | 'keepBoth';

export interface ClerkRepository {
  /** Whether the signed-in person may edit meetings (a clerk or site owner: EditListItems on Meetings). */
  canEdit(): Promise<boolean>;
  bodies(): Promise<BodySummary[]>;
  /** People who may be chair or co-signers of a body's meeting: its current assignees. */
  peopleOf(bodyId: number, onDate: string): Promise<BodyPerson[]>;
  createMeeting(input: MeetingInput): Promise<number>;
  updateMeeting(meetingId: number, input: MeetingInput): Promise<void>;
  addItem(meetingId: number, input: AgendaItemInput): Promise<AgendaItem>;
  updateItem(item: AgendaItem, input: AgendaItemInput): Promise<void>;
  /** Moves an item to a new position and renumbers the rest, in one batch. */
  moveItem(meetingId: number, itemId: number, toNumber: number): Promise<void>;
  /** Refuses (DataError 'conflict') while documents are attached; nothing is deleted then. */
  deleteItem(itemId: number): Promise<void>;
  /**
   * Stores the file in the meeting's folder (confidential ones where only the body's readers
   * reach them). A name the meeting's folder already has is refused with 'fileExists' unless
   * `sameName` says what to do: a new version of that file, or both under a free name.
   */
  uploadDocument(
    meetingId: number,
    itemId: number | null,
    file: { name: string; content: ArrayBuffer },
    meta: { title: string; kind: DocumentKind; confidential: boolean; sameName?: SameName },
  ): Promise<MeetingDocument>;
  deleteDocument(documentId: number): Promise<void>;
  /** Sends the notice: the body's group calendar event with a Teams link, updated on re-publish; RF: the announcement on the notice board. */
  publishNotice(meetingId: number): Promise<PublishResult>;
  /** Cancels the meeting and its calendar event. */
  cancelMeeting(meetingId: number, reason: string): Promise<void>;
}

export interface VisitStore {
  lastSeen(meetingId: number): string | null;
  markSeen(meetingId: number, at: string): void;
}

/** A meeting as "Mina sammanträden" shows it. */
export interface MyMeeting extends Meeting {
  bodyName: string;
  bodyCode: string;
  /** The person's assignments in the body on the meeting's date (member, substitute, chair…). */
  myAssignments: Assignment[];
  agendaUrl: string;
  /** A substitute called in by the absence notices so far: for whom and for which items; null otherwise. */
  calledIn: { forMemberName: string; items: 'all' | number[] } | null;
  /** The person serves the body as staff (a clerk set on the body, a site owner) rather than, or besides, an assignment. */
  asStaff: boolean;
}

/** A minutes document whose current version awaits signatures (DOMAIN §6), as the overview lists it. */
export interface SigningToDoBase {
  /** The document (its folder in the `Minutes` library). */
  minutesId: number;
  meetingId: number;
  meetingTitle: string;
  bodyId: number;
  bodyName: string;
  /** The meeting's start (UTC ISO): the date the minutes are named by. */
  meetingStart: string;
  /** The current version: the one to sign. */
  version: number;
  /** An extract signed ahead of the full minutes (omedelbar justering) of these sections. */
  immediate: boolean;
  sections: number[];
  /** The last day to sign (`yyyy-MM-dd`, from the body's settings); null when the settings give none (`settingProblems`). */
  due: string | null;
  /** pending, remind (from the reminder day), overdue (after `due`); null without a deadline. */
  status: OpenSigningStatus | null;
  settingProblems: MinutesSettingProblem[];
  /** Where the minutes are read and signed (`links.minutes`). */
  url: string;
}

/** "Att justera": the signed-in person is designated on the current version and has not signed in these roles. */
export interface SignToDo extends SigningToDoBase {
  kind: 'sign';
  /** Each role once, chair first. */
  roles: SignerRole[];
}

/** "Försenad justering", for the body's clerks and the site owners: not signed and past the reminder day, or without a deadline. */
export interface LateSigningToDo extends SigningToDoBase {
  kind: 'lateSigning';
  /** Who has not signed the current version; `name` null when the meeting no longer names them. */
  missing: { role: SignerRole; personId: number; name: string | null }[];
}

/** What the overview asks the person to do; later features add their own kinds. */
export type ToDo = SignToDo | LateSigningToDo;

/** The overview's first render: the upcoming meetings and what awaits the person, from one SharePoint `$batch`. */
export interface MyOverview {
  meetings: MyMeeting[];
  toDo: ToDo[];
  /** Why the to-do list could not be read (the meetings were); null when it was. */
  toDoError: ErrorCode | null;
}

export interface MeetingsRepository {
  /** Whether the signed-in person may create and edit meetings (clerks, site owners): the overview offers "Skapa sammanträde". */
  canCreate(): Promise<boolean>;
  /** Upcoming meetings of the signed-in person; one SharePoint `$batch` on the wire. */
  myUpcoming(limit?: number): Promise<MyMeeting[]>;
  /** The overview: upcoming meetings as `myUpcoming`, and what awaits the person (minutes to sign…); one SharePoint `$batch` on the wire. */
  myOverview(limit?: number): Promise<MyOverview>;
  /** Past meetings of the signed-in person (the last year), newest first; read only when asked for. */
  myPast(limit?: number): Promise<MyMeeting[]>;
}

export interface ProvisioningService {
  /** Whether the signed-in person may change the site's lists and permissions (ManageWeb + ManagePermissions). */
  canManage(): Promise<boolean>;
  /** Reads the site and returns what differs from the schema. Changes nothing. */
  inspect(): Promise<ProvisioningPlan>;
  /** Applies a plan step by step; stops at the first failure and says which step failed. Safe to re-run. */
  apply(plan: ProvisioningPlan, onProgress?: (p: ProvisioningProgress) => void): Promise<ProvisioningResult>;
}

/**
 * A failure the UI can explain: `code` is the key of its text in the string table (what happened,
 * what to do, in the UI language); `kind` groups codes; `message` is an English detail for the log.
 */
export class DataError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly status?: number,
    code?: ErrorCode,
  ) {
    super(message);
    this.name = 'DataError';
    this.code = code ?? codeOfKind[kind];
  }
}

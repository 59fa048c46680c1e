import type { CalendarEntry } from '../../domain/calendar/calendar';
import type { AssignmentRole, Position } from '../../domain/bodies/types';
import type { DataError } from '../services';

/** A Microsoft 365 group whose calendar can be shown. */
export interface CalendarGroup {
  id: string;
  name: string;
}

/** A calendar that could not be read, and why: the rest of the calendar still shows. */
export interface CalendarFailure {
  /** 'own', 'meetings', or the group's id. */
  source: string;
  name: string;
  error: DataError;
}

export interface CalendarRange {
  /** Swedish calendar dates, `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
}

export interface CalendarLoad {
  entries: CalendarEntry[];
  /** The group calendars that were asked for (configured, or the defaults from assignments). */
  groups: CalendarGroup[];
  failures: CalendarFailure[];
  /** The bodies whose meeting plans can be subscribed to (the person's current bodies). */
  bodies: { id: number; name: string; code: string }[];
}

/** An iCalendar file ready for download. */
export interface IcsFile {
  fileName: string;
  content: string;
}

export interface CalendarRepository {
  /**
   * Own events, group events and council meetings of a date range, merged. `groups` are the
   * configured group calendars; null = the defaults (the bodies' groups and the person's groups).
   */
  load(range: CalendarRange, groups: readonly CalendarGroup[] | null): Promise<CalendarLoad>;
  /** The Microsoft 365 groups the person belongs to, for choosing which calendars to show. */
  availableGroups(): Promise<CalendarGroup[]>;
  /** A body's meeting plan (the coming year and the past month) as iCalendar. */
  meetingPlan(bodyId: number): Promise<IcsFile>;
}

export type Importance = 'low' | 'normal' | 'high';

export interface MailMessage {
  id: string;
  subject: string;
  fromName: string;
  fromAddress: string;
  received: string;
  importance: Importance;
  hasAttachments: boolean;
  isRead: boolean;
  webLink: string | null;
}

/** The person's own mailbox is `me`; shared mailboxes by address. */
export interface MailboxRef {
  address: string | 'me';
}

export type MailboxResult =
  | { mailbox: string; name: string; ok: true; unread: number; total: number; messages: MailMessage[] }
  | { mailbox: string; name: string; ok: false; error: DataError };

/** However large a mailbox, the view lists at most this many (the rest open in Outlook). */
export const MAX_TOP = 25;

export interface MailRepository {
  /** Unread count and the latest messages of each mailbox; one failing mailbox never fails the others. */
  mailboxes(shared: readonly string[], top: number): Promise<MailboxResult[]>;
  markRead(mailbox: string, messageId: string): Promise<void>;
}

export interface DirectoryAssignment {
  bodyId: number;
  bodyName: string;
  bodyCode: string;
  role: AssignmentRole;
  position: Position | null;
  party: string;
  validFrom: string;
  validTo: string | null;
}

export interface DirectoryPerson {
  /** Site user id. */
  id: number;
  name: string;
  email: string;
  parties: string[];
  assignments: DirectoryAssignment[];
}

export interface DirectoryContact {
  /** The sign-in name Graph addresses the person by (for the photo). */
  upn: string | null;
  givenName: string | null;
  surname: string | null;
  phone: string | null;
  mobile: string | null;
}

export interface DirectoryRepository {
  /** Everyone with an assignment in force today, by name. One SharePoint `$batch`. */
  current(): Promise<DirectoryPerson[]>;
  /** Phones from Graph, by e-mail (lower case); people Graph does not know are left out. */
  contacts(emails: readonly string[]): Promise<Map<string, DirectoryContact>>;
  /** Photos (48×48) as data URLs by UPN (lower case); null where the person has none. */
  photos(upns: readonly string[]): Promise<Map<string, string | null>>;
  /** Every assignment of one person, past ones too, newest first. */
  history(personId: number): Promise<DirectoryAssignment[]>;
}

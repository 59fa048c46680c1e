/** Meetings, agenda items and the events members and clerks append to them (DOMAIN.md §2–3, §9). Plain data; no I/O. */

export type MeetingStatus = 'Planned' | 'Notified' | 'InProgress' | 'Closed' | 'Cancelled';

export interface Meeting {
  id: number;
  title: string;
  bodyId: number;
  start: string;
  end: string | null;
  location: string;
  status: MeetingStatus;
  remoteAllowed: boolean;
  teamsJoinUrl: string | null;
}

export type ItemKind = 'Decision' | 'Information' | 'Election' | 'Interpellation' | 'Question' | 'Report';

export interface AgendaItemRef {
  id: number;
  /** Position on the agenda, 1-based. */
  number: number;
}

/**
 * Attendance events as stored in `Lists/Attendance` (append-only). `at` is the server's `Created`,
 * `authorId` the server's `Author` — never values a client wrote (DESIGN §4).
 */
export type AttendanceKind =
  | 'WillAttend'
  | 'Absence'
  | 'AbsenceWithdrawn'
  | 'Present'
  | 'PresentRemote'
  | 'Absent'
  | 'Arrival'
  | 'Departure'
  // remote participation during the meeting (KL 5:16; src/domain/live/remote.ts)
  | 'RemoteConfirmed'
  | 'LinkBroken'
  | 'LinkRestored'
  | 'LinkAbsent';

export interface AttendanceEvent {
  id: number;
  personId: number;
  kind: AttendanceKind;
  /** Absence notices: the agenda item numbers they cover; null = the whole meeting. */
  itemNumbers: number[] | null;
  /** Roll-call events: the agenda item from which the change applies; null = from the start. */
  fromItemId: number | null;
  reason: string | null;
  at: string;
  authorId: number;
}

export type ConflictKind = 'Declared' | 'Withdrawn' | 'Upheld' | 'Rejected';

export interface ConflictEvent {
  id: number;
  personId: number;
  itemId: number;
  kind: ConflictKind;
  reason: string | null;
  at: string;
  authorId: number;
}

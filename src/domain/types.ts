/** Domain vocabulary (DOMAIN.md §9). Plain data; no I/O. */

export type BodyKind = 'RegionalAssembly' | 'ExecutiveBoard' | 'Committee' | 'SubCommittee' | 'DraftingCommittee' | 'Auditors';
export type AssignmentRole = 'Member' | 'Substitute';
export type Position = 'Chair' | 'FirstViceChair' | 'SecondViceChair';
export type MeetingStatus = 'Planned' | 'Notified' | 'InProgress' | 'Closed' | 'Cancelled';
export type SubstituteRule = 'SamePartyOnly' | 'PersonalThenPartyThenCrossParty';

export interface Assignment {
  id: number;
  personId: number;
  bodyId: number;
  role: AssignmentRole;
  position: Position | null;
  party: string;
  substituteOrder: number | null;
  /** Calendar dates, `yyyy-MM-dd`; `validTo` null = until further notice. */
  validFrom: string;
  validTo: string | null;
}

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

/** A body's local rules of procedure that the seat table needs (DOMAIN §2, `[L]`: settings per body). */
export interface BodyRules {
  bodyId: number;
  kind: BodyKind;
  seats: number;
  substituteRule: SubstituteRule;
  /** Per party, the parties whose substitutes are called next, in order (committees only). */
  crossPartyOrder: Record<string, string[]>;
  /** Whether a member who left may come back the same day (växeltjänstgöring). */
  returnSameDayAllowed: boolean;
}

/** A seat-holder candidate: one assignment in the body valid on the meeting's date. */
export interface SeatAssignment {
  personId: number;
  name: string;
  role: AssignmentRole;
  party: string;
  /** Members: the seat number (roll-call order). */
  seatNumber: number | null;
  /** Substitutes: place in the party's order (1 is called first). */
  substituteOrder: number | null;
  /** Substitutes: the member whose personal substitute they are, if any. */
  personalSubstituteFor: number | null;
  position: Position | null;
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
  | 'Departure';

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

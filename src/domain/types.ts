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

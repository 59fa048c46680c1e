/** Bodies and the people in them (DOMAIN.md §1, §9). Plain data; no I/O. */

export type BodyKind = 'RegionalAssembly' | 'ExecutiveBoard' | 'Committee' | 'SubCommittee' | 'DraftingCommittee' | 'Auditors';
export type AssignmentRole = 'Member' | 'Substitute';
export type Position = 'Chair' | 'FirstViceChair' | 'SecondViceChair';
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

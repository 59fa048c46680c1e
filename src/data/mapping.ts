import type { AssignmentRole, BodyKind, Position, SubstituteRule } from '../domain/bodies/types';
import type { AttendanceKind, ConflictKind, ItemKind, MeetingStatus } from '../domain/meetings/types';
import type { choices } from './schema/choices';
import type { DocumentKind } from './services';

/**
 * Swedish choice values (what clerks see in SharePoint) ↔ the domain's codes. Tables are
 * typed against the schema's choices, so renaming a choice breaks the build, not the data; the
 * choices are a type here only, so pages do not carry the whole schema's choice lists.
 */
export function table<C extends readonly string[], D extends string>(codes: { [K in C[number]]: D }) {
  // own keys only: 'toString' or 'constructor' in a column a member can write is no choice value
  const toCode = (v: string | null | undefined): D | null =>
    v && Object.prototype.hasOwnProperty.call(codes, v) ? codes[v as C[number]] : null;
  const toChoice = (d: D): C[number] => (Object.keys(codes) as C[number][]).find((k) => codes[k] === d) as C[number];
  return { toCode, toChoice };
}

export const bodyKind = table<typeof choices.bodyKind, BodyKind>({
  Fullmäktige: 'RegionalAssembly',
  Styrelse: 'ExecutiveBoard',
  Nämnd: 'Committee',
  Utskott: 'SubCommittee',
  Beredning: 'DraftingCommittee',
  Revision: 'Auditors',
});

export const substituteRule = table<typeof choices.substituteRule, SubstituteRule>({
  'Samma parti': 'SamePartyOnly',
  'Personlig, parti, sedan övriga': 'PersonalThenPartyThenCrossParty',
});

export const assignmentRole = table<typeof choices.role, AssignmentRole>({ Ledamot: 'Member', Ersättare: 'Substitute' });

export const position = table<typeof choices.position, Position>({
  Ordförande: 'Chair',
  '1:e vice ordförande': 'FirstViceChair',
  '2:e vice ordförande': 'SecondViceChair',
});

export const meetingStatus = table<typeof choices.meetingStatus, MeetingStatus>({
  Planerat: 'Planned',
  Kallat: 'Notified',
  Pågår: 'InProgress',
  Avslutat: 'Closed',
  Inställt: 'Cancelled',
});

/** SharePoint returns DateTime as ISO UTC; date-only columns as midnight UTC of the date. */
export function dateOnly(v: string | null | undefined): string | null {
  return v ? v.slice(0, 10) : null;
}

/** OData literal for a DateTime filter. */
export function odataDate(d: Date): string {
  return `datetime'${d.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
}

export const itemKind = table<typeof choices.itemKind, ItemKind>({
  Beslutsärende: 'Decision',
  Informationsärende: 'Information',
  Val: 'Election',
  Interpellation: 'Interpellation',
  Fråga: 'Question',
  Anmälan: 'Report',
});

export const documentKind = table<typeof choices.documentKind, DocumentKind>({
  Kallelse: 'Notice',
  Tjänsteskrivelse: 'OfficerReport',
  Beslutsunderlag: 'DecisionBasis',
  Bilaga: 'Attachment',
  Protokollsutdrag: 'MinutesExtract',
  Övrigt: 'Other',
});

/** 'Serving' (Tjänstgör) is what the minutes record; the seat table derives serving itself, so it is no AttendanceKind. */
export const attendanceEvent = table<typeof choices.attendanceEvent, AttendanceKind | 'Serving'>({
  Kommer: 'WillAttend',
  Förhinder: 'Absence',
  'Förhinder återkallat': 'AbsenceWithdrawn',
  Närvarande: 'Present',
  'Närvarande på distans': 'PresentRemote',
  Frånvarande: 'Absent',
  Ankomst: 'Arrival',
  Avgång: 'Departure',
  Tjänstgör: 'Serving',
  'Ser och hör mötet': 'RemoteConfirmed',
  'Ser eller hör inte mötet': 'LinkBroken',
  'Förbindelsen fungerar igen': 'LinkRestored',
  'Frånvarande (bruten förbindelse)': 'LinkAbsent',
});

export const conflictEvent = table<typeof choices.conflictEvent, ConflictKind>({
  'Anmält jäv': 'Declared',
  'Återkallat jäv': 'Withdrawn',
  'Jäv fastställt': 'Upheld',
  'Jäv ogillat': 'Rejected',
});

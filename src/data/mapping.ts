import type { AssignmentRole, BodyKind, MeetingStatus, Position, SubstituteRule } from '../domain/types';
import { choices } from './schema/lists';

/**
 * Swedish choice values (what clerks see in SharePoint) ↔ the domain's codes. Tables are
 * typed against the schema's choices, so renaming a choice breaks the build, not the data.
 */
function table<C extends readonly string[], D extends string>(values: C, codes: { [K in C[number]]: D }) {
  const toCode = (v: string | null | undefined): D | null => (v && v in codes ? codes[v as C[number]] : null);
  const toChoice = (d: D): C[number] => (Object.keys(codes) as C[number][]).find((k) => codes[k] === d) as C[number];
  void values;
  return { toCode, toChoice };
}

export const bodyKind = table<typeof choices.bodyKind, BodyKind>(choices.bodyKind, {
  Fullmäktige: 'RegionalAssembly',
  Styrelse: 'ExecutiveBoard',
  Nämnd: 'Committee',
  Utskott: 'SubCommittee',
  Beredning: 'DraftingCommittee',
  Revision: 'Auditors',
});

export const substituteRule = table<typeof choices.substituteRule, SubstituteRule>(choices.substituteRule, {
  'Samma parti': 'SamePartyOnly',
  'Personlig, parti, sedan övriga': 'PersonalThenPartyThenCrossParty',
});

export const assignmentRole = table<typeof choices.role, AssignmentRole>(choices.role, { Ledamot: 'Member', Ersättare: 'Substitute' });

export const position = table<typeof choices.position, Position>(choices.position, {
  Ordförande: 'Chair',
  '1:e vice ordförande': 'FirstViceChair',
  '2:e vice ordförande': 'SecondViceChair',
});

export const meetingStatus = table<typeof choices.meetingStatus, MeetingStatus>(choices.meetingStatus, {
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

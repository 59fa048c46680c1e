import type { AttendanceEvent, ConflictEvent, Meeting } from '../../domain/meetings/types';
import type { BodyRules, SeatAssignment, Assignment } from '../../domain/bodies/types';
import { parseItemNumbers } from '../../domain/meetings/itemNumbers';
import {
  assignmentRole,
  attendanceEvent,
  bodyKind,
  conflictEvent,
  dateOnly,
  documentKind,
  itemKind,
  meetingStatus,
  position,
  substituteRule,
} from '../mapping';
import type { AgendaItem, BodySummary, MeetingDocument, PersonRef } from '../services';

/**
 * Rows as SharePoint returns them for the portal's lists, the `$select` that asks for exactly
 * them, and their domain shapes. Who and when always come from the server's `AuthorId` and
 * `Created` (DESIGN §4), never from a column a client wrote.
 */

export interface RawPerson {
  Id: number;
  Title: string;
  EMail: string | null;
}
export const PERSON_FIELDS = (name: string): string[] => [`${name}/Id`, `${name}/Title`, `${name}/EMail`];
export const toPersonRef = (p: RawPerson | null | undefined): PersonRef | null =>
  p && p.Id ? { id: p.Id, displayName: p.Title ?? '', email: p.EMail ?? '' } : null;

export interface RawBody {
  Id: number;
  Title: string;
  BodyCode: string;
  BodyKind: string;
  Seats: number;
  SubstituteRule: string;
  CrossPartyOrder: string | null;
  ReturnSameDayAllowed: boolean | null;
  CoSignerCount: number | null;
  CoSignersMayBeSubstitutes?: boolean | null;
  NoticeDaysBefore: number | null;
  GroupId: string | null;
  SortOrder: number | null;
  /** The body's clerks (`Bodies.Clerks`); verbose OData wraps a multi-user value in `results`. */
  ClerksId?: number[] | { results: number[] } | null;
}
export const BODY_FIELDS = [
  'Id',
  'Title',
  'BodyCode',
  'BodyKind',
  'Seats',
  'SubstituteRule',
  'CrossPartyOrder',
  'ReturnSameDayAllowed',
  'CoSignerCount',
  'CoSignersMayBeSubstitutes',
  'NoticeDaysBefore',
  'GroupId',
  'SortOrder',
  'ClerksId',
];

/** The site user ids of the clerks set on the body: only they are its clerks (DESIGN §4). */
export const clerkIdsOf = (b: Pick<RawBody, 'ClerksId'>): number[] =>
  Array.isArray(b.ClerksId) ? b.ClerksId : (b.ClerksId?.results ?? []);

/** "S: V, SJVP" per line → { S: ['V', 'SJVP'] }; lines that do not parse are skipped. */
export function parseCrossPartyOrder(text: string | null | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of (text ?? '').split(/\r?\n/)) {
    const m = /^\s*([^:]+?)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    out[m[1]] = m[2]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  }
  return out;
}

export function toBodyRules(b: RawBody): BodyRules {
  return {
    bodyId: b.Id,
    kind: bodyKind.toCode(b.BodyKind) ?? 'Committee',
    seats: b.Seats,
    substituteRule: substituteRule.toCode(b.SubstituteRule) ?? 'SamePartyOnly',
    crossPartyOrder: parseCrossPartyOrder(b.CrossPartyOrder),
    returnSameDayAllowed: Boolean(b.ReturnSameDayAllowed),
  };
}

export function toBodySummary(b: RawBody): BodySummary {
  return {
    id: b.Id,
    code: b.BodyCode,
    name: b.Title,
    kind: bodyKind.toCode(b.BodyKind) ?? 'Committee',
    defaultLocation: '',
    noticeDaysBefore: b.NoticeDaysBefore ?? 7,
    coSignerCount: b.CoSignerCount ?? 2,
    coSignersMayBeSubstitutes: Boolean(b.CoSignersMayBeSubstitutes),
    groupId: b.GroupId || null,
  };
}

export interface RawSeatAssignment {
  Id: number;
  PersonId: number;
  Person: RawPerson | null;
  BodyId: number;
  Role: string;
  Position: string | null;
  Party: string;
  SubstituteOrder: number | null;
  PersonalSubstituteForId: number | null;
  SeatNumber: number | null;
  ValidFrom: string;
  ValidTo: string | null;
}
export const SEAT_ASSIGNMENT_FIELDS = [
  'Id',
  'PersonId',
  ...PERSON_FIELDS('Person'),
  'BodyId',
  'Role',
  'Position',
  'Party',
  'SubstituteOrder',
  'PersonalSubstituteForId',
  'SeatNumber',
  'ValidFrom',
  'ValidTo',
];

export function toSeatAssignment(r: RawSeatAssignment): SeatAssignment {
  return {
    personId: r.PersonId,
    name: r.Person?.Title ?? '',
    role: assignmentRole.toCode(r.Role) ?? 'Member',
    party: r.Party,
    seatNumber: r.SeatNumber,
    substituteOrder: r.SubstituteOrder,
    personalSubstituteFor: r.PersonalSubstituteForId || null,
    position: position.toCode(r.Position),
  };
}

/** Assignments valid on a Swedish date, as an OData filter on the indexed validity columns (the end is checked after). */
export const validOnFilter = (date: string): string => `ValidFrom le datetime'${date}T23:59:59Z'`;

export interface RawAgendaItem {
  Id: number;
  MeetingId: number;
  ItemNumber: number;
  Title: string | null;
  CaseNumber: string | null;
  ItemKind: string;
  ProposedDecision: string | null;
  Decision: string | null;
  Confidential: boolean | null;
  Modified: string;
  'odata.etag'?: string;
  __metadata?: { etag?: string };
}
export const AGENDA_ITEM_FIELDS = [
  'Id',
  'MeetingId',
  'ItemNumber',
  'Title',
  'CaseNumber',
  'ItemKind',
  'ProposedDecision',
  'Decision',
  'Confidential',
  'Modified',
];

export function toAgendaItem(r: RawAgendaItem): AgendaItem {
  return {
    id: r.Id,
    meetingId: r.MeetingId,
    number: r.ItemNumber,
    title: r.Title ?? '',
    caseNumber: r.CaseNumber ?? '',
    kind: itemKind.toCode(r.ItemKind) ?? 'Decision',
    proposedDecision: r.ProposedDecision ?? '',
    decision: r.Decision ?? '',
    confidential: Boolean(r.Confidential),
    modified: r.Modified,
    etag: r['odata.etag'] ?? r.__metadata?.etag ?? '*',
  };
}

export interface RawDocument {
  Id: number;
  MeetingId: number;
  AgendaItemId: number | null;
  Title: string | null;
  FileLeafRef: string;
  FileRef: string;
  File_x0020_Size: number | string | null;
  DocumentKind: string | null;
  Confidential: boolean | null;
  Modified: string;
}
export const DOCUMENT_FIELDS = [
  'Id',
  'MeetingId',
  'AgendaItemId',
  'Title',
  'FileLeafRef',
  'FileRef',
  'File_x0020_Size',
  'DocumentKind',
  'Confidential',
  'Modified',
];

const OFFICE = /\.(docx?|xlsx?|pptx?|odt|ods|odp)$/i;

/** PDFs open in the browser's viewer; Office files in Office on the web (`?web=1`). */
export function documentUrl(fileRef: string): string {
  const url = encodeURI(fileRef);
  return OFFICE.test(fileRef) ? `${url}?web=1` : url;
}

export function toDocument(r: RawDocument): MeetingDocument {
  return {
    id: r.Id,
    meetingId: r.MeetingId,
    itemId: r.AgendaItemId || null,
    fileName: r.FileLeafRef,
    title: r.Title || r.FileLeafRef,
    kind: documentKind.toCode(r.DocumentKind) ?? 'Attachment',
    confidential: Boolean(r.Confidential),
    url: documentUrl(r.FileRef),
    modified: r.Modified,
    size: Number(r.File_x0020_Size ?? 0),
  };
}

export interface RawAttendance {
  Id: number;
  PersonId: number;
  AttendanceEvent: string;
  ItemNumbers: string | null;
  AgendaItemId: number | null;
  Reason: string | null;
  Created: string;
  AuthorId: number;
}
export const ATTENDANCE_FIELDS = ['Id', 'PersonId', 'AttendanceEvent', 'ItemNumbers', 'AgendaItemId', 'Reason', 'Created', 'AuthorId'];

/** Events the domain knows; 'Tjänstgör' rows and unparsable item numbers are left out rather than guessed. */
export function toAttendanceEvents(rows: readonly RawAttendance[]): AttendanceEvent[] {
  const out: AttendanceEvent[] = [];
  for (const r of rows) {
    const kind = attendanceEvent.toCode(r.AttendanceEvent);
    if (!kind || kind === 'Serving') continue;
    const parsed = parseItemNumbers(r.ItemNumbers);
    if (!parsed.ok) continue;
    out.push({
      id: r.Id,
      personId: r.PersonId,
      kind,
      itemNumbers: parsed.numbers,
      fromItemId: r.AgendaItemId || null,
      reason: r.Reason || null,
      at: r.Created,
      authorId: r.AuthorId,
    });
  }
  return out;
}

export interface RawConflict {
  Id: number;
  PersonId: number;
  AgendaItemId: number;
  ConflictEvent: string;
  Reason: string | null;
  Created: string;
  AuthorId: number;
}
export const CONFLICT_FIELDS = ['Id', 'PersonId', 'AgendaItemId', 'ConflictEvent', 'Reason', 'Created', 'AuthorId'];

export function toConflictEvents(rows: readonly RawConflict[]): ConflictEvent[] {
  const out: ConflictEvent[] = [];
  for (const r of rows) {
    const kind = conflictEvent.toCode(r.ConflictEvent);
    if (kind)
      out.push({
        id: r.Id,
        personId: r.PersonId,
        itemId: r.AgendaItemId,
        kind,
        reason: r.Reason || null,
        at: r.Created,
        authorId: r.AuthorId,
      });
  }
  return out;
}

/** An assignment row as the Assignments list returns it. */
export interface RawAssignment {
  Id: number;
  PersonId: number;
  BodyId: number;
  Role: string;
  Position: string | null;
  Party: string;
  SubstituteOrder: number | null;
  ValidFrom: string;
  ValidTo: string | null;
}

/** A meeting row with its body expanded. */
export interface RawMeeting {
  Id: number;
  Title: string;
  BodyId: number;
  Body: { Title: string; BodyCode: string } | null;
  StartTime: string;
  EndTime: string | null;
  Location: string | null;
  MeetingStatus: string;
  RemoteAllowed: boolean | null;
  TeamsJoinUrl: string | null;
}

export const ASSIGNMENT_FIELDS = ['Id', 'PersonId', 'BodyId', 'Role', 'Position', 'Party', 'SubstituteOrder', 'ValidFrom', 'ValidTo'];

export function toAssignment(r: RawAssignment): Assignment {
  return {
    id: r.Id,
    personId: r.PersonId,
    bodyId: r.BodyId,
    role: assignmentRole.toCode(r.Role) ?? 'Member',
    position: position.toCode(r.Position),
    party: r.Party,
    substituteOrder: r.SubstituteOrder,
    validFrom: dateOnly(r.ValidFrom) ?? '0000-01-01',
    validTo: dateOnly(r.ValidTo),
  };
}

export function toMeeting(r: RawMeeting): Meeting {
  return {
    id: r.Id,
    title: r.Title,
    bodyId: r.BodyId,
    start: r.StartTime,
    end: r.EndTime,
    location: r.Location ?? '',
    status: meetingStatus.toCode(r.MeetingStatus) ?? 'Planned',
    remoteAllowed: Boolean(r.RemoteAllowed),
    teamsJoinUrl: r.TeamsJoinUrl || null,
  };
}

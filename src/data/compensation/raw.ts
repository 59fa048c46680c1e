import { readClaimLines } from '../../domain/compensation/lines';
import type { ClaimEvent, ClaimEventKind } from '../../domain/compensation/status';
import type { DayKind, Duty, Setting } from '../../domain/compensation/types';
import { assignmentRole, dateOnly, table } from '../mapping';
import type { choices } from '../schema/choices';
import type { ClaimDraft, FrozenLineAmount, SentClaim } from './types';

/** The rows of the claim lists as the data layer reads them, and their mapping to plain data. */

export const dayKind = table<typeof choices.dayKind, DayKind>({ Heldag: 'Full', Halvdag: 'Half' });
export const claimEventKind = table<typeof choices.claimEvent, Exclude<ClaimEventKind, 'Edited' | 'Sent'>>({
  Attesterad: 'Attested',
  Återvisad: 'Returned',
  'Överförd till lön': 'Transferred',
});

/** The first version of an item: any later one means it was changed after it was written. */
const FIRST_VERSION = '1.0';

export interface RawDraft {
  Id: number;
  Title: string | null;
  BodyId: number | null;
  MeetingId: number | null;
  ClaimDate: string | null;
  StartTime: string | null;
  EndTime: string | null;
  DayKind: string | null;
  Lines: string | null;
  SupersedesClaim: number | null;
  Modified: string;
}
export const DRAFT_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'MeetingId',
  'ClaimDate',
  'StartTime',
  'EndTime',
  'DayKind',
  'Lines',
  'SupersedesClaim',
  'Modified',
];

export interface RawClaim {
  Id: number;
  Title: string | null;
  AuthorId: number;
  Author?: { Id: number; Title: string } | null;
  Created: string;
  OData__UIVersionString?: string | null;
  BodyId: number;
  MeetingId: number | null;
  DutyDescription: string | null;
  ClaimDate: string;
  StartTime: string | null;
  EndTime: string | null;
  DayKind: string | null;
  ClaimRole: string | null;
  Lines: string | null;
  Amounts: string | null;
  TotalAmount: number | null;
  SettingsUsed: string | null;
  SupersedesClaim: number | null;
  /** False while the claim still takes the list's permissions: not yet locked (a send cut short). */
  HasUniqueRoleAssignments?: boolean;
}
export const CLAIM_FIELDS = [
  'Id',
  'Title',
  'AuthorId',
  'Author/Id',
  'Author/Title',
  'Created',
  'OData__UIVersionString',
  'BodyId',
  'MeetingId',
  'DutyDescription',
  'ClaimDate',
  'StartTime',
  'EndTime',
  'DayKind',
  'ClaimRole',
  'Lines',
  'Amounts',
  'TotalAmount',
  'SettingsUsed',
  'SupersedesClaim',
  'HasUniqueRoleAssignments',
];

export interface RawClaimEvent {
  Id: number;
  ClaimId: number;
  ClaimEvent: string | null;
  Reason: string | null;
  AuthorId: number;
  Created: string;
  OData__UIVersionString?: string | null;
}
export const CLAIM_EVENT_FIELDS = ['Id', 'ClaimId', 'ClaimEvent', 'Reason', 'AuthorId', 'Created', 'OData__UIVersionString'];

const duty = (meetingId: number | null, description: string | null): Duty =>
  meetingId ? { kind: 'Meeting', meetingId } : { kind: 'OtherDuty', description: description ?? '' };

const json = <T>(text: string | null, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** A draft row; a row whose lines no longer read (written past the client) shows no lines rather than failing the list. */
export function toDraft(r: RawDraft): ClaimDraft {
  const lines = readClaimLines(r.Lines ?? '[]');
  return {
    id: r.Id,
    bodyId: r.BodyId ?? 0,
    duty: duty(r.MeetingId, r.Title),
    date: dateOnly(r.ClaimDate) ?? '',
    start: r.StartTime,
    end: r.EndTime,
    dayKind: dayKind.toCode(r.DayKind) ?? 'Full',
    lines: lines.ok ? lines.lines : [],
    supersedes: r.SupersedesClaim || null,
    modified: r.Modified,
  };
}

export const isFirstVersion = (r: { OData__UIVersionString?: string | null }): boolean =>
  (r.OData__UIVersionString ?? FIRST_VERSION) === FIRST_VERSION;

/** The trusted events of a claim: its row's own creation (sending) and the event rows not changed since writing. */
export function toClaimEvents(claim: RawClaim, rows: readonly RawClaimEvent[]): { events: ClaimEvent[]; changed: number[] } {
  const sent: ClaimEvent = { id: 0, claimId: claim.Id, kind: 'Sent', authorId: claim.AuthorId, at: claim.Created, reason: null };
  const events: ClaimEvent[] = [sent];
  const changed: number[] = [];
  for (const r of rows) {
    if (r.ClaimId !== claim.Id) continue;
    const kind = claimEventKind.toCode(r.ClaimEvent);
    if (!kind) continue;
    if (!isFirstVersion(r)) {
      changed.push(r.Id);
      continue;
    }
    events.push({ id: r.Id, claimId: r.ClaimId, kind, authorId: r.AuthorId, at: r.Created, reason: r.Reason });
  }
  return { events, changed };
}

export type ClaimBase = Omit<SentClaim, 'state' | 'supersededBy' | 'changedEventIds'>;

export function toClaimBase(r: RawClaim): ClaimBase {
  const lines = readClaimLines(r.Lines ?? '');
  return {
    id: r.Id,
    claimantId: r.AuthorId,
    claimantName: r.Author?.Title ?? '',
    bodyId: r.BodyId,
    duty: duty(r.MeetingId, r.DutyDescription),
    date: dateOnly(r.ClaimDate) ?? '',
    start: r.StartTime,
    end: r.EndTime,
    dayKind: dayKind.toCode(r.DayKind) ?? 'Full',
    role: assignmentRole.toCode(r.ClaimRole) ?? 'Member',
    lines: lines.ok ? lines.lines : [],
    amounts: json<FrozenLineAmount[]>(r.Amounts, []),
    total: r.TotalAmount ?? 0,
    settingsUsed: json<Setting[]>(r.SettingsUsed, []),
    sentAt: r.Created,
    supersedes: r.SupersedesClaim || null,
    // lines that do not read are not the record the client sends: treated as changed
    recordChanged: !isFirstVersion(r) || !lines.ok,
  };
}

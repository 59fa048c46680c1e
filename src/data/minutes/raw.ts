import type { DesignatedSigners } from '../../domain/minutes/types';
/**
 * Rows of the `Minutes` library, `Lists/Signatures` and `Lists/NoticeBoard` as SharePoint returns
 * them, the `$select` that asks for exactly them, and their domain shapes. Who and when come from
 * the server's `AuthorId` and `Created` (DESIGN §4); a row that is not what it claims is left out
 * here only where the domain has no reason for it (an unknown role or event value).
 */
import type { DissentEvent } from '../../domain/minutes/dissents';
import type { NoticeEvent, SignatureEvent } from '../../domain/minutes/types';
import { PERSON_FIELDS, toPersonRef, type RawPerson } from '../repositories/raw';
import type { PersonRef } from '../services';
import { dissentEvent, dissentKind, noticeEvent, signerRole, SIGNED_MINUTES } from './mapping';

/** A folder (a minutes document) or a file (one of its frozen versions) in the `Minutes` library. */
export interface RawMinutesRow {
  Id: number;
  /** 1 for a folder, 0 for a file. */
  FileSystemObjectType: number;
  FileRef: string;
  FileDirRef: string;
  FileLeafRef: string;
  Title: string | null;
  MeetingId: number | null;
  MinutesVersion: number | null;
  Sha256: string | null;
  Sections: string | null;
  Immediate: boolean | null;
  /** The designated signers frozen with a version (`formatSigners`); null on a folder. */
  Signers: string | null;
  AuthorId: number;
  Created: string;
  /** Read only for writes (a heavy property, and the keepers' business): whether the row has its own permissions yet. */
  HasUniqueRoleAssignments?: boolean;
}
export { MINUTES_FIELDS } from './fields';

export interface RawSignatureRow {
  Id: number;
  MinutesDocumentId: number;
  DocumentVersion: number;
  DocumentHash: string;
  SignerRole: string;
  AuthorId: number;
  Author: RawPerson | null;
  Created: string;
}
export const SIGNATURE_FIELDS = [
  'Id',
  'MinutesDocumentId',
  'DocumentVersion',
  'DocumentHash',
  'SignerRole',
  'AuthorId',
  ...PERSON_FIELDS('Author'),
  'Created',
];

export interface RawNoticeRow {
  Id: number;
  MinutesDocumentId: number | null;
  NoticeKind: string;
  NoticeEvent: string | null;
  AuthorId: number;
  Created: string;
  /** Written with the text once the posting is complete (notices.ts). */
  PublicVersion?: string | null;
  HasUniqueRoleAssignments?: boolean;
}
export const NOTICE_FIELDS = ['Id', 'MinutesDocumentId', 'NoticeKind', 'NoticeEvent', 'AuthorId', 'Created', 'PublicVersion'];
/** Whether a row has its own permissions yet, read before a keeper's write. */
export const UNIQUE = 'HasUniqueRoleAssignments';

/** The meeting as the minutes need it: its body and time, and who signs. */
export interface RawMinutesMeeting {
  Id: number;
  Title: string;
  BodyId: number;
  StartTime: string;
  EndTime: string | null;
  Chair: RawPerson | null;
  CoSigners: RawPerson[] | null;
  Secretary: RawPerson | null;
}
export const MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'StartTime',
  'EndTime',
  ...PERSON_FIELDS('Chair'),
  ...PERSON_FIELDS('CoSigners'),
  ...PERSON_FIELDS('Secretary'),
];
export const MEETING_EXPAND = ['Chair', 'CoSigners', 'Secretary'];

export interface RawMinutesBody {
  Id: number;
  Title: string;
  ClerksId: number[] | null;
  CoSignerCount: number | null;
}
export const BODY_FIELDS = ['Id', 'Title', 'ClerksId', 'CoSignerCount'];

export function toSignatureEvent(r: RawSignatureRow): SignatureEvent | null {
  const role = signerRole.toCode(r.SignerRole);
  if (!role) return null;
  return {
    id: r.Id,
    minutesId: r.MinutesDocumentId,
    authorId: r.AuthorId,
    created: r.Created,
    role,
    version: r.DocumentVersion,
    sha256: r.DocumentHash,
  };
}

export function signatureAuthor(r: RawSignatureRow): PersonRef {
  return toPersonRef(r.Author) ?? { id: r.AuthorId, displayName: '', email: '' };
}

/** Only notices of signed minutes; the assembly's announcements on the same board are not events of a document. */
export function toNoticeEvent(r: RawNoticeRow): NoticeEvent | null {
  const kind = noticeEvent.toCode(r.NoticeEvent);
  if (r.NoticeKind !== SIGNED_MINUTES || !kind || !r.MinutesDocumentId) return null;
  const event: NoticeEvent = { id: r.Id, minutesId: r.MinutesDocumentId, kind, at: r.Created, authorId: r.AuthorId };
  // a row read without the column (an older caller) is taken as complete; one read with it says
  return kind === 'Posted' && r.PublicVersion !== undefined ? { ...event, complete: Boolean(r.PublicVersion) } : event;
}

/** "12, 13" → [12, 13]; anything that is not a section number is dropped. */
export function parseSections(text: string | null | undefined): number[] {
  return (text ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

export const formatSections = (sections: readonly number[]): string => [...sections].sort((a, b) => a - b).join(', ');

/** A version's file name: the number is the server's to keep unique in the folder, so it is part of the name. */
export const versionFileName = (version: number): string => `v${version}.pdf`;

export function versionOfFileName(name: string): number | null {
  const m = /^v([1-9]\d{0,5})\.pdf$/i.exec(name);
  return m ? Number(m[1]) : null;
}

/** A row of `Lists/Dissents` (append-only): the dissenting person is the row's `Author`; the list has no column to name anyone else. */
export interface RawDissentRow {
  Id: number;
  AgendaItemId: number | null;
  DissentKind: string;
  DissentEvent: string;
  Reasons: string | null;
  AuthorId: number;
  Created: string;
}
export const DISSENT_FIELDS = ['Id', 'AgendaItemId', 'DissentKind', 'DissentEvent', 'Reasons', 'AuthorId', 'Created'];

export function toDissentEvents(rows: readonly RawDissentRow[]): DissentEvent[] {
  const out: DissentEvent[] = [];
  for (const r of rows) {
    const kind = dissentKind.toCode(r.DissentKind);
    const event = dissentEvent.toCode(r.DissentEvent);
    if (!kind || !event || !r.AgendaItemId) continue;
    out.push({
      id: r.Id,
      itemId: r.AgendaItemId,
      kind,
      event,
      text: r.Reasons || null,
      personId: r.AuthorId,
      authorId: r.AuthorId,
      at: r.Created,
    });
  }
  return out;
}

/** The designated signers as a version row keeps them: `{"chair":12,"coSigners":[14,15],"secretary":20}`. */
export const formatSigners = (s: DesignatedSigners): string =>
  JSON.stringify({ chair: s.chairId, coSigners: [...s.coSignerIds], secretary: s.secretaryId });

/** The signers a version row froze; null when the text is missing or not what `formatSigners` writes. */
export function parseSigners(text: string | null): DesignatedSigners | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { chair?: unknown; coSigners?: unknown; secretary?: unknown };
    const id = (x: unknown): x is number => Number.isInteger(x) && (x as number) > 0;
    if (!id(v.chair) || !id(v.secretary) || !Array.isArray(v.coSigners) || !v.coSigners.every(id)) return null;
    return { chairId: v.chair, coSignerIds: v.coSigners as number[], secretaryId: v.secretary };
  } catch {
    return null;
  }
}

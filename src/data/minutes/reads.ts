import '@pnp/sp/files';
import { isValidOn } from '../../domain/bodies/assignments';
import { bodyStaffIds, trustFromStaff } from '../../domain/bodies/trust';
import { documentSha256 } from '../../domain/minutes/hash';
import { minutesState } from '../../domain/minutes/state';
import type { DesignatedSigners, NoticeEvent, SignatureEvent } from '../../domain/minutes/types';
import { swedishDate } from '../../domain/time/swedishTime';
import { toDataError } from '../errors';
import { assignmentRole, position } from '../mapping';
import { clerkIdsOf, toPersonRef, validOnFilter } from '../repositories/raw';
import { listUrl, queueOwnerIds, type RepoContext } from '../repositories/site';
import type { PersonRef } from '../services';
import {
  BODY_FIELDS,
  MEETING_EXPAND,
  MEETING_FIELDS,
  MINUTES_FIELDS,
  NOTICE_FIELDS,
  UNIQUE,
  signatureAuthor,
  SIGNATURE_FIELDS,
  toNoticeEvent,
  toSignatureEvent,
  type RawMinutesBody,
  type RawMinutesMeeting,
  type RawMinutesRow,
  type RawNoticeRow,
  type RawSignatureRow,
} from './raw';
import { trustedDocuments, type DocumentRows } from './documents';
import { minutesRefusal } from './refusal';
import type { FrozenVersion, MeetingMinutes, MinutesDocument, MinutesSigners } from './types';

/** No one: a place that is not designated yet (SharePoint's user ids start at 1, so no row's Author is 0). */
export const NOBODY = 0;

/** The secretary when the meeting names none yet: the body's clerk at hand, else its only clerk (freezing then writes it on the meeting). */
export function defaultSecretary(userId: number, clerkIds: readonly number[]): number | null {
  if (clerkIds.includes(userId)) return userId;
  return clerkIds.length === 1 ? clerkIds[0] : null;
}

/** Enough rows for one meeting's minutes: a few documents, versions, signatures and notices each. */
const ROWS_TOP = 5000;

export { documentKey, type DocumentRows } from './documents';

/** Everything read for one meeting's minutes, before any bytes are hashed. */
export interface MinutesContext {
  meeting: RawMinutesMeeting;
  body: RawMinutesBody;
  clerkIds: number[];
  ownerIds: number[];
  staffIds: number[];
  /** The body's ledamöter on the meeting's date (site user ids). */
  memberIds: number[];
  signers: DesignatedSigners;
  signerRefs: MinutesSigners;
  documents: DocumentRows[];
  signatures: SignatureEvent[];
  notices: NoticeEvent[];
  /** Notice events that still take their permissions from the board, by document: closed by the next keeper's write. */
  openNoticeIds: Map<number, number[]>;
  people: PersonRef[];
}

const isFolder = (r: Pick<RawMinutesRow, 'FileSystemObjectType'>): boolean => r.FileSystemObjectType === 1;

/**
 * Reads a meeting's minutes: the meeting, its documents and versions, the signatures and the
 * notice events in one `$batch`; the body and its assignments (for its chair and vice chairs)
 * follow in a second, as they need the meeting's body and date. `forWrite`: a keeper is about to
 * write, so which rows still take their permissions from the list is read too.
 */
export async function loadMinutes(ctx: RepoContext, meetingId: number, forWrite = false): Promise<MinutesContext> {
  const unique = forWrite ? [UNIQUE] : [];
  const [batched, execute] = ctx.sp.batched();
  const byMeeting = `MeetingId eq ${meetingId}`;
  const meetingP = batched.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.getById(meetingId)
    .select(...MEETING_FIELDS)
    .expand(...MEETING_EXPAND)<RawMinutesMeeting>();
  const rowsP = batched.web
    .getList(listUrl(ctx, 'Minutes'))
    .items.filter(byMeeting)
    .select(...MINUTES_FIELDS, ...unique)
    .top(ROWS_TOP)<RawMinutesRow[]>();
  const signaturesP = batched.web
    .getList(listUrl(ctx, 'Signatures'))
    .items.filter(byMeeting)
    .select(...SIGNATURE_FIELDS)
    .expand('Author')
    .top(ROWS_TOP)<RawSignatureRow[]>();
  const noticesP = batched.web
    .getList(listUrl(ctx, 'NoticeBoard'))
    .items.filter(byMeeting)
    .select(...NOTICE_FIELDS, ...unique)
    .top(ROWS_TOP)<RawNoticeRow[]>();
  const ownersP = queueOwnerIds(batched);
  await execute();
  const meeting = await meetingP;

  const date = swedishDate(new Date(meeting.StartTime));
  const [b, run] = ctx.sp.batched();
  const bodyP = b.web
    .getList(listUrl(ctx, 'Bodies'))
    .items.getById(meeting.BodyId)
    .select(...BODY_FIELDS)<RawMinutesBody>();
  const assignmentsP = b.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`BodyId eq ${meeting.BodyId} and ${validOnFilter(date)}`)
    .select('PersonId', 'Role', 'Position', 'ValidFrom', 'ValidTo')
    .top(2000)<{ PersonId: number; Role: string; Position: string | null; ValidFrom: string; ValidTo: string | null }[]>();
  await run();
  const body = await bodyP;
  const valid = (await assignmentsP).filter((a) => isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date));
  const assignments = valid.map((a) => ({ personId: a.PersonId, position: position.toCode(a.Position) }));
  // the body's ledamöter on the day: they read its minutes before they are public, as its confidential documents
  const memberIds = valid.filter((a) => a.Role === assignmentRole.toChoice('Member')).map((a) => a.PersonId);
  const ownerIds = await ownersP();
  const clerkIds = clerkIdsOf(body);
  // the body's own staff on the meeting's date: a clerk or chair of another body is not (DESIGN §4)
  const staffIds = bodyStaffIds({ ownerIds, clerkIds, assignments });

  const chair = toPersonRef(meeting.Chair);
  const coSigners = (meeting.CoSigners ?? []).map(toPersonRef).filter((p): p is PersonRef => p !== null);
  const secretary = toPersonRef(meeting.Secretary);
  const signatureRows = await signaturesP;
  const noticeRows = await noticesP;
  const openNoticeIds = new Map<number, number[]>();
  for (const r of noticeRows) {
    const e = toNoticeEvent(r);
    if (e && r.HasUniqueRoleAssignments === false) openNoticeIds.set(e.minutesId, [...(openNoticeIds.get(e.minutesId) ?? []), e.id]);
  }
  const people = new Map(signatureRows.map((r) => [r.AuthorId, signatureAuthor(r)]));
  return {
    meeting,
    body,
    clerkIds,
    ownerIds,
    staffIds,
    memberIds,
    signers: { chairId: chair?.id ?? NOBODY, coSignerIds: coSigners.map((p) => p.id), secretaryId: secretary?.id ?? NOBODY },
    signerRefs: { chair, coSigners, secretary },
    documents: trustedDocuments(ctx, await rowsP, new Set(staffIds), meeting),
    signatures: signatureRows.map(toSignatureEvent).filter((s): s is SignatureEvent => s !== null),
    notices: noticeRows.map(toNoticeEvent).filter((e): e is NoticeEvent => e !== null),
    openNoticeIds,
    people: [...people.values()],
  };
}

/** The meeting a document belongs to, from the document's folder; a file or nothing there is no document. */
export async function meetingOfDocument(ctx: RepoContext, minutesId: number): Promise<number> {
  let row: Pick<RawMinutesRow, 'Id' | 'FileSystemObjectType' | 'MeetingId'>;
  try {
    row = await ctx.sp.web.getList(listUrl(ctx, 'Minutes')).items.getById(minutesId).select('Id', 'FileSystemObjectType', 'MeetingId')<
      typeof row
    >();
  } catch (e) {
    if ((await toDataError(e)).code === 'notFound') throw minutesRefusal('unknownMinutes', `There is no minutes document ${minutesId}.`);
    throw e;
  }
  if (!isFolder(row) || !row.MeetingId) throw minutesRefusal('unknownMinutes', `Item ${minutesId} of Minutes is not a minutes document.`);
  return row.MeetingId;
}

/** One document of the meeting, as read; only a document the body's staff made counts. */
export function documentIn(mc: MinutesContext, minutesId: number): DocumentRows {
  const doc = mc.documents.find((d) => d.folder.Id === minutesId);
  if (!doc) throw minutesRefusal('unknownMinutes', `Minutes document ${minutesId} is not one the body's staff made.`);
  return doc;
}

export const currentVersion = (doc: DocumentRows): FrozenVersion | null => doc.versions[doc.versions.length - 1] ?? null;

/** The bytes of a version file, as the person's client receives them. */
export async function versionBytes(ctx: RepoContext, v: Pick<FrozenVersion, 'url'>): Promise<Uint8Array> {
  return new Uint8Array(await ctx.sp.web.getFileByServerRelativePath(v.url).getBuffer());
}

/** SHA-256 of the current version's bytes as they are now (null before the first version). */
export async function currentDigest(ctx: RepoContext, doc: DocumentRows): Promise<string | null> {
  const v = currentVersion(doc);
  return v ? documentSha256(await versionBytes(ctx, v)) : null;
}

/** One document as the UI sees it, its state by the domain's rule; `sha256` is the current bytes' digest. */
export function describeDocument(ctx: RepoContext, mc: MinutesContext, doc: DocumentRows, sha256: string | null): MinutesDocument {
  const signatures = mc.signatures.filter((s) => s.minutesId === doc.folder.Id);
  const notices = mc.notices.filter((e) => e.minutesId === doc.folder.Id);
  return {
    id: doc.folder.Id,
    meetingId: mc.meeting.Id,
    title: doc.folder.Title ?? doc.folder.FileLeafRef,
    immediate: doc.immediate,
    sections: doc.sections,
    versions: doc.versions,
    signatures,
    notices,
    currentSha256: sha256,
    status: minutesState({
      minutesId: doc.folder.Id,
      versions: doc.versions,
      documentSha256: sha256,
      // who signs is what the current version froze, never the meeting's columns as they are now
      signers: currentVersion(doc)?.signers ?? mc.signers,
      signatures,
      notices,
      trust: trustFromStaff(mc.staffIds),
      now: ctx.now().toISOString(),
    }),
  };
}

/** Whether the signed-in person keeps the body's minutes: one of its clerks, or a site owner (what the library lets write). */
export const keepsMinutes = (ctx: RepoContext, mc: MinutesContext): boolean =>
  mc.clerkIds.includes(ctx.user.siteUserId) || mc.ownerIds.includes(ctx.user.siteUserId);

/** The meeting's minutes with every document's current bytes checked. */
export async function readMeetingMinutes(ctx: RepoContext, meetingId: number): Promise<MeetingMinutes> {
  const mc = await loadMinutes(ctx, meetingId);
  const digests = await Promise.all(mc.documents.map((d) => currentDigest(ctx, d)));
  return {
    meetingId: mc.meeting.Id,
    bodyId: mc.meeting.BodyId,
    signers: mc.signerRefs,
    documents: mc.documents.map((d, i) => describeDocument(ctx, mc, d, digests[i])),
    staffIds: mc.staffIds,
    people: mc.people,
    canManage: keepsMinutes(ctx, mc),
  };
}

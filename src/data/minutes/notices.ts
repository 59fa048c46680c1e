import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import { canTakeDown, checkPostingDate, meetingLastDay, noticePeriod, serverDate, type NoticePeriod } from '../../domain/minutes/deadlines';
import type { NoticeEvent } from '../../domain/minutes/types';
import { toDataError } from '../errors';
import { PUBLIC_FOLDER, publicFileName, publicFolderUrl } from '../noticeBoard/publicFolder';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { noticeEvent, SIGNED_MINUTES } from './mapping';
import { makeReadOnly } from './recordPermissions';
import {
  currentDigest,
  currentVersion,
  describeDocument,
  documentIn,
  keepsMinutes,
  loadMinutes,
  meetingOfDocument,
  type DocumentRows,
  type MinutesContext,
} from './reads';
import { formatSections, type RawNoticeRow } from './raw';
import { minutesRefusal } from './refusal';
import { keptAtOn, MINUTES_KEPT_AT_KEY } from '../../domain/minutes/signingSettings';
import type { Setting } from '../../domain/settings/settings';
import { SETTING_FIELDS, settingKeysFilter, toSetting, type RawSetting } from '../repositories/settingsRaw';
import type { PostedNotice } from './types';

/** The document and where it stands, for the body's clerks and the site owners only (the board lets no one else write). */
async function forKeeper(ctx: RepoContext, minutesId: number) {
  const mc = await loadMinutes(ctx, await meetingOfDocument(ctx, minutesId), true);
  if (!keepsMinutes(ctx, mc))
    throw minutesRefusal('notMinutesClerk', `Only the clerks of body ${mc.body.Id} and the site owners post notices of its minutes.`);
  const doc = documentIn(mc, minutesId);
  const status = describeDocument(ctx, mc, doc, await currentDigest(ctx, doc)).status;
  // an event a failed step left writable is closed before anything else is written; a posting after tJ
  // that a failed step left bare counts for nothing and shows nowhere, so it goes and the retry posts afresh
  // (one written bare before tJ stays on record, read-only: the state reports it as too early)
  const unfinished = new Set(status.ignoredNotices.filter((i) => i.reason === 'unfinished').map((i) => i.event.id));
  for (const id of mc.openNoticeIds.get(minutesId) ?? []) {
    if (unfinished.has(id)) await board(ctx).items.getById(id).delete();
    else await makeReadOnly(ctx, 'NoticeBoard', id, 'public');
  }
  return { mc, doc, status, today: serverDate(ctx.now().toISOString()) };
}

/**
 * What the notice says (KL 8:12): the body, the meeting's date, the sections, the day it went up
 * and the day it comes down, where the minutes are kept, how and until when to appeal. Swedish:
 * the notice is an official document of the region.
 */
function noticeText(mc: MinutesContext, doc: DocumentRows, period: NoticePeriod, kept: string): string {
  const start = serverDate(mc.meeting.StartTime);
  const last = meetingLastDay({ start: mc.meeting.StartTime, end: mc.meeting.EndTime });
  return [
    `${mc.body.Title}: protokoll från sammanträdet ${start === last ? start : `${start}–${last}`} är justerat.`,
    `Paragrafer: § ${formatSections(doc.sections)}.`,
    `Anslaget: ${period.postedOn}. Tas ned: ${period.removeOn}.`,
    `Protokollet förvaras: ${kept}.`,
    `Den som vill överklaga beslut i protokollet genom laglighetsprövning (13 kap. kommunallagen) ska ge in överklagandet till förvaltningsrätten så att det har kommit in senast ${period.appealEnds}.`,
  ].join('\n');
}

const board = (ctx: RepoContext) => ctx.sp.web.getList(listUrl(ctx, 'NoticeBoard'));

/** Adds one notice event of a document; returns it as the server stamped it (who, when). */
async function writeEvent(ctx: RepoContext, mc: MinutesContext, doc: DocumentRows, kind: NoticeEvent['kind']): Promise<NoticeEvent> {
  const title = doc.folder.Title ?? doc.folder.FileLeafRef;
  const row = (await board(ctx).items.add({
    Title: `${kind === 'Posted' ? 'Anslag' : 'Nedtaget'}: ${title}`.slice(0, 255),
    BodyId: mc.meeting.BodyId,
    MeetingId: mc.meeting.Id,
    NoticeKind: SIGNED_MINUTES,
    NoticeEvent: noticeEvent.toChoice(kind),
    MinutesDocumentId: doc.folder.Id,
  })) as Partial<RawNoticeRow> & { ID?: number };
  const id = row.Id ?? row.ID;
  if (!id) throw new DataError('unknown', 'SharePoint stored the notice but did not say its id.');
  const stamped =
    row.AuthorId && row.Created
      ? { AuthorId: row.AuthorId, Created: row.Created }
      : await board(ctx).items.getById(id).select('AuthorId', 'Created')<Pick<RawNoticeRow, 'AuthorId' | 'Created'>>();
  return { id, minutesId: doc.folder.Id, kind, at: stamped.Created, authorId: stamped.AuthorId };
}

/** The public version as given: PDF bytes, or a refusal before anything is read or written. */
function checkedPdf(given: Uint8Array | ArrayBuffer): Uint8Array {
  const bytes = given instanceof Uint8Array ? given : new Uint8Array(given);
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head !== '%PDF-') throw minutesRefusal('publicVersionInvalid', `The public version is not a PDF (${bytes.length} bytes).`);
  return bytes;
}

/** `Offentliga` at the library's root, keeping the library's permissions (a folder someone restricted gets them back). */
async function ensurePublicFolder(ctx: RepoContext): Promise<string> {
  const url = publicFolderUrl(ctx);
  const item = () => ctx.sp.web.getFolderByServerRelativePath(url).listItemAllFields.select('Id', 'HasUniqueRoleAssignments');
  let found: { Id: number; HasUniqueRoleAssignments: boolean } | null = null;
  try {
    found = await item()<{ Id: number; HasUniqueRoleAssignments: boolean }>();
  } catch (e) {
    if ((await toDataError(e)).code !== 'notFound') throw e;
  }
  if (!found) {
    try {
      await ctx.sp.web.getFolderByServerRelativePath(listUrl(ctx, 'Minutes')).folders.addUsingPath(PUBLIC_FOLDER);
    } catch (e) {
      // another clerk made it first
      if ((await toDataError(e)).code !== 'fileExists') throw e;
    }
    found = await item()<{ Id: number; HasUniqueRoleAssignments: boolean }>();
  }
  if (found.HasUniqueRoleAssignments) await ctx.sp.web.getList(listUrl(ctx, 'Minutes')).items.getById(found.Id).resetRoleInheritance();
  return url;
}

/** How many taken names the upload steps over before it gives up. */
const FREE_NAME_TRIES = 4;

/**
 * Uploads the public version to `Offentliga` as `<document folder>-v<version>.pdf`, never over a
 * file that is there (a name anyone can guess may have been taken first): a taken name moves on to
 * `…-2.pdf` and so on. Returns the file's server-relative URL and item id.
 */
async function uploadPublicVersion(
  ctx: RepoContext,
  doc: DocumentRows,
  version: number,
  bytes: Uint8Array,
): Promise<{ url: string; id: number }> {
  const folder = await ensurePublicFolder(ctx);
  for (let attempt = 1; ; attempt++) {
    try {
      const added = await ctx.sp.web
        .getFolderByServerRelativePath(folder)
        .files.addUsingPath(publicFileName(doc.folder.FileLeafRef, version, attempt), bytes.slice().buffer as ArrayBuffer, {
          Overwrite: false,
        });
      const { Id } = (await ctx.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem('Id')) as unknown as { Id: number };
      return { url: added.ServerRelativeUrl, id: Id };
    } catch (e) {
      const err = await toDataError(e);
      if (err.code !== 'fileExists') throw err;
      if (attempt >= FREE_NAME_TRIES)
        throw new DataError('conflict', `The public version's names are all taken in ${folder}.`, 409, 'versionConflict');
    }
  }
}

/**
 * Whether an item of the meeting (its decision's wording, above all) changed after the version was
 * frozen: the signed version does not say it, so the public version made from the record now would
 * not be what was signed. A new version goes out for signing first.
 */
async function recordChangedSince(ctx: RepoContext, meetingId: number, frozenAt: string): Promise<boolean> {
  const changed = await ctx.sp.web
    .getList(listUrl(ctx, 'AgendaItems'))
    .items.filter(`MeetingId eq ${meetingId} and Modified gt datetime'${new Date(frozenAt).toISOString()}'`)
    .select('Id')
    .top(1)<{ Id: number }[]>();
  return changed.length > 0;
}

/** Where the body's minutes are kept, from its setting on the day of posting (`minutes.keptAt`). */
async function keptAt(ctx: RepoContext, bodyId: number, today: string): Promise<string> {
  const rows = await ctx.sp.web
    .getList(listUrl(ctx, 'Settings'))
    .items.filter(settingKeysFilter([MINUTES_KEPT_AT_KEY]))
    .select(...SETTING_FIELDS)
    .top(500)<RawSetting[]>();
  const place = keptAtOn(
    rows.map(toSetting).filter((x): x is Setting => x !== null),
    bodyId,
    today,
  );
  if (!place.ok)
    throw minutesRefusal('minutesKeptAtMissing', `Body ${bodyId} has no ${MINUTES_KEPT_AT_KEY} on ${today}: ${place.problem.code}.`);
  return place.value;
}

/**
 * Posts the notice of signed minutes with their public version (`publicVersion`, PDF bytes: the
 * minutes as `generate(…, { public: true })` makes them). The public version goes up first, to
 * `Offentliga`; then the notice event, whose text names it. Bytes that are not a PDF are refused
 * (`publicVersionInvalid`) before anything is read or written.
 */
export async function postNotice(ctx: RepoContext, minutesId: number, publicVersion: Uint8Array | ArrayBuffer): Promise<PostedNotice> {
  const bytes = checkedPdf(publicVersion);
  const { mc, doc, status, today } = await forKeeper(ctx, minutesId);
  if (status.notice)
    throw status.notice.takenDownAt
      ? minutesRefusal('noticeTakenDown', `The notice of minutes document ${minutesId} came down after the appeal period.`)
      : minutesRefusal('alreadyPosted', `The notice of minutes document ${minutesId} is up since ${status.notice.postedOn}.`);
  const problem = checkPostingDate(status.signedAt, today);
  if (problem?.code === 'notSigned') throw minutesRefusal('notSigned', `Minutes document ${minutesId} is not signed.`);
  if (problem?.code === 'postingBeforeSigned')
    throw minutesRefusal('postingBeforeSigned', `Minutes document ${minutesId} was signed on ${problem.signedOn}, after ${today}.`);

  const current = currentVersion(doc);
  if (current && (await recordChangedSince(ctx, mc.meeting.Id, current.frozenAt)))
    throw minutesRefusal(
      'recordChangedSinceFreeze',
      `An item of meeting ${mc.meeting.Id} changed after version ${current.version} of minutes document ${minutesId} was frozen.`,
    );
  const kept = await keptAt(ctx, mc.meeting.BodyId, today);
  const file = await uploadPublicVersion(ctx, doc, current?.version ?? 0, bytes);
  const minutes = ctx.sp.web.getList(listUrl(ctx, 'Minutes'));
  let event: NoticeEvent;
  try {
    await minutes.items.getById(file.id).update({
      Title: `Offentlig version: ${doc.folder.Title ?? doc.folder.FileLeafRef}`.slice(0, 255),
      MeetingId: mc.meeting.Id,
      Sections: formatSections(doc.sections),
      Immediate: doc.immediate,
    });
    // a record from before the notice names it: read by all, changed by none but the owners, so no
    // clerk can swap the bytes the board will serve
    await makeReadOnly(ctx, 'Minutes', file.id, 'public');
    event = await writeEvent(ctx, mc, doc, 'Posted');
  } catch (e) {
    // not posted: the public version it would have named goes too (a locked one stays, named by no notice, never served)
    await minutes.items
      .getById(file.id)
      .delete()
      .catch(() => undefined);
    throw e;
  }
  // the period runs from the server's day of the write, whatever this client's clock said
  const period = noticePeriod(serverDate(event.at));
  // the text, the removal day and the public version for the board, written before the row is closed;
  // they decide nothing in the portal (the dates come from the server's Created)
  await board(ctx)
    .items.getById(event.id)
    .update({
      Content: noticeText(mc, doc, period, kept),
      RemoveOn: `${period.removeOn}T00:00:00Z`,
      MinutesLocation: kept.slice(0, 255),
      Sections: formatSections(doc.sections),
      PublicVersion: file.url.slice(0, 255),
    });
  await makeReadOnly(ctx, 'NoticeBoard', event.id, 'public');
  // late by the server's day of posting: said so, but posted, as the appeal period only runs from posting
  const late = checkPostingDate(status.signedAt, period.postedOn);
  return { event, ...period, publicUrl: file.url, late: late?.code === 'postingLate' ? late : null };
}

export async function takeDownNotice(ctx: RepoContext, minutesId: number): Promise<NoticeEvent> {
  const { mc, doc, status, today } = await forKeeper(ctx, minutesId);
  if (!status.notice || status.notice.takenDownAt) throw minutesRefusal('notPosted', `No notice of minutes document ${minutesId} is up.`);
  const problem = canTakeDown(status.notice, today);
  if (problem)
    throw minutesRefusal('appealPeriodRunning', `The appeal period runs until ${problem.appealEnds}; take down from ${problem.earliest}.`);
  const event = await writeEvent(ctx, mc, doc, 'TakenDown');
  await makeReadOnly(ctx, 'NoticeBoard', event.id, 'public');
  return event;
}

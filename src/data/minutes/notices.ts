import { canTakeDown, checkPostingDate, meetingLastDay, noticePeriod, serverDate, type NoticePeriod } from '../../domain/minutes/deadlines';
import type { NoticeEvent } from '../../domain/minutes/types';
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
import type { PostedNotice } from './types';

/** The document and where it stands, for the body's clerks and the site owners only (the board lets no one else write). */
async function forKeeper(ctx: RepoContext, minutesId: number) {
  const mc = await loadMinutes(ctx, await meetingOfDocument(ctx, minutesId), true);
  if (!keepsMinutes(ctx, mc))
    throw minutesRefusal('notMinutesClerk', `Only the clerks of body ${mc.body.Id} and the site owners post notices of its minutes.`);
  const doc = documentIn(mc, minutesId);
  // an event a failed step left writable is closed before anything else is written
  for (const id of mc.openNoticeIds.get(minutesId) ?? []) await makeReadOnly(ctx, 'NoticeBoard', id, 'portal');
  const status = describeDocument(ctx, mc, doc, await currentDigest(ctx, doc)).status;
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

export async function postNotice(ctx: RepoContext, minutesId: number): Promise<PostedNotice> {
  const { mc, doc, status, today } = await forKeeper(ctx, minutesId);
  if (status.notice)
    throw status.notice.takenDownAt
      ? minutesRefusal('noticeTakenDown', `The notice of minutes document ${minutesId} came down after the appeal period.`)
      : minutesRefusal('alreadyPosted', `The notice of minutes document ${minutesId} is up since ${status.notice.postedOn}.`);
  const problem = checkPostingDate(status.signedAt, today);
  if (problem?.code === 'notSigned') throw minutesRefusal('notSigned', `Minutes document ${minutesId} is not signed.`);
  if (problem?.code === 'postingBeforeSigned')
    throw minutesRefusal('postingBeforeSigned', `Minutes document ${minutesId} was signed on ${problem.signedOn}, after ${today}.`);

  const event = await writeEvent(ctx, mc, doc, 'Posted');
  // the period runs from the server's day of the write, whatever this client's clock said
  const period = noticePeriod(serverDate(event.at));
  const kept = currentVersion(doc)?.url ?? doc.folder.FileRef;
  // the text and the removal day for the board's views, written before the row is closed; they decide nothing
  await board(ctx)
    .items.getById(event.id)
    .update({
      Content: noticeText(mc, doc, period, kept),
      RemoveOn: `${period.removeOn}T00:00:00Z`,
      MinutesLocation: kept.slice(0, 255),
    });
  await makeReadOnly(ctx, 'NoticeBoard', event.id, 'portal');
  // late by the server's day of posting: said so, but posted, as the appeal period only runs from posting
  const late = checkPostingDate(status.signedAt, period.postedOn);
  return { event, ...period, late: late?.code === 'postingLate' ? late : null };
}

export async function takeDownNotice(ctx: RepoContext, minutesId: number): Promise<NoticeEvent> {
  const { mc, doc, status, today } = await forKeeper(ctx, minutesId);
  if (!status.notice || status.notice.takenDownAt) throw minutesRefusal('notPosted', `No notice of minutes document ${minutesId} is up.`);
  const problem = canTakeDown(status.notice, today);
  if (problem)
    throw minutesRefusal('appealPeriodRunning', `The appeal period runs until ${problem.appealEnds}; take down from ${problem.earliest}.`);
  const event = await writeEvent(ctx, mc, doc, 'TakenDown');
  await makeReadOnly(ctx, 'NoticeBoard', event.id, 'portal');
  return event;
}

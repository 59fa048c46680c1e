import { dissentsOn, type Dissent, type DissentEvent, type DissentEventKind, type DissentKind } from '../../domain/minutes/dissents';
import { meetingStatus } from '../mapping';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { dissentEvent, dissentKind } from './mapping';
import { DISSENT_FIELDS, toDissentEvents, type RawDissentRow } from './raw';
import { minutesRefusal } from './refusal';
import type { MyDissents } from './types';

/** Written reasons and minute notes: a page or two, as the minutes print them. */
export const DISSENT_TEXT_MAX = 5000;

interface RawDissentMeeting {
  Id: number;
  StartTime: string;
  MeetingStatus: string | null;
  SigningDue: string | null;
}

async function readState(ctx: RepoContext, meetingId: number) {
  const [batched, execute] = ctx.sp.batched();
  const meetingP = batched.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.getById(meetingId)
    .select('Id', 'StartTime', 'MeetingStatus', 'SigningDue')<RawDissentMeeting>();
  const rowsP = batched.web
    .getList(listUrl(ctx, 'Dissents'))
    .items.filter(`MeetingId eq ${meetingId} and AuthorId eq ${ctx.user.siteUserId}`)
    .select(...DISSENT_FIELDS)
    .top(5000)<RawDissentRow[]>();
  await execute();
  const meeting = await meetingP;
  const events = toDissentEvents(await rowsP);
  const now = ctx.now().getTime();
  const status = meetingStatus.toCode(meeting.MeetingStatus);
  return {
    meeting,
    events,
    // KL 4:27: announced before the meeting is closed; written reasons until the time set for signing
    announceOpen: Date.parse(meeting.StartTime) <= now && status !== 'Closed' && status !== 'Cancelled',
    reasonsOpen: meeting.SigningDue === null || now <= Date.parse(meeting.SigningDue),
  };
}

/** The signed-in person's own dissents and minute notes per item, by the domain's rule over their rows. */
export async function myDissents(ctx: RepoContext, meetingId: number): Promise<MyDissents> {
  const st = await readState(ctx, meetingId);
  return {
    announceOpen: st.announceOpen,
    reasonsUntil: st.meeting.SigningDue,
    reasonsOpen: st.reasonsOpen,
    items: [...new Set(st.events.map((e) => e.itemId))].map((itemId) => ({
      itemId,
      dissents: mineOn(st.events, itemId, ctx.user.siteUserId, st.meeting.SigningDue),
    })),
  };
}

/**
 * The signed-in person announces a dissent or a minute note on an item, gives its written reasons, or
 * withdraws it: an append-only row whose author and time the server stamps. Refused before writing
 * when the meeting is closed (announcing), the time for signing has passed (reasons), there is
 * nothing to give reasons for or withdraw, or the text is empty or too long.
 */
export async function recordDissent(
  ctx: RepoContext,
  meetingId: number,
  itemId: number,
  kind: DissentKind,
  event: DissentEventKind,
  text: string | null,
): Promise<void> {
  const body = text?.trim() ?? '';
  if (event === 'Reasons' && body === '') throw minutesRefusal('dissentTextMissing', `Reasons for item ${itemId} are empty.`);
  if (body.length > DISSENT_TEXT_MAX)
    throw minutesRefusal('dissentTextTooLong', `Reasons for item ${itemId} are ${body.length} characters.`);
  const st = await readState(ctx, meetingId);
  const mine = mineOn(st.events, itemId, ctx.user.siteUserId, st.meeting.SigningDue).find((d) => d.kind === kind);
  if (event === 'Announced' && !st.announceOpen)
    throw minutesRefusal('dissentAfterClose', `Meeting ${meetingId} is closed: no new dissents on item ${itemId}.`);
  if (event !== 'Announced' && !mine)
    throw minutesRefusal('dissentNotAnnounced', `No ${kind} of user ${ctx.user.siteUserId} on item ${itemId}.`);
  if (event === 'Reasons' && !st.reasonsOpen)
    throw minutesRefusal('reasonsAfterSigningTime', `The time for reasons on meeting ${meetingId} ended ${st.meeting.SigningDue}.`);
  const row = (await ctx.sp.web.getList(listUrl(ctx, 'Dissents')).items.add({
    MeetingId: meetingId,
    AgendaItemId: itemId,
    DissentKind: dissentKind.toChoice(kind),
    DissentEvent: dissentEvent.toChoice(event),
    // a minute note's text goes with its announcement
    Reasons: body || null,
  })) as { Id?: number; ID?: number };
  if (!(row.Id ?? row.ID)) throw new DataError('unknown', 'SharePoint stored the dissent but did not say its id.');
}

/**
 * The person's own standing dissents and notes on an item. Only their own rows are read, so each is
 * its author's; whether they took part in the decision is judged when the minutes are made.
 */
function mineOn(events: readonly DissentEvent[], itemId: number, me: number, until: string | null): Dissent[] {
  return dissentsOn(events, itemId, { trust: { isStaff: () => false }, tookPart: () => true, reasonsUntil: until }).dissents.filter(
    (d) => d.personId === me,
  );
}

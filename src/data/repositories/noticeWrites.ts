import { swedishDate, stockholmOffsetMinutes } from '../../domain/time/swedishTime';
import { teamsThreadId } from '../teamsThread';
import { plannedCallIns } from '../../domain/meetings/callIns';
import { announcementIsLate } from '../../domain/meetings/announcement';
import { toDataError, guarded } from '../errors';
import { DataError, type ClerkRepository, type MeetingDetails, type PersonRef, type PublishResult } from '../services';
import { loadMeeting } from './meetingDetailsQuery';
import { listUrl, type RepoContext } from './site';
import { trustFromStaff } from '../../domain/bodies/trust';

/**
 * What the notice needs of a Graph client. Structural, because SPFx's MSGraphClientV3 carries its
 * own copy of the library's types: both it and the library's Client fit.
 */
export interface GraphClient {
  api(path: string): { post(body: unknown): Promise<any>; patch(body: unknown): Promise<any>; delete(): Promise<any> };
}

interface GraphEvent {
  id: string;
  onlineMeeting?: { joinUrl?: string | null } | null;
}

const ZONE = 'Europe/Stockholm';

/** Graph's dateTimeTimeZone: the wall-clock time in Stockholm, so the event keeps its local time across DST. */
function stockholmWall(iso: string): { dateTime: string; timeZone: string } {
  const at = new Date(iso);
  return { dateTime: new Date(at.getTime() + stockholmOffsetMinutes(at) * 60000).toISOString().slice(0, 19), timeZone: ZONE };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const when = (d: MeetingDetails): string => {
  const f = (iso: string, o: Intl.DateTimeFormatOptions) => new Date(iso).toLocaleString('sv-SE', { timeZone: ZONE, ...o });
  return `${f(d.start, { dateStyle: 'full', timeStyle: 'short' })}${d.end ? `–${f(d.end, { timeStyle: 'short' })}` : ''}`;
};

/** The invitation's body: time, place and the agenda. Text is Swedish, as the notice is an official document. */
function eventBody(d: MeetingDetails): string {
  const items = d.items
    .map((i) => `<li value="${i.number}">${escapeHtml(i.title)}${i.caseNumber ? ` (${escapeHtml(i.caseNumber)})` : ''}</li>`)
    .join('');
  return `<p>${escapeHtml(d.bodyName)} kallas till sammanträde ${escapeHtml(when(d))}, ${escapeHtml(d.location)}.</p><h3>Föredragningslista</h3><ol>${items}</ol>`;
}

function announcementText(d: MeetingDetails): string {
  return [
    `${d.bodyName} sammanträder ${when(d)}.`,
    `Plats: ${d.location}.`,
    '',
    'Ärenden:',
    ...d.items.map((i) => `${i.number}. ${i.title}${i.caseNumber ? ` (${i.caseNumber})` : ''}`),
  ].join('\n');
}

/** Substitutes the absence notices call in, as attendees: the invitation lands in their own calendars. */
function calledInAttendees(d: MeetingDetails, people: Map<number, PersonRef>) {
  const callIns = plannedCallIns({
    rules: d.rules,
    assignments: d.seatAssignments,
    attendance: d.attendance,
    meetingStart: d.start,
    trust: trustFromStaff(d.staffIds),
    itemNumbers: d.items.map((i) => i.number),
  });
  return [...callIns.entries()]
    .map(([personId, c]) => ({ person: people.get(personId), c }))
    .filter((x): x is { person: PersonRef; c: (typeof x)['c'] } => Boolean(x.person?.email))
    .map(({ person }) => ({ type: 'required', emailAddress: { address: person.email, name: person.displayName } }));
}

const isNotFound = async (e: unknown): Promise<boolean> => (await toDataError(e)).code === 'notFound';

export function createNoticeWrites(ctx: RepoContext, graph: GraphClient): Pick<ClerkRepository, 'publishNotice' | 'cancelMeeting'> {
  const meetings = () => ctx.sp.web.getList(listUrl(ctx, 'Meetings')).items;
  const noticeBoard = () => ctx.sp.web.getList(listUrl(ctx, 'NoticeBoard')).items;

  /** RF (KL 5:11): the public announcement on the notice board. Returns the date it was first posted. */
  const announce = async (d: MeetingDetails): Promise<string> => {
    const today = swedishDate(ctx.now());
    const existing = await noticeBoard().filter(`MeetingId eq ${d.id} and NoticeKind eq 'Kungörelse'`).select('Id', 'PostedOn').top(1)<
      { Id: number; PostedOn: string }[]
    >();
    const values = {
      Title: `Kungörelse: ${d.title}`,
      BodyId: d.bodyId,
      Content: announcementText(d),
      RemoveOn: `${swedishDate(new Date(d.start))}T00:00:00Z`,
    };
    if (existing.length) {
      // a corrected announcement keeps the day it was first posted: that is when the public was told
      await noticeBoard().getById(existing[0].Id).update(values);
      return existing[0].PostedOn.slice(0, 10);
    }
    await noticeBoard().add({ ...values, MeetingId: d.id, NoticeKind: 'Kungörelse', PostedOn: `${today}T00:00:00Z` });
    return today;
  };

  return {
    publishNotice: (meetingId) =>
      guarded(async (): Promise<PublishResult> => {
        const { details: d, body, people } = await loadMeeting(ctx, meetingId);
        if (d.status === 'Cancelled')
          throw new DataError('invalid', 'The meeting is cancelled; a notice cannot be sent.', undefined, 'cancelled');
        if (ctx.now().toISOString() >= d.start)
          throw new DataError('invalid', 'The meeting has already started; a notice can no longer be sent.', undefined, 'meetingStarted');
        if (!body.GroupId)
          throw new DataError(
            'invalid',
            `${d.bodyName} has no Microsoft 365 group; set its group id in the body's settings.`,
            undefined,
            'noGroup',
          );
        const attendees = calledInAttendees(d, people);
        const event = {
          subject: d.title,
          body: { contentType: 'html', content: eventBody(d) },
          start: stockholmWall(d.start),
          end: stockholmWall(d.end ?? d.start),
          location: { displayName: d.location },
          isOnlineMeeting: true,
          onlineMeetingProvider: 'teamsForBusiness',
          attendees,
          categories: ['Sammanträde'],
        };
        const events = `/groups/${encodeURIComponent(body.GroupId)}/events`;
        let saved: GraphEvent | null = null;
        let created = false;
        if (d.eventId) {
          try {
            saved = (await graph.api(`${events}/${encodeURIComponent(d.eventId)}`).patch(event)) as GraphEvent;
          } catch (e) {
            // the event was removed from the calendar by hand: send a new one
            if (!(await isNotFound(e))) throw e;
          }
        }
        if (!saved) {
          saved = (await graph.api(events).post(event)) as GraphEvent;
          created = true;
        }
        const teamsJoinUrl = saved.onlineMeeting?.joinUrl ?? null;
        let postedOn: string | null = null;
        try {
          await meetings()
            .getById(meetingId)
            .update({
              EventId: saved.id,
              TeamsJoinUrl: teamsJoinUrl,
              TeamsThreadId: teamsThreadId(teamsJoinUrl),
              NoticePublished: ctx.now().toISOString(),
              MeetingStatus: 'Kallat',
            });
          if (d.bodyKind === 'RegionalAssembly') postedOn = await announce(d);
        } catch (e) {
          // nothing half-written: a new invitation the meeting does not know about is withdrawn
          if (created)
            await graph
              .api(`${events}/${encodeURIComponent(saved.id)}`)
              .delete()
              .catch(() => undefined);
          throw e;
        }
        const lateAnnouncement =
          postedOn !== null && announcementIsLate(postedOn, swedishDate(new Date(d.start)), body.NoticeDaysBefore ?? 7);
        return { eventId: saved.id, teamsJoinUrl, lateAnnouncement, invited: attendees.length };
      }),

    cancelMeeting: (meetingId, reason) =>
      guarded(async () => {
        const { details: d, body } = await loadMeeting(ctx, meetingId);
        if (d.eventId && body.GroupId) {
          const url = `/groups/${encodeURIComponent(body.GroupId)}/events/${encodeURIComponent(d.eventId)}`;
          try {
            // cancel sends the attendees a cancellation with the reason
            await graph.api(`${url}/cancel`).post({ Comment: reason });
          } catch (e) {
            const err = await toDataError(e);
            if (err.code === 'notFound') {
              // already gone from the calendar
            } else if (err.code === 'requestInvalid') {
              // Exchange refuses to cancel an event without attendees: delete it instead
              await graph.api(url).delete();
            } else throw err;
          }
        }
        // the reason is kept on the meeting, so members see why (the calendar's cancellation may not reach them)
        await meetings().getById(meetingId).update({ MeetingStatus: 'Inställt', CancellationReason: reason });
      }),
  };
}

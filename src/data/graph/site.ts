import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { CalendarEntry } from '../../domain/calendar/calendar';
import type { Assignment } from '../../domain/bodies/types';
import type { MeetingStatus } from '../../domain/meetings/types';
import { meetingStatus, odataDate } from '../mapping';
import { ASSIGNMENT_FIELDS, toAssignment } from '../repositories/raw';
import { listUrl } from '../schema/urls';
import type { RepoContext } from '../repositories/site';
import type { Links } from '../services';

/** What the Graph-backed repositories get from the host besides the Graph client. */
export type SiteContext = RepoContext & { links: Links };

export { listUrl } from '../schema/urls';

export interface SiteBody {
  id: number;
  name: string;
  code: string;
  groupId: string | null;
}

export interface SiteMeeting {
  id: number;
  title: string;
  bodyId: number;
  bodyName: string;
  start: string;
  end: string | null;
  location: string;
  status: MeetingStatus;
  teamsJoinUrl: string | null;
  eventId: string | null;
  groupId: string | null;
}

interface RawMeeting {
  Id: number;
  Title: string;
  BodyId: number;
  Body: { Title: string; GroupId: string | null } | null;
  StartTime: string;
  EndTime: string | null;
  Location: string | null;
  MeetingStatus: string;
  TeamsJoinUrl: string | null;
  EventId: string | null;
}

const MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'Body/Title',
  'Body/GroupId',
  'StartTime',
  'EndTime',
  'Location',
  'MeetingStatus',
  'TeamsJoinUrl',
  'EventId',
];
/** A meeting that began this long before the range may still run into it. */
const MEETING_LOOKBACK_MS = 24 * 3600 * 1000;

const toSiteMeeting = (r: RawMeeting): SiteMeeting => ({
  id: r.Id,
  title: r.Title,
  bodyId: r.BodyId,
  bodyName: r.Body?.Title ?? '',
  start: r.StartTime,
  end: r.EndTime,
  location: r.Location ?? '',
  status: meetingStatus.toCode(r.MeetingStatus) ?? 'Planned',
  teamsJoinUrl: r.TeamsJoinUrl || null,
  eventId: r.EventId || null,
  groupId: r.Body?.GroupId || null,
});

/**
 * The person's assignments, the bodies and the meetings starting in [from, to) — one SharePoint
 * `$batch`. The range filter is on the indexed `StartTime`, so it holds past 5 000 meetings.
 */
export async function readCalendarSite(
  ctx: SiteContext,
  from: Date,
  to: Date,
): Promise<{ assignments: Assignment[]; bodies: SiteBody[]; meetings: SiteMeeting[] }> {
  const [batched, execute] = ctx.sp.batched();
  const assignments = batched.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`PersonId eq ${ctx.user.siteUserId}`)
    .select(...ASSIGNMENT_FIELDS)
    .top(500)<any[]>();
  const bodies = batched.web.getList(listUrl(ctx, 'Bodies')).items.select('Id', 'Title', 'BodyCode', 'GroupId').top(500)<
    { Id: number; Title: string; BodyCode: string; GroupId: string | null }[]
  >();
  const meetings = batched.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.filter(`StartTime ge ${odataDate(new Date(from.getTime() - MEETING_LOOKBACK_MS))} and StartTime lt ${odataDate(to)}`)
    .select(...MEETING_FIELDS)
    .expand('Body')
    .orderBy('StartTime', true)
    .top(1000)<RawMeeting[]>();
  await execute();
  return {
    assignments: (await assignments).map(toAssignment),
    bodies: (await bodies).map((b) => ({ id: b.Id, name: b.Title, code: b.BodyCode, groupId: b.GroupId || null })),
    meetings: (await meetings).map(toSiteMeeting),
  };
}

/** One body's meetings from `from` on, for its iCalendar plan. */
export async function readBodyMeetings(ctx: SiteContext, bodyId: number, from: Date): Promise<SiteMeeting[]> {
  // Filtered on the indexed StartTime; the body is picked here (a region has a few hundred meetings a year).
  const rows = await ctx.sp.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.filter(`StartTime ge ${odataDate(from)}`)
    .select(...MEETING_FIELDS)
    .expand('Body')
    .orderBy('StartTime', true)
    .top(2000)<RawMeeting[]>();
  return rows.map(toSiteMeeting).filter((m) => m.bodyId === bodyId);
}

export function meetingEntry(m: SiteMeeting): CalendarEntry {
  return {
    key: `meeting:${m.id}`,
    source: 'meeting',
    title: m.title,
    allDay: false,
    start: m.start,
    end: m.end,
    location: m.location,
    calendarName: m.bodyName,
    iCalUId: null,
    eventId: m.eventId,
    webLink: null,
    joinUrl: m.teamsJoinUrl,
    meetingId: m.id,
    cancelled: m.status === 'Cancelled',
  };
}

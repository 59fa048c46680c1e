import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { assignmentsInBody, pastMeetingsFor, upcomingMeetingsFor } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import type { Assignment } from '../../domain/bodies/types';
import type { Meeting } from '../../domain/meetings/types';
import { toDataError } from '../errors';
import { odataDate } from '../mapping';
import {
  ASSIGNMENT_FIELDS,
  BODY_FIELDS,
  clerkIdsOf,
  toAssignment,
  toMeeting,
  type RawAssignment,
  type RawBody,
  type RawMeeting,
} from './raw';
import { listUrl } from '../schema/urls';
import type { CurrentUser, Links, MeetingsRepository, MyMeeting, MyOverview } from '../services';
import { queueCallIns } from './overviewCallIns';
import { queueToDo } from './overviewToDo';
import type { Feature } from '../compose';
import { mayEditMeetings } from './meetingsAccess';
import { queueOwnerIds } from './site';

/** How far back a meeting may have started and still be "upcoming" (it may be going on). */
const ONGOING_WINDOW_MS = 24 * 3600 * 1000;

const MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'Body/Title',
  'Body/BodyCode',
  'StartTime',
  'EndTime',
  'Location',
  'MeetingStatus',
  'RemoteAllowed',
  'TeamsJoinUrl',
];
/** How far back "earlier meetings" reach: a year covers the minutes and claims a person still needs. */
const PAST_WINDOW_MS = 366 * 24 * 3600 * 1000;

export function createMeetingsRepository(sp: SPFI, webUrl: string, user: CurrentUser, now: () => Date, links: Links): MeetingsRepository {
  const list = (key: 'Assignments' | 'Bodies' | 'Meetings') => listUrl({ webUrl }, key);
  const queueMyAssignments = (batched: SPFI) =>
    batched.web
      .getList(list('Assignments'))
      .items.filter(`PersonId eq ${user.siteUserId}`)
      .select(...ASSIGNMENT_FIELDS)
      .top(500)<RawAssignment[]>();
  const queueMeetings = (batched: SPFI, filter: string, ascending: boolean, top: number) =>
    batched.web
      .getList(list('Meetings'))
      .items.filter(filter)
      .select(...MEETING_FIELDS)
      .expand('Body')
      .orderBy('StartTime', ascending)
      .top(top)<RawMeeting[]>();
  const toMyMeeting = (
    r: RawMeeting,
    m: Meeting,
    assignments: Assignment[],
    calledIn: MyMeeting['calledIn'],
    asStaff = false,
  ): MyMeeting => ({
    ...m,
    bodyName: r.Body?.Title ?? '',
    bodyCode: r.Body?.BodyCode ?? '',
    myAssignments: assignmentsInBody(assignments, m.bodyId, swedishDate(new Date(m.start))),
    agendaUrl: links.agenda(m.id),
    calledIn,
    asStaff,
  });

  /**
   * One $batch: the person's assignments, the coming meetings of all bodies (a region has a few
   * hundred a year) and what call-ins need, and for the overview what awaits the person (minutes to
   * sign), joined here: the first render is one round trip (DESIGN §9).
   */
  async function upcoming(limit: number, withToDo: boolean): Promise<MyOverview> {
    try {
      const at = now();
      const [batched, execute] = sp.batched();
      const assignmentsP = queueMyAssignments(batched);
      const meetingsP = queueMeetings(batched, `StartTime ge ${odataDate(new Date(at.getTime() - ONGOING_WINDOW_MS))}`, true, 500);
      const bodiesP = batched.web
        .getList(list('Bodies'))
        .items.select(...BODY_FIELDS)
        .top(500)<RawBody[]>();
      const site = { bodies: () => bodiesP, ownerIds: queueOwnerIds(batched) };
      const callInsP = queueCallIns(batched, webUrl, user.siteUserId, at, site);
      const toDoP = withToDo ? queueToDo(batched, { webUrl, personId: user.siteUserId, links }, at, site) : null;
      await execute();
      const calledIn = await callInsP();
      const assignments = (await assignmentsP).map(toAssignment);
      const raw = await meetingsP;
      const byId = new Map(raw.map((r) => [r.Id, r]));
      // staff serve the bodies they are staff of (DESIGN §4): a clerk those that name them, an owner every body
      const owner = (await site.ownerIds()).includes(user.siteUserId);
      const clerkOf = new Set((await bodiesP).filter((b) => clerkIdsOf(b).includes(user.siteUserId)).map((b) => b.Id));
      const serves = (bodyId: number) => owner || clerkOf.has(bodyId);
      const meetings = upcomingMeetingsFor(raw.map(toMeeting), assignments, at, serves)
        .slice(0, limit)
        .map((m) => {
          const mine = assignmentsInBody(assignments, m.bodyId, swedishDate(new Date(m.start)));
          return toMyMeeting(byId.get(m.id)!, m, assignments, calledIn(m, mine), serves(m.bodyId));
        });
      const toDo = toDoP ? await toDoP() : { toDo: [], error: null };
      return { meetings, toDo: toDo.toDo, toDoError: toDo.error };
    } catch (e) {
      const err = await toDataError(e);
      // someone who may read no meetings (payroll, say) has none: that is an answer, not a failure
      if (err.code === 'accessDenied') return { meetings: [], toDo: [], toDoError: null };
      throw err;
    }
  }

  return {
    canCreate: () => mayEditMeetings({ sp, webUrl, user, now }),

    myUpcoming: async (limit = 10) => (await upcoming(limit, false)).meetings,

    myOverview: (limit = 10) => upcoming(limit, true),

    async myPast(limit = 10) {
      try {
        const at = now();
        const [batched, execute] = sp.batched();
        const assignmentsP = queueMyAssignments(batched);
        // StartTime is indexed: the window keeps the read under the list view threshold as years pass
        const meetingsP = queueMeetings(
          batched,
          `StartTime ge ${odataDate(new Date(at.getTime() - PAST_WINDOW_MS))} and StartTime lt ${odataDate(at)}`,
          false,
          1000,
        );
        await execute();
        const assignments = (await assignmentsP).map(toAssignment);
        const raw = await meetingsP;
        const byId = new Map(raw.map((r) => [r.Id, r]));
        return pastMeetingsFor(raw.map(toMeeting), assignments, at)
          .slice(0, limit)
          .map((m) => toMyMeeting(byId.get(m.id)!, m, assignments, null));
      } catch (e) {
        const err = await toDataError(e);
        if (err.code === 'accessDenied') return [];
        throw err;
      }
    },
  };
}

export const meetingsFeature: Feature<'meetings'> = (b) => createMeetingsRepository(b.sp, b.webUrl, b.user, b.now, b.links);

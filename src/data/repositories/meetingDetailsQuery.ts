import { swedishDate } from '../../domain/time/swedishTime';
import { isValidOn } from '../../domain/bodies/assignments';
import { bodyStaffIds } from '../../domain/bodies/trust';
import type { Assignment } from '../../domain/bodies/types';
import { DataError, type MeetingDetails, type PersonRef } from '../services';
import {
  toAssignment,
  toMeeting,
  AGENDA_ITEM_FIELDS,
  ATTENDANCE_FIELDS,
  BODY_FIELDS,
  clerkIdsOf,
  CONFLICT_FIELDS,
  DOCUMENT_FIELDS,
  PERSON_FIELDS,
  SEAT_ASSIGNMENT_FIELDS,
  toAgendaItem,
  toAttendanceEvents,
  toBodyRules,
  toConflictEvents,
  toDocument,
  toPersonRef,
  toSeatAssignment,
  validOnFilter,
  type RawAgendaItem,
  type RawAttendance,
  type RawBody,
  type RawConflict,
  type RawDocument,
  type RawPerson,
  type RawSeatAssignment,
} from './raw';
import { listUrl, queueOwnerIds, type RepoContext } from './site';
import { bodyKind } from '../mapping';

export interface RawMeetingRow {
  Id: number;
  Title: string;
  BodyId: number;
  StartTime: string;
  EndTime: string | null;
  Location: string | null;
  MeetingStatus: string;
  RemoteAllowed: boolean | null;
  TeamsJoinUrl: string | null;
  EventId: string | null;
  NoticePublished: string | null;
  SigningDue: string | null;
  CancellationReason?: string | null;
  Chair: RawPerson | null;
  CoSigners: RawPerson[] | null;
}
export const MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'StartTime',
  'EndTime',
  'Location',
  'MeetingStatus',
  'RemoteAllowed',
  'TeamsJoinUrl',
  'EventId',
  'NoticePublished',
  'SigningDue',
  'CancellationReason',
  ...PERSON_FIELDS('Chair'),
  ...PERSON_FIELDS('CoSigners'),
];

/** Enough rows for any one meeting's events (RF: 142 people, a few events each). */
const EVENTS_TOP = 5000;

/**
 * Reads everything the meeting page needs. Everything keyed by the meeting goes in one `$batch`;
 * the body's assignments need the meeting's body and date, so they follow in a second request.
 */
export async function loadMeetingDetails(ctx: RepoContext, meetingId: number): Promise<MeetingDetails> {
  return (await loadMeeting(ctx, meetingId)).details;
}

/** The details plus what only the data layer needs: the body's row and the assignees' addresses. */
export async function loadMeeting(
  ctx: RepoContext,
  meetingId: number,
): Promise<{ details: MeetingDetails; body: RawBody; people: Map<number, PersonRef> }> {
  const [batched, execute] = ctx.sp.batched();
  const byMeeting = `MeetingId eq ${meetingId}`;
  const meetingP = batched.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.getById(meetingId)
    .select(...MEETING_FIELDS)
    .expand('Chair', 'CoSigners')<RawMeetingRow>();
  const bodiesP = batched.web
    .getList(listUrl(ctx, 'Bodies'))
    .items.select(...BODY_FIELDS)
    .top(500)<RawBody[]>();
  const itemsP = batched.web
    .getList(listUrl(ctx, 'AgendaItems'))
    .items.filter(byMeeting)
    .select(...AGENDA_ITEM_FIELDS)
    .orderBy('ItemNumber', true)
    .top(500)<RawAgendaItem[]>();
  const docsP = batched.web
    .getList(listUrl(ctx, 'MeetingDocuments'))
    .items.filter(byMeeting)
    .select(...DOCUMENT_FIELDS)
    .top(1000)<RawDocument[]>();
  const attendanceP = batched.web
    .getList(listUrl(ctx, 'Attendance'))
    .items.filter(byMeeting)
    .select(...ATTENDANCE_FIELDS)
    .top(EVENTS_TOP)<RawAttendance[]>();
  const conflictsP = batched.web
    .getList(listUrl(ctx, 'Conflicts'))
    .items.filter(byMeeting)
    .select(...CONFLICT_FIELDS)
    .top(EVENTS_TOP)<RawConflict[]>();
  const ownersP = queueOwnerIds(batched);
  await execute();

  const m = await meetingP;
  const body = (await bodiesP).find((b) => b.Id === m.BodyId);
  if (!body) throw new DataError('notFound', `The body of meeting ${meetingId} was not found.`, 404);
  const date = swedishDate(new Date(m.StartTime));
  const rawAssignments = await ctx.sp.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`BodyId eq ${m.BodyId} and ${validOnFilter(date)}`)
    .select(...SEAT_ASSIGNMENT_FIELDS)
    .expand('Person')
    .top(2000)<RawSeatAssignment[]>();
  const valid = rawAssignments.filter((a) => isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date));
  const myAssignments: Assignment[] = valid.filter((a) => a.PersonId === ctx.user.siteUserId).map(toAssignment);

  const items = (await itemsP).map(toAgendaItem);
  const position = new Map(items.map((i) => [i.id, i.number]));
  const seatAssignments = valid.map(toSeatAssignment);
  const people = new Map(valid.map((a) => [a.PersonId, toPersonRef(a.Person) ?? { id: a.PersonId, displayName: '', email: '' }]));
  const details: MeetingDetails = {
    ...toMeeting({ ...m, Body: null }),
    bodyName: body.Title,
    bodyCode: body.BodyCode,
    bodyKind: bodyKind.toCode(body.BodyKind) ?? 'Committee',
    rules: toBodyRules(body),
    chair: toPersonRef(m.Chair),
    coSigners: (m.CoSigners ?? []).map(toPersonRef).filter((p): p is NonNullable<typeof p> => p !== null),
    signingDue: m.SigningDue,
    noticePublished: m.NoticePublished,
    eventId: m.EventId || null,
    cancellationReason: m.CancellationReason || null,
    items,
    // in agenda order, the meeting's own documents (the notice) first
    documents: (await docsP)
      .map(toDocument)
      .sort(
        (a, b) =>
          (a.itemId === null ? 0 : (position.get(a.itemId) ?? 999)) - (b.itemId === null ? 0 : (position.get(b.itemId) ?? 999)) ||
          a.title.localeCompare(b.title, 'sv'),
      ),
    seatAssignments,
    attendance: toAttendanceEvents(await attendanceP),
    conflicts: toConflictEvents(await conflictsP),
    // the body's own staff on the meeting's date: a clerk or chair of another body is not (DESIGN §4)
    staffIds: bodyStaffIds({ ownerIds: await ownersP(), clerkIds: clerkIdsOf(body), assignments: seatAssignments }),
    myAssignments,
  };
  return { details, body, people };
}

import '@pnp/sp/site-users/web';
import { isValidOn } from '../../domain/bodies/assignments';
import { meetingStaff } from '../../domain/live/staff';
import type { MinutesRecord, MinutesRecordItem } from '../../domain/minutes/document';
import { serverDate } from '../../domain/minutes/deadlines';
import { sectionCount, type NumberedMeeting } from '../../domain/minutes/numbering';
import { swedishDate } from '../../domain/time/swedishTime';
import { PROPOSAL_FIELDS, toProposalEvents, type RawProposalRow } from '../live/raw';
import { MEETING_FIELDS, type RawMeetingRow } from '../repositories/meetingDetailsQuery';
import {
  AGENDA_ITEM_FIELDS,
  ATTENDANCE_FIELDS,
  BODY_FIELDS,
  clerkIdsOf,
  CONFLICT_FIELDS,
  PERSON_FIELDS,
  SEAT_ASSIGNMENT_FIELDS,
  toAgendaItem,
  toAttendanceEvents,
  toBodyRules,
  toConflictEvents,
  toPersonRef,
  toSeatAssignment,
  validOnFilter,
  type RawAgendaItem,
  type RawAttendance,
  type RawBody,
  type RawConflict,
  type RawPerson,
  type RawSeatAssignment,
} from '../repositories/raw';
import { listUrl, queueOwnerIds, type RepoContext } from '../repositories/site';
import { DataError, type PersonRef } from '../services';
import { readSteps } from '../voting/reads';
import { DISSENT_FIELDS, toDissentEvents, type RawDissentRow } from './raw';
import { defaultSecretary, NOBODY } from './reads';

/** Enough rows for one meeting's events (RF: 142 people, a few events each), as the other readers take. */
const EVENTS_TOP = 5000;
/** The body's meetings in one year, and their items: a committee meets monthly, RF five times. */
const YEAR_TOP = 500;
const YEAR_ITEMS_TOP = 5000;
/** A meeting set as cancelled never had minutes, so its items took no sections (an assumption: the lists keep no such rule). */
const CANCELLED = 'Inställt';

type RawRecordMeeting = RawMeetingRow & { Secretary: RawPerson | null; SigningPlace: string | null };
const RECORD_MEETING_FIELDS = [...MEETING_FIELDS, ...PERSON_FIELDS('Secretary'), 'SigningPlace'];

type RawRecordBody = RawBody & { EliminationTieByLot?: boolean | null };

type RawRecordItem = RawAgendaItem & { Withdrawn: boolean | null; SecrecyReference: string | null };
const RECORD_ITEM_FIELDS = [...AGENDA_ITEM_FIELDS, 'Withdrawn', 'SecrecyReference'];

/** The meeting, its body and the site owners: enough to decide who may read the record, before any of it is read. */
export interface RecordHead {
  meeting: RawRecordMeeting;
  body: RawRecordBody;
  clerkIds: number[];
  ownerIds: number[];
}

const toItem = (r: RawRecordItem): MinutesRecordItem => {
  const { id, number, title, caseNumber, kind, proposedDecision, decision, confidential } = toAgendaItem(r);
  return {
    id,
    number,
    withdrawn: Boolean(r.Withdrawn),
    title,
    caseNumber,
    kind,
    proposedDecision,
    decision,
    confidential,
    secrecyReference: r.SecrecyReference?.trim() || null,
  };
};

/** One request: the meeting, every body (the meeting's is not known before it arrives; there are few) and the site owners. */
export async function readRecordHead(ctx: RepoContext, meetingId: number): Promise<RecordHead> {
  const [b, run] = ctx.sp.batched();
  const meetingP = b.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.getById(meetingId)
    .select(...RECORD_MEETING_FIELDS)
    .expand('Chair', 'CoSigners', 'Secretary')<RawRecordMeeting>();
  const bodiesP = b.web
    .getList(listUrl(ctx, 'Bodies'))
    .items.select(...BODY_FIELDS, 'EliminationTieByLot')
    .top(500)<RawRecordBody[]>();
  const ownersP = queueOwnerIds(b);
  await run();
  const meeting = await meetingP;
  const body = (await bodiesP).find((x) => x.Id === meeting.BodyId);
  if (!body) throw new DataError('notFound', `The body of meeting ${meetingId} was not found.`, 404);
  return { meeting, body, clerkIds: clerkIdsOf(body), ownerIds: await ownersP() };
}

/**
 * Everything the meeting recorded, as the minutes document takes it (`MinutesRecord`), in three
 * requests: the head (meeting, body, owners); then in one `$batch` what hangs on the meeting, the
 * body and the date (agenda, attendance, jäv, proposals, dissents, assignments, the body's earlier
 * meetings that year); then in one more the decision steps (only the staff's, who are known from
 * the assignments) and the earlier meetings' items, for § numbering that continues across meetings.
 * `check` sees the head first and may refuse before anything else is read.
 */
export async function readMinutesRecord(ctx: RepoContext, meetingId: number, check?: (head: RecordHead) => void): Promise<MinutesRecord> {
  const head = await readRecordHead(ctx, meetingId);
  check?.(head);
  const { meeting: m, body, clerkIds } = head;
  const date = swedishDate(new Date(m.StartTime));
  const year = Number(serverDate(m.StartTime).slice(0, 4));
  const secretaryRef = toPersonRef(m.Secretary);
  const secretaryId = secretaryRef?.id ?? defaultSecretary(ctx.user.siteUserId, clerkIds) ?? NOBODY;

  const [b, run] = ctx.sp.batched();
  const byMeeting = `MeetingId eq ${meetingId}`;
  const events = <T>(key: 'Attendance' | 'Conflicts' | 'Proposals' | 'Dissents', fields: string[]) =>
    b.web
      .getList(listUrl(ctx, key))
      .items.filter(byMeeting)
      .select(...fields)
      .orderBy('Id', true)
      .top(EVENTS_TOP)<T[]>();
  const itemsP = b.web
    .getList(listUrl(ctx, 'AgendaItems'))
    .items.filter(byMeeting)
    .select(...RECORD_ITEM_FIELDS)
    .orderBy('ItemNumber', true)
    .top(500)<RawRecordItem[]>();
  const attendanceP = events<RawAttendance>('Attendance', ATTENDANCE_FIELDS);
  const conflictsP = events<RawConflict>('Conflicts', CONFLICT_FIELDS);
  const proposalsP = events<RawProposalRow>('Proposals', PROPOSAL_FIELDS);
  const dissentsP = events<RawDissentRow>('Dissents', DISSENT_FIELDS);
  const assignmentsP = b.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`BodyId eq ${m.BodyId} and ${validOnFilter(date)}`)
    .select(...SEAT_ASSIGNMENT_FIELDS)
    .expand('Person')
    .top(2000)<RawSeatAssignment[]>();
  // from the last day of the year before (a Swedish New Year's night is still 31 December in UTC); the domain keeps the year exactly
  const earlierP = b.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.filter(`BodyId eq ${m.BodyId} and StartTime ge datetime'${year - 1}-12-31T00:00:00Z' and StartTime le datetime'${m.StartTime}'`)
    .select('Id', 'BodyId', 'StartTime', 'MeetingStatus')
    .top(YEAR_TOP)<{ Id: number; BodyId: number; StartTime: string; MeetingStatus: string }[]>();
  // the secretary not yet written on the meeting has no name in the row: the site's user list has it
  const secretaryUserP =
    !secretaryRef && secretaryId !== NOBODY
      ? b.web.siteUsers.getById(secretaryId).select('Id', 'Title')<{ Id: number; Title: string }>()
      : null;
  await run();

  const assignments = (await assignmentsP)
    .filter((a) => isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date))
    .map(toSeatAssignment);
  const chairRef = toPersonRef(m.Chair);
  const staff = meetingStaff(chairRef?.id ?? null, assignments, clerkIds);
  const earlier = (await earlierP).filter((x) => x.Id !== meetingId && x.MeetingStatus !== CANCELLED);

  const [b3, run3] = ctx.sp.batched();
  const stepsP = readSteps(ctx, b3, meetingId, staff, undefined, true);
  const earlierItemsP = earlier.length
    ? b3.web
        .getList(listUrl(ctx, 'AgendaItems'))
        .items.filter(earlier.map((x) => `MeetingId eq ${x.Id}`).join(' or '))
        .select('Id', 'MeetingId', 'ItemNumber', 'Withdrawn')
        .top(YEAR_ITEMS_TOP)<{ Id: number; MeetingId: number; ItemNumber: number; Withdrawn: boolean | null }[]>()
    : Promise.resolve([]);
  await run3();
  const earlierItems = await earlierItemsP;
  const bodyMeetings: NumberedMeeting[] = earlier.map((x) => ({
    meetingId: x.Id,
    bodyId: x.BodyId,
    start: x.StartTime,
    sectionCount: sectionCount(
      earlierItems.filter((i) => i.MeetingId === x.Id).map((i) => ({ id: i.Id, number: i.ItemNumber, withdrawn: Boolean(i.Withdrawn) })),
    ),
  }));

  const coSigners = (m.CoSigners ?? []).map(toPersonRef).filter((p): p is PersonRef => p !== null);
  const secretaryUser = secretaryUserP ? await secretaryUserP.catch(() => null) : null;
  const people = [chairRef, ...coSigners, secretaryRef, secretaryUser ? { id: secretaryUser.Id, displayName: secretaryUser.Title } : null]
    .filter((p): p is Pick<PersonRef, 'id' | 'displayName'> => p !== null && p.displayName !== '')
    .map((p) => ({ personId: p.id, name: p.displayName }));

  return {
    meeting: {
      id: m.Id,
      bodyId: m.BodyId,
      start: m.StartTime,
      end: m.EndTime,
      location: m.Location ?? '',
      remoteAllowed: Boolean(m.RemoteAllowed),
    },
    bodyName: body.Title,
    rules: toBodyRules(body),
    bodyMeetings,
    items: (await itemsP).map(toItem),
    assignments,
    attendance: toAttendanceEvents(await attendanceP),
    conflicts: toConflictEvents(await conflictsP),
    staff,
    proposals: toProposalEvents(await proposalsP),
    steps: await stepsP,
    dissents: toDissentEvents(await dissentsP),
    eliminationTieByLot: Boolean(body.EliminationTieByLot),
    signers: { chairId: staff.chairId ?? NOBODY, coSignerIds: coSigners.map((p) => p.id), secretaryId },
    people,
    // assumption: the meeting's "Justering senast" is the time set for signing, which also ends the time for written reasons (KL 4:27)
    signing: { place: m.SigningPlace?.trim() ?? '', at: m.SigningDue },
  };
}

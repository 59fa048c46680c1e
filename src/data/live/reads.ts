import type { SPFI } from '@pnp/sp';
import type { DebateRules, ProposalEvent, SpeakerEvent } from '../../domain/live/types';
import type { AttendanceEvent, ConflictEvent } from '../../domain/meetings/types';
import { meetingStaff, staffIds, type MeetingStaff } from '../../domain/live/staff';
import {
  ATTENDANCE_FIELDS,
  CONFLICT_FIELDS,
  toAttendanceEvents,
  toConflictEvents,
  type RawAttendance,
  type RawConflict,
} from '../repositories/raw';
import { loadMeeting } from '../repositories/meetingDetailsQuery';
import { listUrl, type RepoContext } from '../repositories/site';
import type { MeetingDetails } from '../services';
import {
  clerkIdsOf,
  DEBATE_BODY_FIELDS,
  LIVE_FIELDS,
  PROPOSAL_FIELDS,
  SPEAKER_FIELDS,
  toDebateRules,
  toLiveState,
  toProposalEvents,
  toSpeakerEvents,
  type EventMark,
  type LiveState,
  type RawDebateBody,
  type RawLiveRow,
  type RawProposalRow,
  type RawSpeakerRow,
} from './raw';

/** Everything the live views start from; after this, only what changed is read. */
export interface LiveSnapshot {
  meeting: MeetingDetails;
  staff: MeetingStaff;
  debate: DebateRules;
  /** null until the meeting goes live. */
  state: LiveState | null;
  speakers: SpeakerEvent[];
  proposals: ProposalEvent[];
  /** The highest event id this client holds, per list (attendance and conflicts are in `meeting`). */
  seen: EventMark;
}

/** Enough rows for one meeting's events; a 71-seat debate writes a few hundred. */
const EVENTS_TOP = 5000;

const highest = (rows: readonly { id: number }[], floor: number): number => rows.reduce((m, r) => Math.max(m, r.id), floor);

/**
 * The meeting's live state item: the first one created by a person who runs the meeting. Items
 * anyone else created (another body's chair or clerk may add to the list) are ignored: `Meeting`
 * is not unique, so nobody can lock the real one out by creating theirs first (DESIGN §4).
 */
export function trustedState(rows: readonly RawLiveRow[], staff: MeetingStaff): LiveState | null {
  const writers = new Set(staffIds(staff));
  const first = [...rows].sort((a, b) => a.Id - b.Id).find((r) => writers.has(r.AuthorId));
  return first ? toLiveState(first) : null;
}

/**
 * Loads the live meeting: the meeting (one `$batch` and the body's assignments, as the meeting
 * page reads it), then in one more `$batch` the body's debate rules and clerks, the live state
 * and the speaker and proposal events.
 */
export async function loadSnapshot(ctx: RepoContext, meetingId: number): Promise<LiveSnapshot> {
  const { details } = await loadMeeting(ctx, meetingId);
  const [b, run] = ctx.sp.batched();
  const byMeeting = `MeetingId eq ${meetingId}`;
  const bodyP = b.web
    .getList(listUrl(ctx, 'Bodies'))
    .items.getById(details.bodyId)
    .select(...DEBATE_BODY_FIELDS)<RawDebateBody>();
  const stateP = b.web
    .getList(listUrl(ctx, 'LiveState'))
    .items.filter(byMeeting)
    .select(...LIVE_FIELDS)
    .top(50)<RawLiveRow[]>();
  const speakersP = b.web
    .getList(listUrl(ctx, 'SpeakerRequests'))
    .items.filter(byMeeting)
    .select(...SPEAKER_FIELDS)
    .orderBy('Id', true)
    .top(EVENTS_TOP)<RawSpeakerRow[]>();
  const proposalsP = b.web
    .getList(listUrl(ctx, 'Proposals'))
    .items.filter(byMeeting)
    .select(...PROPOSAL_FIELDS)
    .orderBy('Id', true)
    .top(EVENTS_TOP)<RawProposalRow[]>();
  await run();
  const body = await bodyP;
  const staff = meetingStaff(details.chair?.id ?? null, details.seatAssignments, clerkIdsOf(body));
  const speakers = toSpeakerEvents(await speakersP);
  const proposals = toProposalEvents(await proposalsP);
  return {
    meeting: details,
    staff,
    debate: toDebateRules(body),
    state: trustedState(await stateP, staff),
    speakers,
    proposals,
    seen: {
      speakers: highest(speakers, 0),
      proposals: highest(proposals, 0),
      attendance: highest(details.attendance, 0),
      conflicts: highest(details.conflicts, 0),
    },
  };
}

/** What arrived since `since`, in the lists named. */
export interface NewEvents {
  state: LiveState | null | undefined;
  speakers: SpeakerEvent[];
  proposals: ProposalEvent[];
  attendance: AttendanceEvent[];
  conflicts: ConflictEvent[];
}

export type EventList = keyof EventMark;

/**
 * One `$batch`: the events newer than `since` in the lists that moved, and (when asked) the live
 * state. The lists are append-only (DESIGN §4), so "newer than the highest id seen" is every change.
 */
export async function readNew(
  ctx: RepoContext,
  sp: SPFI,
  meetingId: number,
  since: EventMark,
  lists: readonly EventList[],
  withState: { staff: MeetingStaff } | null,
): Promise<NewEvents> {
  const [b, run] = sp.batched();
  const q = <T>(key: 'SpeakerRequests' | 'Proposals' | 'Attendance' | 'Conflicts', after: number, fields: string[]) =>
    b.web
      .getList(listUrl(ctx, key))
      .items.filter(`MeetingId eq ${meetingId} and Id gt ${after}`)
      .select(...fields)
      .orderBy('Id', true)
      .top(EVENTS_TOP)<T[]>();
  const has = (l: EventList) => lists.includes(l);
  const stateP = withState
    ? b.web
        .getList(listUrl(ctx, 'LiveState'))
        .items.filter(`MeetingId eq ${meetingId}`)
        .select(...LIVE_FIELDS)
        .top(50)<RawLiveRow[]>()
    : null;
  const sP = has('speakers') ? q<RawSpeakerRow>('SpeakerRequests', since.speakers, SPEAKER_FIELDS) : null;
  const pP = has('proposals') ? q<RawProposalRow>('Proposals', since.proposals, PROPOSAL_FIELDS) : null;
  const aP = has('attendance') ? q<RawAttendance>('Attendance', since.attendance, ATTENDANCE_FIELDS) : null;
  const cP = has('conflicts') ? q<RawConflict>('Conflicts', since.conflicts, CONFLICT_FIELDS) : null;
  await run();
  return {
    state: stateP && withState ? trustedState(await stateP, withState.staff) : undefined,
    speakers: sP ? toSpeakerEvents(await sP) : [],
    proposals: pP ? toProposalEvents(await pP) : [],
    attendance: aP ? toAttendanceEvents(await aP) : [],
    conflicts: cP ? toConflictEvents(await cP) : [],
  };
}

/** The small poll (DESIGN §5): one item, a handful of columns. */
export async function readState(ctx: RepoContext, sp: SPFI, stateId: number): Promise<LiveState> {
  return toLiveState(
    await sp.web
      .getList(listUrl(ctx, 'LiveState'))
      .items.getById(stateId)
      .select(...LIVE_FIELDS)<RawLiveRow>(),
  );
}

/** Before the meeting goes live: whether its state item exists yet. */
export async function findState(ctx: RepoContext, sp: SPFI, meetingId: number, staff: MeetingStaff): Promise<LiveState | null> {
  const rows = await sp.web
    .getList(listUrl(ctx, 'LiveState'))
    .items.filter(`MeetingId eq ${meetingId}`)
    .select(...LIVE_FIELDS)
    .top(50)<RawLiveRow[]>();
  return trustedState(rows, staff);
}

/** Inside a Teams meeting: the portal's meeting whose Teams chat this is (TeamsJS `chat.id`); null if none. */
export async function meetingOfThread(ctx: RepoContext, threadId: string): Promise<number | null> {
  const safe = threadId.replace(/'/g, "''");
  const rows = await ctx.sp.web.getList(listUrl(ctx, 'Meetings')).items.filter(`TeamsThreadId eq '${safe}'`).select('Id').top(1)<
    { Id: number }[]
  >();
  return rows[0]?.Id ?? null;
}

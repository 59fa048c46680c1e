import type { LivePhase } from '../../domain/live/types';
import { staffIds, type MeetingStaff } from '../../domain/live/staff';
import { restrictToStaff } from './itemPermissions';
import { toDataError } from '../errors';
import { DataError } from '../services';
import { listUrl, type RepoContext } from '../repositories/site';
import { livePhase } from './mapping';
import { LIVE_FIELDS, formatMark, toLiveState, type EventMark, type LiveState, type RawLiveRow } from './raw';
import { findState, readState } from './reads';

/**
 * What only the console writes: the live state (with its ETag) and the start of the meeting with
 * the item's own permissions. A chunk of its own: members' clients never load it.
 */

/** The live state's columns a console write may change; every write also moves the revision. */
export interface StatePatch {
  phase?: LivePhase;
  currentItemId?: number | null;
  currentSpeakerId?: number | null;
  openVoteId?: number | null;
  turnout?: number | null;
  voteMark?: number;
  mark?: EventMark;
}

function columns(p: StatePatch): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (p.phase !== undefined) v.Phase = livePhase.toChoice(p.phase);
  if (p.currentItemId !== undefined) v.CurrentItem = p.currentItemId;
  if (p.currentSpeakerId !== undefined) v.CurrentSpeaker = p.currentSpeakerId;
  if (p.openVoteId !== undefined) v.OpenVote = p.openVoteId;
  if (p.turnout !== undefined) v.Turnout = p.turnout;
  if (p.voteMark !== undefined) v.VoteMark = p.voteMark;
  if (p.mark !== undefined) v.EventMark = formatMark(p.mark);
  return v;
}

/**
 * Writes the live state with its ETag, so two consoles never overwrite each other (DESIGN §5).
 * `change` says what to write given the state as it is; on a 412 the fresh state is read and
 * `change` asked again (it may find nothing left to do and return null). Only the columns that
 * change are sent.
 */
export async function updateState(ctx: RepoContext, state: LiveState, change: (fresh: LiveState) => StatePatch | null): Promise<LiveState> {
  let current = state;
  for (let attempt = 0; attempt < 4; attempt++) {
    const patch = change(current);
    if (!patch) return current;
    const revision = current.revision + 1;
    try {
      const r = (await ctx.sp.web
        .getList(listUrl(ctx, 'LiveState'))
        .items.getById(current.id)
        .update({ ...columns(patch), Revision: revision }, current.etag)) as { etag?: string | null };
      return { ...current, ...patch, revision, etag: r?.etag || '*', editorId: ctx.user.siteUserId };
    } catch (e) {
      const err = await toDataError(e);
      if (err.code !== 'versionConflict') throw err;
      current = await readState(ctx, ctx.sp, current.id);
    }
  }
  throw new DataError('conflict', 'The live state kept changing under this console; try again.', 412, 'versionConflict');
}

/**
 * Puts a meeting live: its live-state item, restricted to the people who run it before anyone
 * relies on it. If a step fails the item is removed again, so nothing half-made is left. If
 * another console started the meeting at the same moment, the first item wins and ours goes.
 */
export async function startLive(
  ctx: RepoContext,
  meetingId: number,
  staff: MeetingStaff,
  initial: { currentItemId: number | null; mark: EventMark },
): Promise<LiveState> {
  const existing = await findState(ctx, ctx.sp, meetingId, staff);
  if (existing) return existing;
  if (!staffIds(staff).includes(ctx.user.siteUserId))
    throw new DataError('forbidden', 'Only the chair, the vice chairs and the clerks of the body start the meeting.', 403, 'accessDenied');
  let row: RawLiveRow;
  try {
    row = (await ctx.sp.web.getList(listUrl(ctx, 'LiveState')).items.add({
      MeetingId: meetingId,
      Phase: livePhase.toChoice('RollCall'),
      CurrentItem: initial.currentItemId,
      Revision: 1,
      EventMark: formatMark(initial.mark),
    })) as RawLiveRow;
  } catch (e) {
    throw await toDataError(e);
  }
  try {
    await restrictToStaff(ctx, 'LiveState', row.Id, staff);
  } catch (e) {
    const err = await toDataError(e);
    try {
      await ctx.sp.web.getList(listUrl(ctx, 'LiveState')).items.getById(row.Id).delete();
    } catch {
      // the error that stopped the start is the one to show
    }
    throw err;
  }
  const winner = await findState(ctx, ctx.sp, meetingId, staff);
  if (winner && winner.id !== row.Id) {
    await ctx.sp.web.getList(listUrl(ctx, 'LiveState')).items.getById(row.Id).delete();
    return winner;
  }
  return toLiveState(
    await ctx.sp.web
      .getList(listUrl(ctx, 'LiveState'))
      .items.getById(row.Id)
      .select(...LIVE_FIELDS)<RawLiveRow>(),
  );
}

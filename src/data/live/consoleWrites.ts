import '@pnp/sp/security';
import type { LivePhase } from '../../domain/live/types';
import { staffIds, type MeetingStaff } from '../../domain/live/staff';
import { groups } from '../schema/groups';
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
  mark?: EventMark;
}

function columns(p: StatePatch): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (p.phase !== undefined) v.Phase = livePhase.toChoice(p.phase);
  if (p.currentItemId !== undefined) v.CurrentItem = p.currentItemId;
  if (p.currentSpeakerId !== undefined) v.CurrentSpeaker = p.currentSpeakerId;
  if (p.openVoteId !== undefined) v.OpenVote = p.openVoteId;
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

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Contributor: 3, Administrator: 5 } as const;

/**
 * The item's own permissions, set before anyone relies on it: the site's owners full control;
 * the meeting's chair, vice chairs and the body's clerks contribute; every portal group reads.
 * The creator's personal full control (SharePoint grants it on breaking inheritance) goes last.
 */
async function restrict(ctx: RepoContext, itemId: number, staff: MeetingStaff): Promise<void> {
  const list = () => ctx.sp.web.getList(listUrl(ctx, 'LiveState'));
  await list().items.getById(itemId).breakRoleInheritance(false, false);
  const [b, run] = ctx.sp.batched();
  const owners = b.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const readers = (['Members', 'Clerks', 'Presidium', 'Payroll'] as const).map((g) =>
    b.web.siteGroups.getByName(groups[g].title).select('Id')<{ Id: number }>(),
  );
  const full = b.web.roleDefinitions.getByType(ROLE.Administrator).select('Id')<{ Id: number }>();
  const contribute = b.web.roleDefinitions.getByType(ROLE.Contributor).select('Id')<{ Id: number }>();
  const read = b.web.roleDefinitions.getByType(ROLE.Reader).select('Id')<{ Id: number }>();
  await run();
  const [fullId, readId, contributeId] = [(await full).Id, (await read).Id, (await contribute).Id];
  const grants: [number, number][] = [
    [(await owners).Id, fullId],
    ...(await Promise.all(readers)).map((g): [number, number] => [g.Id, readId]),
    ...staffIds(staff).map((id): [number, number] => [id, contributeId]),
  ];
  const [b2, run2] = ctx.sp.batched();
  const item = b2.web.getList(listUrl(ctx, 'LiveState')).items.getById(itemId);
  const done = grants.map(([principal, role]) => item.roleAssignments.add(principal, role));
  await run2();
  await Promise.all(done);
  try {
    await list().items.getById(itemId).roleAssignments.remove(ctx.user.siteUserId, fullId);
  } catch (e) {
    // a site collection admin gets no personal grant
    if ((await toDataError(e)).code !== 'notFound') throw e;
  }
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
    await restrict(ctx, row.Id, staff);
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

import { staffIds, type MeetingStaff } from '../../domain/live/staff';
import type { ListKey } from '../schema/types';
import { portalPrincipals, setExactGrants, type Grant } from '../repositories/itemGrants';
import { listUrl, type RepoContext } from '../repositories/site';

/**
 * Gives one item of a console-written list (the live state, a decision step) its own permissions,
 * before anyone relies on it: the site's owners full control; the meeting's chair, vice chairs and
 * the body's clerks contribute (on a decision step without delete); every portal group reads. A chair or clerk of another body can then
 * not change it (DESIGN §4 "staff are staff of a body"). The creator's personal full control
 * (SharePoint grants it on breaking inheritance) goes last.
 */
export async function restrictToStaff(ctx: RepoContext, key: ListKey, itemId: number, staff: MeetingStaff): Promise<void> {
  // the ids first: a break made before them could leave the item with nobody but its creator
  const ids = await portalPrincipals(ctx);
  const grants: Grant[] = [
    [ids.owners, ids.full],
    ...ids.readers.map((g): Grant => [g, ids.read]),
    // the live state may be removed by its console (a lost race at the start); a decision step never is
    ...staffIds(staff).map((id): Grant => [id, key === 'Votes' ? ids.recordKeeping : ids.contribute]),
  ];
  await setExactGrants(ctx, listUrl(ctx, key), itemId, grants, false);
}

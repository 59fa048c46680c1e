import { SPQueryable } from '@pnp/sp';
import { toDataError } from '../errors';
import { listUrl, type RepoContext } from './site';

/** SP.PermissionKind.EditListItems is kind 3: bit 2 of the mask's low word. */
const EDIT_LIST_ITEMS_BIT = 2;

/**
 * Whether the signed-in person may edit meetings (a clerk or site owner: EditListItems on the
 * Meetings list). SharePoint decides every write anyway; this only chooses what to offer.
 *
 * The same request as @pnp/sp/security's `getCurrentUserEffectivePermissions` (the list's
 * `EffectiveBasePermissions`) and the same bit test as its `hasPermissions`, without importing that
 * module: it would bring 1.9 KB gzip into the overview's and the meeting page's first render.
 */
export async function mayEditMeetings(ctx: RepoContext): Promise<boolean> {
  try {
    const perms = await SPQueryable(ctx.sp.web.getList(listUrl(ctx, 'Meetings')), 'EffectiveBasePermissions')<{
      High: string | number;
      Low: string | number;
    }>();
    return ((Number(perms.Low) >>> EDIT_LIST_ITEMS_BIT) & 1) === 1;
  } catch (e) {
    const err = await toDataError(e);
    if (err.kind === 'forbidden') return false;
    throw err;
  }
}

import '@pnp/sp/security/list';
import { PermissionKind } from '@pnp/sp/security/types.js';
import { hasPermissions } from '@pnp/sp/security/funcs.js';
import { toDataError } from '../errors';
import { listUrl, type RepoContext } from './site';

/**
 * Whether the signed-in person may edit meetings (a clerk or site owner: EditListItems on the
 * Meetings list). SharePoint decides every write anyway; this only chooses what to offer.
 */
export async function mayEditMeetings(ctx: RepoContext): Promise<boolean> {
  try {
    const perms = await ctx.sp.web.getList(listUrl(ctx, 'Meetings')).getCurrentUserEffectivePermissions();
    return hasPermissions({ High: Number(perms.High), Low: Number(perms.Low) }, PermissionKind.EditListItems);
  } catch (e) {
    const err = await toDataError(e);
    if (err.kind === 'forbidden') return false;
    throw err;
  }
}

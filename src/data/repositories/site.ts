import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SiteGroup, SiteGroups } from '@pnp/sp/site-groups/types';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { groups } from '../schema/groups';
import type { CurrentUser } from '../services';

/** What every repository gets from the host: PnPjs, the site, the signed-in person and the clock. */
export interface RepoContext {
  sp: SPFI;
  /** Server-relative URL of the portal site, without a trailing slash. */
  webUrl: string;
  user: CurrentUser;
  now: () => Date;
}

export { listUrl } from '../schema/urls';

/** An instance of PnPjs's `sp`, whether the plain one or a `batched()` one. */
type Sp = SPFI;

/**
 * Queues the reads of the staff's site user ids (DESIGN §4: clerks, the presidium and site
 * owners may write events for others) on `sp`, which may be a batched instance.
 */
export function queueStaffIds(sp: Sp): () => Promise<number[]> {
  // PnPjs's factories rather than `web.siteGroups`: importing that augmentation brings its permission
  // code (@pnp/sp/security) into every page that reads a meeting
  const clerks = SiteGroups(sp.web).getByName(groups.Clerks.title).users.select('Id')<{ Id: number }[]>();
  const presidium = SiteGroups(sp.web).getByName(groups.Presidium.title).users.select('Id')<{ Id: number }[]>();
  const owners = SiteGroup(sp.web, 'associatedOwnerGroup').users.select('Id')<{ Id: number }[]>();
  return async () => [...new Set([...(await clerks), ...(await presidium), ...(await owners)].map((u) => u.Id))].sort((a, b) => a - b);
}

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SiteGroup } from '@pnp/sp/site-groups/types';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
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
 * Queues the read of the site owners' user ids on `sp`, which may be a batched instance. Owners
 * administer the site, so they serve every body (DESIGN §4); a body's other staff come from the
 * body (its clerks) and its assignments (its chair and vice chairs), see `bodyStaffIds`.
 */
export function queueOwnerIds(sp: Sp): () => Promise<number[]> {
  // PnPjs's factory rather than `web.associatedOwnerGroup`: importing that augmentation brings its
  // permission code (@pnp/sp/security) into every page that reads a meeting
  const owners = SiteGroup(sp.web, 'associatedOwnerGroup').users.select('Id')<{ Id: number }[]>();
  return async () => (await owners).map((u) => u.Id);
}

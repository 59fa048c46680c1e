import { standaloneSp } from '../../../src/data/hosts/standalone';
import { createGraphClient } from '../../../src/data/clients/graphClient';
import { createCalendarRepository } from '../../../src/data/graph/calendar';
import { createDirectoryRepository } from '../../../src/data/graph/directory';
import { createMailRepository } from '../../../src/data/graph/mail';
import type { SiteContext } from '../../../src/data/graph/site';
import { type startSeededTenant } from '../../support/tenant';

export type Seeded = Awaited<ReturnType<typeof startSeededTenant>>;

/** The Graph-backed repositories as a host builds them, signed in as a persona. */
export async function repositoriesFor(t: Seeded, persona: string, now: Date) {
  const upn = t.persona(persona).userPrincipalName;
  const getToken = (): string => t.token(upn);
  const sp = standaloneSp(t.siteUrl, getToken);
  const me = await sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')<{
    Id: number;
    LoginName: string;
    Title: string;
    Email: string;
  }>();
  const ctx: SiteContext = {
    sp,
    webUrl: new URL(t.siteUrl).pathname,
    user: { siteUserId: me.Id, loginName: me.LoginName, displayName: me.Title, email: me.Email },
    now: () => now,
    links: { agenda: (id) => `${t.siteUrl}/#/sammantrade/${id}`, minutes: (id) => `${t.siteUrl}/#/sammantrade/${id}/protokoll` },
  };
  const graph = createGraphClient({ baseUrl: `${t.tenant.url}/graph/`, getToken });
  // Part retries wait for real in the tenant's Retry-After (1 s); the client's own retries too.
  return {
    upn,
    ctx,
    graph,
    calendar: createCalendarRepository(ctx, graph),
    mail: createMailRepository(graph),
    directory: createDirectoryRepository(ctx, graph),
  };
}

/** Requests the tenant answered since `seq`, split by kind. */
export function traffic(t: Seeded, since: number) {
  const all = t.tenant.requests.since(since);
  return {
    all,
    graph: all.filter((r) => r.path.startsWith('/graph/')),
    sp: all.filter((r) => r.path.startsWith('/sites/')),
  };
}

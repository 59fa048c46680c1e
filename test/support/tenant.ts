import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../src/data/clients/graphClient';
import { startTenant, type RunningTenant } from '../../tools/local-tenant/src/server';
import type { DirectoryUser } from '../../tools/local-tenant/src/directory';
import { SITE_PATH } from '../../tools/local-tenant/src/context';
import { createStandaloneServices } from '../../src/data/hosts/standalone';
import type { Services } from '../../src/data/services';

/**
 * A throw-away tenant for tests: in-memory database, a free loopback port, a site whose owner
 * is `owner@test.local`, and a few plain users. No portal lists: tests that need them provision.
 */
export interface TestTenant {
  tenant: RunningTenant;
  siteUrl: string;
  users: Record<'owner' | 'alice' | 'bob' | 'carol', DirectoryUser>;
  token(upn: string): string;
  /** PnPjs as the portal ships it, signed in as `upn`. */
  sp(upn: string): SPFI;
  /** The Graph client as the portal ships it, signed in as `upn`. */
  graph(upn: string): Client;
  close(): Promise<void>;
}

export async function startTestTenant(): Promise<TestTenant> {
  const tenant = await startTenant({ dataDir: ':memory:', port: 0, testMode: true });
  const dir = tenant.context.directory;
  const mk = (key: string, name: string, persona: string | null): DirectoryUser =>
    dir.addUser({
      userPrincipalName: `${key}@test.local`,
      displayName: name,
      givenName: name.split(' ')[0],
      surname: name.split(' ')[1] ?? '',
      mail: `${key}@test.local`,
      jobTitle: null,
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona,
      mfa: true,
      accountEnabled: true,
    });
  const users = {
    owner: mk('owner', 'Olle Ägare', 'owner'),
    alice: mk('alice', 'Alice Ledamot', 'member'),
    bob: mk('bob', 'Bob Ersättare', 'substitute'),
    carol: mk('carol', 'Carol Sekreterare', 'clerk'),
  };
  tenant.sharepoint.bootstrap(users.owner);
  const siteUrl = `${tenant.url}${SITE_PATH}`;
  const token = (upn: string): string => {
    const u = dir.userByUpn(upn);
    if (!u) throw new Error(`No user ${upn}`);
    return tenant.context.tokens.issue(u).token;
  };
  return {
    tenant,
    siteUrl,
    users,
    token,
    sp: (upn) => spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ Authorization: `Bearer ${token(upn)}` })),
    graph: (upn) => createGraphClient({ baseUrl: `${tenant.url}/graph/`, getToken: () => token(upn) }),
    close: () => tenant.close(),
  };
}

export interface SeededTenant {
  tenant: RunningTenant;
  siteUrl: string;
  persona(name: string): DirectoryUser;
  token(upn: string): string;
  /** The services a persona's browser would build (standalone host: PnPjs + the graph client), on the given clock. */
  servicesFor(persona: string, now?: () => Date): Promise<Services>;
  /** The same for any directory user, by sign-in name (members who are not personas). */
  servicesForUser(upn: string, now?: () => Date): Promise<Services>;
  close(): Promise<void>;
}

/** A tenant seeded with the fictional region, exactly as `npm start` seeds it, around `anchor`. */
export async function startSeededTenant(anchor: string, options: { now?: () => Date } = {}): Promise<SeededTenant> {
  const { seedTenant } = await import('../../tools/local-tenant/src/seed');
  // `now` pins the server's clock (Created, Modified) for tests that depend on server time
  const tenant = await startTenant({ dataDir: ':memory:', port: 0, now: options.now, testMode: true });
  await seedTenant(tenant, anchor, () => undefined);
  const persona = (name: string): DirectoryUser => {
    const p = tenant.context.directory.personas().find((u) => u.persona === name);
    if (!p) throw new Error(`No persona ${name}`);
    return p;
  };
  const token = (upn: string): string => tenant.context.tokens.issue(tenant.context.directory.userByUpn(upn)!).token;
  const siteUrl = `${tenant.url}${SITE_PATH}`;
  const servicesForUser = (upn: string, now = options.now ?? (() => new Date())): Promise<Services> =>
    createStandaloneServices({
      siteUrl,
      graphBaseUrl: `${tenant.url}/graph/`,
      getToken: () => token(upn),
      locale: 'sv-SE',
      links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
      clock: { now },
    });
  return {
    tenant,
    siteUrl,
    persona,
    token,
    servicesFor: (name, now) => servicesForUser(persona(name).userPrincipalName, now),
    servicesForUser,
    close: () => tenant.close(),
  };
}

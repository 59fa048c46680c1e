import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { createServices } from '../build';
import { createGraphClient } from '../clients/graphClient';
import { busyTracker } from '../busy';
import { toDataError } from '../errors';
import type { Clock, IdentityCheck, Links, Services } from '../services';

export interface StandaloneOptions {
  /** Absolute URL of the portal site, e.g. `http://localhost:8080/sites/politikerportal`. */
  siteUrl: string;
  /** Graph base, e.g. `http://localhost:8080/graph/` or `https://graph.microsoft.com/`. */
  graphBaseUrl: string;
  /** A token for the API asked for: Entra ID issues SharePoint's and Graph's separately. */
  getToken: (api: 'sharepoint' | 'graph') => Promise<string> | string;
  locale: string;
  links: Links;
  /** Defaults to the machine clock; tests pin it. */
  clock?: Clock;
  /** Where the host serves its static files (the minutes' fonts under `fonts/`). */
  assetsUrl?: string;
  identity?: IdentityCheck;
}

/** A PnPjs behavior that signs every request with the current bearer token (tokens are renewed, so not a fixed header). */
export function Bearer(getToken: () => Promise<string> | string) {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${await getToken()}` };
      return [url, init, result];
    });
    return instance;
  };
}

export function standaloneSp(siteUrl: string, getToken: () => Promise<string> | string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), Bearer(getToken));
}

/**
 * Services outside SharePoint (the local tenant, or a real tenant with an MSAL token): the same
 * PnPjs code, with the identity read once from the site (`currentUser`).
 */
export async function createStandaloneServices(options: StandaloneOptions): Promise<Services> {
  const sp = standaloneSp(options.siteUrl, () => options.getToken('sharepoint'));
  let me: { Id: number; LoginName: string; Title: string; Email: string };
  try {
    me = await sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')();
  } catch (e) {
    throw await toDataError(e);
  }
  // one signal for SharePoint's and Graph's waits
  const busy = busyTracker();
  return createServices({
    sp,
    busy,
    graph: createGraphClient({ baseUrl: options.graphBaseUrl, getToken: () => options.getToken('graph'), busy }),
    webUrl: new URL(options.siteUrl).pathname,
    user: { siteUserId: me.Id, loginName: me.LoginName, displayName: me.Title, email: me.Email },
    locale: options.locale,
    links: options.links,
    clock: options.clock,
    assetsUrl: options.assetsUrl,
    identity: options.identity,
  });
}

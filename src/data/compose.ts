import type { SPFI } from '@pnp/sp';
import type { GraphClient } from './repositories/noticeWrites';
import type { RepoContext } from './repositories/site';
import type { Clock, CurrentUser, IdentityCheck, Links, Services } from './services';
import { busyTracker, BusyWatch, type BusyTracker } from './busy';

/** What every host gives: identity, language, links and the clock. */
export type CoreServices = Pick<Services, 'user' | 'clock' | 'locale' | 'links' | 'busy' | 'identity'>;
/** The repositories, each built by its own feature factory. */
export type Repositories = Omit<Services, keyof CoreServices>;
export type FeatureKey = keyof Repositories;

/** The services a view needs: the core plus the repositories it names. */
export type ServicesWith<K extends FeatureKey> = CoreServices & Pick<Repositories, K>;

export interface BuildParts {
  sp: SPFI;
  graph: GraphClient;
  /** Server-relative URL of the portal site. */
  webUrl: string;
  user: CurrentUser;
  locale: string;
  links: Links;
  clock?: Clock;
  /** The host's, when its Graph client reports to it too (standalone); else one of its own. */
  busy?: BusyTracker;
  /** Where the host serves its static files (the minutes' fonts are in `fonts/` under it). */
  assetsUrl?: string;
  /** The host's fresh two-factor confirmation, where it can ask for one (standalone: MSAL step-up). */
  identity?: IdentityCheck;
}

/** Everything a feature factory may use. */
export interface BuildContext extends RepoContext {
  graph: GraphClient;
  links: Links;
  /** For waits of the data layer's own (throttled parts of a Graph `$batch`). */
  busy: BusyTracker;
  /** Absolute URL, ending in `/`, where the host serves its static files. */
  assetsUrl: string;
}

export type Feature<K extends FeatureKey> = (b: BuildContext) => Repositories[K];
export type Features<K extends FeatureKey> = { [P in K]: Feature<P> };

/**
 * Builds the services from the features a host names. Each SPFx web part names only what its
 * views use, so its bundle holds only those repositories (DESIGN §9: ≤ 120 KB gzip per web part);
 * the standalone host names them all (see build.ts).
 */
export function composeServices<K extends FeatureKey>(parts: BuildParts, features: Features<K>): ServicesWith<K> {
  const clock = parts.clock ?? { now: () => new Date() };
  const busy = parts.busy ?? busyTracker();
  parts.sp.using(BusyWatch(busy));
  const b: BuildContext = {
    sp: parts.sp,
    graph: parts.graph,
    webUrl: parts.webUrl.replace(/\/$/, ''),
    user: parts.user,
    now: () => clock.now(),
    links: parts.links,
    busy,
    assetsUrl: withSlash(parts.assetsUrl ?? ''),
  };
  const repos = {} as Pick<Repositories, K>;
  for (const key of Object.keys(features) as K[]) repos[key] = features[key](b);
  return { user: parts.user, clock, locale: parts.locale, links: parts.links, busy, identity: parts.identity, ...repos };
}

function withSlash(url: string): string {
  return url === '' || url.endsWith('/') ? url : `${url}/`;
}

/** The host's pages, addressed in the fragment so the static server needs no routes. */
export type Route =
  | { page: 'overview' }
  | { page: 'settings' }
  | { page: 'meeting'; meetingId: number }
  | { page: 'rollCall'; meetingId: number }
  /** The meeting's minutes: read and sign (justering). */
  | { page: 'minutes'; meetingId: number }
  /** The live meeting (member view or console, by the lists) and its stage view for the chamber screen. */
  | { page: 'live'; meetingId: number }
  | { page: 'stage'; meetingId: number }
  | { page: 'newMeeting' }
  | { page: 'calendar' }
  | { page: 'mail' }
  | { page: 'directory' }
  | { page: 'accessibility' }
  | { page: 'notFound' };

export const paths = {
  overview: '#/',
  settings: '#/installningar',
  agenda: (meetingId: number): string => `#/sammantrade/${meetingId}`,
  rollCall: (meetingId: number): string => `#/sammantrade/${meetingId}/upprop`,
  minutes: (meetingId: number): string => `#/sammantrade/${meetingId}/protokoll`,
  live: (meetingId: number): string => `#/sammantrade/${meetingId}/live`,
  stage: (meetingId: number): string => `#/sammantrade/${meetingId}/stage`,
  newMeeting: '#/sammantrade/ny',
  calendar: '#/kalender',
  mail: '#/e-post',
  directory: '#/fortroendevalda',
  accessibility: '#/tillganglighet',
};

export function parseRoute(hash: string): Route {
  // a query in the fragment ("#/kalender?vy=manad") is the view's own state, not a route
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { page: 'overview' };
  if (path === '/installningar') return { page: 'settings' };
  if (path === '/sammantrade/ny') return { page: 'newMeeting' };
  if (path === '/kalender') return { page: 'calendar' };
  if (path === '/e-post') return { page: 'mail' };
  if (path === '/fortroendevalda') return { page: 'directory' };
  if (path === '/tillganglighet') return { page: 'accessibility' };
  const m = /^\/sammantrade\/(\d+)(?:\/(upprop|protokoll|live|stage))?$/.exec(path);
  if (m) {
    const meetingId = Number(m[1]);
    if (m[2] === 'upprop') return { page: 'rollCall', meetingId };
    if (m[2] === 'protokoll') return { page: 'minutes', meetingId };
    if (m[2] === 'live') return { page: 'live', meetingId };
    if (m[2] === 'stage') return { page: 'stage', meetingId };
    return { page: 'meeting', meetingId };
  }
  return { page: 'notFound' };
}

/** The same page: a change of the fragment's query alone must not count as navigating. */
export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The theme the live views take in this host (`?tema=morkt|kontrast` in the fragment): inside
 * Teams it is Teams' own; a chamber screen or a webcast overlay chooses here.
 */
export function themeFromHash(hash: string): 'default' | 'dark' | 'contrast' | null {
  const q = new URLSearchParams(hash.replace(/^[^?]*\??/, ''));
  const v = q.get('tema');
  return v === 'morkt' ? 'dark' : v === 'kontrast' ? 'contrast' : v === 'standard' ? 'default' : null;
}

/** The host's pages, addressed in the fragment so the static server needs no routes. */
export type Route =
  | { page: 'overview' }
  | { page: 'settings' }
  | { page: 'meeting'; meetingId: number }
  | { page: 'rollCall'; meetingId: number }
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
  const m = /^\/sammantrade\/(\d+)(\/upprop)?$/.exec(path);
  if (m) return m[2] ? { page: 'rollCall', meetingId: Number(m[1]) } : { page: 'meeting', meetingId: Number(m[1]) };
  return { page: 'notFound' };
}

/** The same page: a change of the fragment's query alone must not count as navigating. */
export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

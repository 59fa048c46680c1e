/** The host's pages, addressed in the fragment so the static server needs no routes. */
export type Route = { page: 'overview' } | { page: 'settings' } | { page: 'agenda'; meetingId: number } | { page: 'notFound' };

export const paths = {
  overview: '#/',
  settings: '#/installningar',
  agenda: (meetingId: number): string => `#/sammantrade/${meetingId}`,
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { page: 'overview' };
  if (path === '/installningar') return { page: 'settings' };
  const m = /^\/sammantrade\/(\d+)$/.exec(path);
  if (m) return { page: 'agenda', meetingId: Number(m[1]) };
  return { page: 'notFound' };
}

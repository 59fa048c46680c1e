import type { MeetingNav, MeetingView } from '../ui/meeting/nav';

/**
 * The meeting page in SharePoint: one site page hosting the meeting web part, addressed by query
 * string (the same address `links.agenda` in src/data/hosts/spfx.ts gives).
 */
export function meetingPageNav(webAbsoluteUrl: string): MeetingNav {
  const page = `${webAbsoluteUrl}/SitePages/Sammantrade.aspx`;
  return {
    meeting: (id) => `${page}?meetingId=${id}`,
    rollCall: (id) => `${page}?meetingId=${id}&view=upprop`,
    minutes: (id) => `${page}?meetingId=${id}&view=protokoll`,
    live: (id) => `${webAbsoluteUrl}/SitePages/Debatt.aspx?meetingId=${id}`,
    newMeeting: () => `${page}?view=ny`,
    overview: () => webAbsoluteUrl,
    go: (href) => location.assign(href),
  };
}

/** Which view the page's query string asks for; null when it names no meeting. */
export function meetingViewFromQuery(search: string): MeetingView | null {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  if (view === 'ny') return { kind: 'new' };
  const id = Number(q.get('meetingId'));
  if (!Number.isInteger(id) || id <= 0) return null;
  if (view === 'upprop') return { kind: 'rollCall', meetingId: id };
  if (view === 'protokoll') return { kind: 'minutes', meetingId: id };
  return { kind: 'meeting', meetingId: id };
}

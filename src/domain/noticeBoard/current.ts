/**
 * Which notices are on the public board on a given day (KL 8:9–12, DOMAIN §6), from the board's
 * rows alone. Whose rows count is the portal's one rule (bodies/trust, DESIGN §4): the site's
 * owners, the body's clerks and its presidium on the meeting's date; anyone else's rows are left out.
 *
 * - Signed minutes: the notice events of a document go through the minutes' own notice rules
 *   (`noticeFromEvents`, as `minutesState` reads them), and a notice is on the board from its
 *   posting until it is taken down — also after the appeal period, until someone takes it down.
 *   The body is the meeting's, read from the meeting, never the body a row names; a document's
 *   events are read per meeting they name, so a row naming another meeting changes nothing here.
 *   The board reads no signatures or versions (they are the members' business until posted), so
 *   it cannot see tJ: a posting counts only once the posting finished — its text and the public
 *   version written with it — which the repository does only for signed minutes.
 * - Announcements (kungörelser) and other notices: by their `PostedOn` and `RemoveOn` days, both
 *   included; their rows stay editable, so the last editor must be staff too.
 */
import { isValidOn } from '../bodies/assignments';
import { bodyStaffIds, trustFromStaff, type Trust } from '../bodies/trust';
import { serverDate } from '../minutes/deadlines';
import { noticeFromEvents } from '../minutes/state';
import type { NoticeEvent } from '../minutes/types';
import type { BoardBody, BoardInput, BoardMeeting, BoardRow, PublicNotice } from './types';

/** The Swedish date of a server instant; null when it cannot be read (such a row is never on the board). */
function dayOf(instant: string): string | null {
  try {
    return serverDate(instant);
  } catch {
    return null;
  }
}

interface Lookup {
  meetings: Map<number, BoardMeeting>;
  bodies: Map<number, BoardBody>;
  staffOf(bodyId: number, date: string): Trust;
}

function lookup(input: BoardInput): Lookup {
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const bodies = new Map(input.bodies.map((b) => [b.id, b]));
  return {
    meetings,
    bodies,
    staffOf: (bodyId, date) =>
      trustFromStaff(
        bodyStaffIds({
          ownerIds: input.ownerIds,
          clerkIds: bodies.get(bodyId)?.clerkIds ?? [],
          assignments: input.assignments.filter((a) => a.bodyId === bodyId && isValidOn(a, date)),
        }),
      ),
  };
}

/** The meeting a row names, its body and the staff on its date; null when any of it is missing. */
function meetingOf(l: Lookup, meetingId: number | null): { meeting: BoardMeeting; body: BoardBody; date: string; trust: Trust } | null {
  const meeting = meetingId === null ? undefined : l.meetings.get(meetingId);
  const body = meeting && l.bodies.get(meeting.bodyId);
  const date = meeting && dayOf(meeting.start);
  if (!meeting || !body || !date) return null;
  return { meeting, body, date, trust: l.staffOf(body.id, date) };
}

/** A posting the repository finished: the text and the public version written, by the body's staff. */
const finishedPosting = (r: BoardRow, trust: Trust): boolean =>
  r.event === 'Posted' && Boolean(r.text) && Boolean(r.publicVersion) && trust.isStaff(r.editorId);

const toEvent = (r: BoardRow): NoticeEvent => ({ id: r.id, minutesId: r.minutesId!, kind: r.event!, at: r.created, authorId: r.authorId });

interface Found {
  row: BoardRow;
  notice: PublicNotice;
}

/** The minutes rows by document and the meeting they name, the rows up to `today` only. */
function minutesGroups(input: BoardInput, today: string): BoardRow[][] {
  const groups = new Map<string, BoardRow[]>();
  for (const r of input.rows) {
    if (r.kind !== 'minutes' || !r.event || !r.minutesId || !r.meetingId) continue;
    const day = dayOf(r.created);
    if (day === null || day > today) continue;
    const key = `${r.minutesId}:${r.meetingId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

function minutesNotices(input: BoardInput, l: Lookup, today: string): Found[] {
  const out: Found[] = [];
  for (const rows of minutesGroups(input, today)) {
    const m = meetingOf(l, rows[0].meetingId);
    if (!m) continue;
    const events = rows.filter((r) => r.event === 'TakenDown' || finishedPosting(r, m.trust)).map(toEvent);
    const { notice, ignoredNotices } = noticeFromEvents({ minutesId: rows[0].minutesId!, notices: events, trust: m.trust });
    if (!notice || notice.takenDownAt !== null) continue;
    const ignored = new Set(ignoredNotices.map((i) => i.event.id));
    const posted = rows
      .filter((r) => r.event === 'Posted' && r.created === notice.postedAt && !ignored.has(r.id) && finishedPosting(r, m.trust))
      .sort((a, b) => b.id - a.id)[0];
    if (!posted) continue;
    out.push({
      row: posted,
      notice: {
        id: `anslag-${posted.id}`,
        kind: 'minutes',
        bodyName: m.body.name,
        meetingDate: m.date,
        title: `Justerat protokoll: ${m.body.name}, sammanträde ${m.date}`,
        text: posted.text ?? '',
        postedOn: notice.postedOn,
        removeOn: notice.removeOn,
        appealEnds: notice.appealEnds,
        sections: [...posted.sections].sort((a, b) => a - b),
        minutesLocation: posted.minutesLocation,
        publicUrl: posted.publicVersion,
        published: posted.created,
        updated: posted.modified,
      },
    });
  }
  return out;
}

function otherNotices(input: BoardInput, l: Lookup, today: string): Found[] {
  const out: Found[] = [];
  for (const r of input.rows) {
    if (r.kind === 'minutes') continue;
    const postedOn = r.postedOn ?? dayOf(r.created);
    if (postedOn === null || postedOn > today || (r.removeOn !== null && today > r.removeOn)) continue;
    let bodyName = '';
    let meetingDate: string | null = null;
    let trust: Trust;
    if (r.kind === 'meetingAnnouncement') {
      // an announcement is of a meeting: its body is the meeting's
      const m = meetingOf(l, r.meetingId);
      if (!m) continue;
      [bodyName, meetingDate, trust] = [m.body.name, m.date, m.trust];
    } else {
      const body = r.bodyId === null ? undefined : l.bodies.get(r.bodyId);
      bodyName = body?.name ?? '';
      // without a body, only the site's owners speak for the region
      trust = body ? l.staffOf(body.id, postedOn) : trustFromStaff(input.ownerIds);
    }
    if (!trust.isStaff(r.authorId) || !trust.isStaff(r.editorId)) continue;
    out.push({
      row: r,
      notice: {
        id: `anslag-${r.id}`,
        kind: r.kind,
        bodyName,
        meetingDate,
        title: r.title,
        text: r.text ?? '',
        postedOn,
        removeOn: r.removeOn,
        appealEnds: null,
        sections: [],
        minutesLocation: r.minutesLocation,
        publicUrl: r.publicVersion,
        published: r.created,
        updated: r.modified,
      },
    });
  }
  return out;
}

/** Newest first: by the day posted, then the server's time, then the row. */
const newestFirst = (a: Found, b: Found): number =>
  a.notice.postedOn < b.notice.postedOn
    ? 1
    : a.notice.postedOn > b.notice.postedOn
      ? -1
      : Date.parse(b.row.created) - Date.parse(a.row.created) || b.row.id - a.row.id;

/** The notices on the board on `today` (a Swedish date), newest first. */
export function noticesOnBoard(input: BoardInput, today: string): PublicNotice[] {
  const l = lookup(input);
  return [...minutesNotices(input, l, today), ...otherNotices(input, l, today)].sort(newestFirst).map((f) => f.notice);
}

/**
 * The public versions the board has published: those of finished postings by the body's staff,
 * whether still up or taken down since (a public version stays a public document). The publisher
 * serves no other file.
 */
export function publishedVersions(input: BoardInput): Set<string> {
  const l = lookup(input);
  const out = new Set<string>();
  for (const r of input.rows) {
    if (r.kind !== 'minutes' || !r.publicVersion) continue;
    const m = meetingOf(l, r.meetingId);
    if (m && m.trust.isStaff(r.authorId) && finishedPosting(r, m.trust)) out.add(r.publicVersion);
  }
  return out;
}

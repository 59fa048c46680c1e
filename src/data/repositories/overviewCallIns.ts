import type { SPFI } from '@pnp/sp';
import { isValidOn } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import { plannedCallIns } from '../../domain/meetings/callIns';
import type { Assignment } from '../../domain/bodies/types';
import type { Meeting } from '../../domain/meetings/types';
import { attendanceEvent } from '../mapping';
import type { MyMeeting } from '../services';
import {
  ATTENDANCE_FIELDS,
  clerkIdsOf,
  SEAT_ASSIGNMENT_FIELDS,
  toAttendanceEvents,
  toBodyRules,
  toSeatAssignment,
  type RawAttendance,
  type RawBody,
  type RawSeatAssignment,
} from './raw';
import { bodyStaffIds, trustFromStaff } from '../../domain/bodies/trust';
import { listUrl } from '../schema/urls';
import type { ListKey } from '../schema/types';

/** How far back absence notices are read: notices are written in the weeks before a meeting. */
const NOTICE_WINDOW_DAYS = 120;

/** What the overview's `$batch` reads once for both its lists and the call-ins: every body (rules, clerks) and the site owners. */
export interface OverviewSite {
  bodies: () => Promise<RawBody[]>;
  ownerIds: () => Promise<number[]>;
}

/**
 * Queues on the overview's `$batch` what telling a substitute they are called in needs besides
 * `site`: the assignments in force and recent absence notices. Filters reach indexed columns
 * only (`ValidTo`, `AttendanceEvent`), so they hold past 5 000 items.
 */
export function queueCallIns(
  batched: SPFI,
  webUrl: string,
  personId: number,
  at: Date,
  site: OverviewSite,
): () => Promise<(m: Meeting, mine: Assignment[]) => MyMeeting['calledIn']> {
  const list = (key: ListKey) => batched.web.getList(listUrl({ webUrl }, key));
  const today = swedishDate(at);
  const assignmentsP = list('Assignments')
    .items.filter(`ValidTo eq null or ValidTo ge datetime'${today}T00:00:00Z'`)
    .select(...SEAT_ASSIGNMENT_FIELDS)
    .expand('Person')
    .top(5000)<RawSeatAssignment[]>();
  const since = new Date(at.getTime() - NOTICE_WINDOW_DAYS * 86400000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const kinds = (['Absence', 'AbsenceWithdrawn'] as const).map((k) => `AttendanceEvent eq '${attendanceEvent.toChoice(k)}'`).join(' or ');
  const noticesP = list('Attendance')
    .items.filter(`(${kinds}) and Created ge datetime'${since}'`)
    .select('MeetingId', ...ATTENDANCE_FIELDS)
    .top(5000)<(RawAttendance & { MeetingId: number })[]>();

  return async () => {
    const bodies = new Map((await site.bodies()).map((b) => [b.Id, b]));
    const ownerIds = await site.ownerIds();
    const assignments = await assignmentsP;
    const notices = await noticesP;
    return (m, mine) => {
      const body = bodies.get(m.bodyId);
      if (!body || !mine.some((a) => a.role === 'Substitute')) return null;
      const date = swedishDate(new Date(m.start));
      const inBody = assignments
        .filter((a) => a.BodyId === m.bodyId && isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date))
        .map(toSeatAssignment);
      const attendance = toAttendanceEvents(notices.filter((n) => n.MeetingId === m.id));
      if (!attendance.length) return null;
      // a notice written for someone else counts only from this body's staff (DESIGN §4)
      const trust = trustFromStaff(bodyStaffIds({ ownerIds, clerkIds: clerkIdsOf(body), assignments: inBody }));
      const rules = toBodyRules(body);
      const mineCallIn = plannedCallIns({ rules, assignments: inBody, attendance, meetingStart: m.start, trust }).get(personId);
      return mineCallIn ? { forMemberName: mineCallIn.forMemberName, items: mineCallIn.items } : null;
    };
  };
}

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
  BODY_FIELDS,
  SEAT_ASSIGNMENT_FIELDS,
  toAttendanceEvents,
  toBodyRules,
  toSeatAssignment,
  type RawAttendance,
  type RawBody,
  type RawSeatAssignment,
} from './raw';
import { queueStaffIds } from './site';
import { trustFromStaff } from '../../domain/bodies/trust';
import { listUrl } from '../schema/urls';
import type { ListKey } from '../schema/types';

/** How far back absence notices are read: notices are written in the weeks before a meeting. */
const NOTICE_WINDOW_DAYS = 120;

/**
 * Queues on the overview's `$batch` what telling a substitute they are called in needs: every
 * body's rules, the assignments in force, recent absence notices and the staff. Filters reach
 * indexed columns only (`ValidTo`, `AttendanceEvent`), so they hold past 5 000 items.
 */
export function queueCallIns(
  batched: SPFI,
  webUrl: string,
  personId: number,
  at: Date,
): () => Promise<(m: Meeting, mine: Assignment[]) => MyMeeting['calledIn']> {
  const list = (key: ListKey) => batched.web.getList(listUrl({ webUrl }, key));
  const today = swedishDate(at);
  const bodiesP = list('Bodies')
    .items.select(...BODY_FIELDS)
    .top(500)<RawBody[]>();
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
  const staffP = queueStaffIds(batched);

  return async () => {
    const bodies = new Map((await bodiesP).map((b) => [b.Id, toBodyRules(b)]));
    const assignments = await assignmentsP;
    const notices = await noticesP;
    const trust = trustFromStaff(await staffP());
    return (m, mine) => {
      const rules = bodies.get(m.bodyId);
      if (!rules || !mine.some((a) => a.role === 'Substitute')) return null;
      const date = swedishDate(new Date(m.start));
      const inBody = assignments
        .filter((a) => a.BodyId === m.bodyId && isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date))
        .map(toSeatAssignment);
      const attendance = toAttendanceEvents(notices.filter((n) => n.MeetingId === m.id));
      if (!attendance.length) return null;
      const mineCallIn = plannedCallIns({ rules, assignments: inBody, attendance, meetingStart: m.start, trust }).get(personId);
      return mineCallIn ? { forMemberName: mineCallIn.forMemberName, items: mineCallIn.items } : null;
    };
  };
}

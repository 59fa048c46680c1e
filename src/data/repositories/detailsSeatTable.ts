import { trustFromStaff } from '../../domain/bodies/trust';
import { seatTable, type ItemSeats } from '../../domain/meetings/seats';
import type { MeetingDetails } from '../services';

/** The seat table per item of a meeting as read (MeetingDetails), by the domain's rule: one place for the meeting page and the claims' prefill. */
export function detailsSeatTable(d: MeetingDetails, mode: 'planned' | 'rollCall'): ItemSeats[] {
  return seatTable({
    rules: d.rules,
    assignments: d.seatAssignments,
    items: d.items.map((i) => ({ id: i.id, number: i.number })),
    attendance: d.attendance,
    conflicts: d.conflicts,
    meetingStart: d.start,
    remoteAllowed: d.remoteAllowed,
    trust: trustFromStaff(d.staffIds),
    mode,
  });
}

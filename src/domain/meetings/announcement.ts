import { addDays } from '../time/swedishTime';

/**
 * RF's public announcement (kungörelse) must be posted at least the body's number of days
 * before the meeting (AO, `[L]`: a setting per body). Dates are Swedish calendar dates.
 */
export function announcementIsLate(postedOn: string, meetingDate: string, daysBefore: number): boolean {
  return addDays(postedOn, daysBefore) > meetingDate;
}

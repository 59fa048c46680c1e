/**
 * Statutory deadlines counted in Swedish calendar days (lag 1930:173 om beräkning av lagstadgad tid):
 * where a deadline may end, and the appeal period (KL 13:5). Dates are `yyyy-MM-dd`.
 */
import { addDays, isoWeekday } from '../time/swedishTime';
import { holidayOn } from './holidays';

/**
 * Whether a deadline that falls on this date moves to the next weekday (lag 1930:173 2 §):
 * Saturday, Sunday, a public holiday, midsummer eve, Christmas eve or New Year's eve.
 */
export function deadlineMovesFrom(date: string): boolean {
  return isoWeekday(date) >= 6 || holidayOn(date) !== undefined;
}

/** The first date from `date` on that a deadline may end on. */
export function nextDeadlineDay(date: string): string {
  let d = date;
  while (deadlineMovesFrom(d)) d = addDays(d, 1);
  return d;
}

/**
 * Last day to appeal a decision whose signed minutes were announced on `postedOn` (KL 13:5):
 * the same weekday three weeks later, moved to the next weekday when that is a Saturday,
 * Sunday, public holiday or one of the eves.
 */
export function appealPeriodEnd(postedOn: string): string {
  return nextDeadlineDay(addDays(postedOn, 21));
}

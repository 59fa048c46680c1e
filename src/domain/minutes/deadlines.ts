/**
 * The dates of minutes (DOMAIN §6): the signing deadline and its reminder (settings per body, `[L]`),
 * the latest day to post the notice of signed minutes (KL 8:12), and when the notice may come down
 * (after the appeal period, KL 13:5; the period itself is calendar/deadlines' `appealPeriodEnd`).
 * Server instants are ISO strings; their day is the Swedish date (swedishTime). Dates are `yyyy-MM-dd`.
 */
import { appealPeriodEnd, nextDeadlineDay } from '../calendar/deadlines';
import type { Meeting } from '../meetings/types';
import { addDays, swedishDate } from '../time/swedishTime';

/** The Swedish date of a server instant; an unreadable one is refused rather than guessed. */
export function serverDate(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`unreadable server time: ${instant}`);
  return swedishDate(d);
}

/** T0: the meeting's last day (a two-day assembly meeting ends on its second day). */
export function meetingLastDay(meeting: Pick<Meeting, 'start' | 'end'>): string {
  return serverDate(meeting.end ?? meeting.start);
}

/** A body's signing settings (`[L]`, from `Lists/Settings`): days after the meeting's last day. */
export interface SigningSettings {
  /** The minutes are signed at the latest this many days after T0 (e.g. 14). */
  signingDays: number;
  /** The signers are reminded from this day after T0 (e.g. 10). */
  reminderDays: number;
}

export interface SigningDeadline {
  lastMeetingDay: string;
  remindOn: string;
  due: string;
}

export function signingDeadline(lastMeetingDay: string, settings: SigningSettings): SigningDeadline {
  // a setting read wrongly must not quietly move a deadline
  for (const days of [settings.signingDays, settings.reminderDays]) {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`signing setting is not a number of days: ${days}`);
  }
  return {
    lastMeetingDay,
    remindOn: addDays(lastMeetingDay, settings.reminderDays),
    due: addDays(lastMeetingDay, settings.signingDays),
  };
}

/** pending → remind (from the reminder day) → overdue (after the deadline); once signed: signed or signedLate. */
export type SigningStatus = 'pending' | 'remind' | 'overdue' | 'signed' | 'signedLate';

/** `now` is the server's clock; `signedAt` is tJ (`minutesState`), null while signatures are missing. */
export function signingStatus(deadline: SigningDeadline, now: string, signedAt: string | null): SigningStatus {
  if (signedAt !== null) return serverDate(signedAt) > deadline.due ? 'signedLate' : 'signed';
  const today = serverDate(now);
  if (today > deadline.due) return 'overdue';
  return today >= deadline.remindOn ? 'remind' : 'pending';
}

/**
 * The last day the notice may go up: two days after date(tJ) (KL 8:12). It is a statutory time for
 * an action, so a last day on a Saturday, Sunday, public holiday or one of the eves moves to the
 * next weekday (lag 1930:173 2 §).
 */
export function latestPostingDay(signedAt: string): string {
  return nextDeadlineDay(addDays(serverDate(signedAt), 2));
}

export type PostingProblem =
  | { code: 'notSigned' }
  /** The notice tells of signed minutes: not before the day they were signed. */
  | { code: 'postingBeforeSigned'; signedOn: string; proposed: string }
  | { code: 'postingLate'; latest: string; proposed: string };

/** Checks a proposed posting date against tJ (server instant; null while unsigned). */
export function checkPostingDate(signedAt: string | null, proposedOn: string): PostingProblem | null {
  if (signedAt === null) return { code: 'notSigned' };
  const signedOn = serverDate(signedAt);
  if (proposedOn < signedOn) return { code: 'postingBeforeSigned', signedOn, proposed: proposedOn };
  const latest = latestPostingDay(signedAt);
  if (proposedOn > latest) return { code: 'postingLate', latest, proposed: proposedOn };
  return null;
}

/** What the notice shows and keeps to: posted, last day to appeal, the day it comes down. */
export interface NoticePeriod {
  postedOn: string;
  appealEnds: string;
  /** The day after the appeal period's last day: the notice stays up the whole period (KL 13:5). */
  removeOn: string;
}

export function noticePeriod(postedOn: string): NoticePeriod {
  const appealEnds = appealPeriodEnd(postedOn);
  return { postedOn, appealEnds, removeOn: addDays(appealEnds, 1) };
}

/** Taken down before the period has run, the period does not run out (KL 13:5). */
export type TakeDownProblem = { code: 'appealPeriodRunning'; appealEnds: string; earliest: string };

export function canTakeDown(notice: { postedOn: string }, date: string): TakeDownProblem | null {
  const { appealEnds, removeOn } = noticePeriod(notice.postedOn);
  return date < removeOn ? { code: 'appealPeriodRunning', appealEnds, earliest: removeOn } : null;
}

import type { AssignmentRole, Position } from '../../domain/bodies/types';
import type { MeetingStatus } from '../../domain/meetings/types';
import type { ErrorCode } from '../../data/errorCodes';
import type { LiveRefusalCode } from '../../domain/live/types';
import type { VotingRefusalCode } from '../../domain/voting/types';
import type { MinutesRefusalCode } from '../../data/minutes/refusal';
import type { CompensationRefusalCode } from '../../data/errorCodes';

/** The codes every page explains; the live meeting's and the minutes' refusals are in tables of their own (liveErrors, minutesErrors, compensationErrors). */
export type CommonErrorCode = Exclude<ErrorCode, LiveRefusalCode | VotingRefusalCode | MinutesRefusalCode | CompensationRefusalCode>;
import { defineStrings } from './registry';
import { sv } from './common.sv-SE';
import { en } from './common.en-US';

/** Parts of a date and time in the UI language, already in Europe/Stockholm. */
export interface DateParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/** What an error says: what happened, and what the person can do about it. */
export interface ErrorText {
  title: string;
  action: string;
}

/** Texts every feature uses: the portal's name, dates, errors, statuses and roles. */
export interface CommonStrings {
  portalName: string;
  dates: {
    /** "tisdag 1 december 2026, 09:00". */
    dateTime(p: DateParts): string;
    date(p: DateParts): string;
    time(p: DateParts): string;
    /** Start and end time on the same day: "tisdag 1 december 2026, 09:00–16:00". */
    dateTimeRange(start: DateParts, end: DateParts): string;
  };
  common: {
    retry: string;
    /** Beside a text field whose text is longer than its list field holds. */
    tooLong(max: number, length: number): string;
  };
  /** Every failure by its code (DataError.code): what happened, and what to do next. */
  errors: Record<CommonErrorCode, ErrorText>;
  meetingStatus: Record<MeetingStatus, string>;
  role: Record<AssignmentRole, string>;
  position: Record<Position, string>;
}

export const commonStrings = defineStrings<CommonStrings>('common', { 'sv-SE': sv, 'en-US': en });

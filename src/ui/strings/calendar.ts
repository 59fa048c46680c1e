import type { HolidayKey, EveKey } from '../../domain/calendar/holidays';
import type { FailureCode } from '../common/errorKind';
import { defineStrings } from './registry';
import { sv } from './calendar.sv-SE';
import { en } from './calendar.en-US';

export type CalendarViewKind = 'day' | 'week' | 'month' | 'agenda';

/** The calendar: own, group and meeting calendars in one. */
export interface CalendarStrings {
  heading: string;
  views: Record<CalendarViewKind, string>;
  viewSwitch: string;
  previous: Record<CalendarViewKind, string>;
  next: Record<CalendarViewKind, string>;
  today: string;
  week(n: number): string;
  loading: string;
  loaded(count: number): string;
  empty: string;
  allDay: string;
  noEnd: string;
  continuesBefore: string;
  continuesAfter: string;
  cancelled: string;
  source: { own: string; group(name: string): string; meeting(body: string): string };
  holiday: Record<HolidayKey | EveKey, string>;
  eventsOn(day: string, count: number): string;
  more(count: number): string;
  gridHelp: string;
  details: { close: string; openOutlook: string; joinTeams: string; openAgenda: string; when: string; where: string; calendar: string };
  failure: { own: string; meetings: string; group(name: string): string };
  failureText: Record<FailureCode, string>;
  subscribe: {
    button: string;
    heading: string;
    intro: string;
    download(body: string): string;
    downloading: string;
    noBodies: string;
    howHeading: string;
    how: string[];
    liveNote: string;
  };
}

export const calendarStrings = defineStrings<CalendarStrings>('calendar', { 'sv-SE': sv, 'en-US': en });

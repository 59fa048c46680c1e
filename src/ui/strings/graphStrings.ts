import type { HolidayKey, EveKey } from '../../domain/holidays';
import { graphSvSE } from './graph.sv-SE';
import { graphEnUS } from './graph.en-US';

/** Why a calendar, mailbox or lookup failed, by the code the data layer gives (DataError.code). */
export type GraphFailureCode = 'consent' | 'accessDenied' | 'notFound' | 'mailboxNotEnabled' | 'throttled' | 'signedOut' | 'other';

export type CalendarViewKind = 'day' | 'week' | 'month' | 'agenda';

/**
 * Strings of the calendar, mailbox and directory views and their web parts (issue 4), Swedish
 * first. Kept beside the main table so the views of different features can grow independently.
 */
export interface GraphStrings {
  calendar: {
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
    failureText: Record<GraphFailureCode, string>;
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
  };
  mail: {
    heading: string;
    own: string;
    loading: string;
    unread(count: number): string;
    showing(shown: number, total: number): string;
    empty: string;
    from: string;
    received: string;
    high: string;
    low: string;
    attachment: string;
    unreadMark: string;
    open(subject: string): string;
    markRead: string;
    markReadLabel(subject: string): string;
    marked: string;
    openMailbox: string;
    failureText: Record<GraphFailureCode, (mailbox: string) => string>;
    noSubject: string;
  };
  directory: {
    heading: string;
    search: string;
    body: string;
    party: string;
    all: string;
    count(n: number): string;
    email: string;
    phone: string;
    mobile: string;
    roles: string;
    noContact: string;
    exportVcf(n: number): string;
    showMore: string;
    openPerson(name: string): string;
    back: string;
    current: string;
    past: string;
    period(from: string, to: string | null): string;
    empty: string;
    loading: string;
    contactsFailed: string;
    organization: string;
    partyNote(parties: string): string;
  };
  settings: {
    calendarDescription: string;
    mailDescription: string;
    directoryDescription: string;
    group: string;
    groupsLabel: string;
    groupsHint: string;
    groupsSuggestions: string;
    groupsNone: string;
    groupsLoading: string;
    groupsFailed: string;
    defaultView: string;
    sharedMailboxes: string;
    sharedMailboxesHint: string;
    messageCount: string;
  };
}

const tables: Record<string, GraphStrings> = { 'sv-SE': graphSvSE, 'en-US': graphEnUS };

/** The table for a locale: exact tag, then the same primary language, then Swedish. */
export function getGraphStrings(locale: string | undefined): GraphStrings {
  const wanted = (locale ?? '').toLowerCase();
  const exact = Object.keys(tables).find((k) => k.toLowerCase() === wanted);
  if (exact) return tables[exact];
  const primary = Object.keys(tables).find((k) => k.toLowerCase().split('-')[0] === wanted.split('-')[0]);
  return tables[primary ?? 'sv-SE'];
}

/** The failure text key for a data error's code. */
export function failureCode(error: unknown): GraphFailureCode {
  const code = (error as { code?: unknown } | null)?.code;
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (code === 'consent' || code === 'accessDenied' || code === 'notFound' || code === 'mailboxNotEnabled' || code === 'signedOut') return code;
  if (kind === 'throttled') return 'throttled';
  if (kind === 'forbidden') return 'accessDenied';
  if (kind === 'notFound') return 'notFound';
  return 'other';
}

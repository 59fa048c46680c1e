import type { DataError } from '../../data/services';
import type { StepKind } from '../../data/provisioning/plan';
import type { MeetingStatus, AssignmentRole, Position } from '../../domain/types';

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

/**
 * Every text a person sees, per language. Components hold no strings of their own
 * (DESIGN §11); functions are used where a sentence has values in it, so each language can
 * order words its own way.
 */
export interface Strings {
  /** BCP 47 tag of the language the table is written in (for `lang` attributes). */
  language: string;
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
    serverSaid(message: string): string;
  };
  errors: Record<DataError['kind'], ErrorText>;
  meetingStatus: Record<MeetingStatus, string>;
  role: Record<AssignmentRole, string>;
  position: Record<Position, string>;
  /** Joins a list of words: "Ledamot och Ordförande". */
  list(items: string[]): string;
  myMeetings: {
    heading: string;
    loading: string;
    empty: string;
    loaded(count: number): string;
    body: string;
    place: string;
    placeUnknown: string;
    status: string;
    myRole: string;
    agendaLink: string;
    agendaLinkLabel(meetingTitle: string): string;
    joinTeams: string;
    joinTeamsLabel(meetingTitle: string): string;
    remoteAllowed: string;
    past: {
      heading: string;
      show: string;
      hide: string;
      loading: string;
      empty: string;
      loaded(count: number): string;
    };
  };
  setup: {
    heading: string;
    intro: string;
    checking: string;
    notOwner: ErrorText;
    summaryCaption: string;
    summaryWhat: string;
    summaryExpected: string;
    summaryMissing: string;
    summaryOutdated: string;
    summaryNotApplicable: string;
    lists: string;
    fields: string;
    levels: string;
    groups: string;
    stepsHeading(count: number): string;
    showSteps(count: number): string;
    step: Record<StepKind, (subject: string, field: string, changes: string) => string>;
    /** Names of the properties a step changes (`Indexed` → "Indexerad"); unknown names show as they are. */
    change: Record<string, string>;
    apply: string;
    applying: string;
    progress(done: number, total: number, step: string): string;
    upToDate: string;
    updated(count: number): string;
    failedTitle: string;
    failedStep(step: string): string;
    failedAction: string;
    retry: string;
  };
  host: {
    skipToContent: string;
    mainNav: string;
    overview: string;
    settings: string;
    signedInAs(name: string): string;
    signOut: string;
    language: string;
    starting: string;
    signingIn: string;
    notFound: string;
    backToOverview: string;
    newMeeting: string;
    rollCall: string;
    pageTitle(page: string): string;
    mfaRefused: {
      title: string;
      body: string;
      action: string;
      signInAgain: string;
    };
  };
}

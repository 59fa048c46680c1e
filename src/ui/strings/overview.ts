import type { OpenSigningStatus } from '../../domain/minutes/awaiting';
import type { MinutesSettingProblem } from '../../domain/minutes/signingSettings';
import type { SignerRole } from '../../domain/minutes/types';
import type { DateParts } from './common';
import { defineStrings } from './registry';
import { sv } from './overview.sv-SE';
import { en } from './overview.en-US';

/** The overview: the person's upcoming and past meetings. */
export interface OverviewStrings {
  /** What a clerk is at a meeting of a body they serve without an assignment. */
  staffRole: string;
  /** The clerk's way to a new meeting. */
  createMeeting: string;
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
  /** What awaits the person, above the meetings: one section per kind, shown only when something waits. */
  toDo: {
    /** A day in the list: "1 december 2026". */
    date(p: DateParts): string;
    sign: {
      heading: string;
      /** "Protokoll Regionfullmäktige 1 december 2026 — justera senast 15 december 2026"; `sections` for an extract signed immediately. */
      link(body: string, meetingDate: string, sections: string | null, due: string | null): string;
    };
    late: {
      heading: string;
      link(body: string, meetingDate: string, sections: string | null, due: string | null): string;
      /** Who has not signed: "Ej justerat av Cecilia Berg (ordförande) och Bo Ek (justerare)". */
      missing(people: string): string;
      person(name: string | null, role: string): string;
    };
    /** The mark beside a document, as text (never colour alone); none while there is time. */
    status: Record<OpenSigningStatus, string | null>;
    myRole: string;
    role: Record<SignerRole, string>;
    /** Why there is no deadline: the body's settings lack it; the key is named so the administrator can add it. */
    settingProblem(p: MinutesSettingProblem): string;
    /** The list could not be read; the meetings below could. */
    failed: string;
    failedAction: string;
  };
  past: {
    heading: string;
    show: string;
    hide: string;
    loading: string;
    empty: string;
    loaded(count: number): string;
  };
}

export const overviewStrings = defineStrings<OverviewStrings>('overview', { 'sv-SE': sv, 'en-US': en });

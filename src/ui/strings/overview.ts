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

import { defineStrings } from './registry';
import { sv } from './webpart.sv-SE';
import { en } from './webpart.en-US';

/**
 * Web-part-level strings: property pane labels and the message shown when the portal's
 * services cannot be started (before any view can render).
 */
export interface WebPartStrings {
  overview: {
    paneDescription: string;
    settingsGroup: string;
    meetingCountLabel: string;
  };
  portalSetup: {
    paneDescription: string;
  };
  meeting: {
    paneDescription: string;
    /** The page was opened without `?meetingId=`. */
    noMeeting: string;
  };
  live: {
    paneDescription: string;
    /** Outside Teams, the page was opened without `?meetingId=`. */
    noMeeting: string;
  };
  /** The calendar, mailbox and directory web parts' property panes. */
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
  /** Shown when the web part could not connect to the portal site (before the view can render). */
  startFailed: string;
}
export const webPartStrings = defineStrings<WebPartStrings>('webpart', { 'sv-SE': sv, 'en-US': en });

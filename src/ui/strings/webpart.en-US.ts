import type { WebPartStrings } from './webpart';

export const en: WebPartStrings = {
  overview: {
    paneDescription: 'Shows your upcoming meetings.',
    settingsGroup: 'Settings',
    meetingCountLabel: 'Number of meetings to show',
  },
  portalSetup: {
    paneDescription:
      "Compares the site's lists, libraries and permissions with the portal's schema and brings them up to date. You must be a site owner.",
  },
  live: {
    paneDescription:
      'Debate and voting. In a Teams meeting it shows the meeting the Teams meeting belongs to; on a SharePoint page the one the address names (?meetingId=, with &view=scen for the stage view).',
    noMeeting: "The page names no meeting. Open Debate and voting from the meeting's page or from the Teams meeting.",
  },
  meeting: {
    paneDescription: 'Shows the meeting the page address names (?meetingId=…). Put the web part on the page SitePages/Sammantrade.aspx.',
    noMeeting: 'The page names no meeting. Open the meeting from the overview.',
  },
  settings: {
    calendarDescription: "Shows your own events, your bodies' and groups' calendars and the portal's meetings.",
    mailDescription: 'Shows unread and latest messages in your mailbox and in shared mailboxes you can read.',
    directoryDescription: 'Directory of elected officials with their current assignments.',
    group: 'Settings',
    groupsLabel: 'Group calendars shown',
    groupsHint: 'Leave empty for the default: the calendars of your bodies and of the Microsoft 365 groups you belong to.',
    groupsSuggestions: 'Your groups',
    groupsNone: 'No group matches',
    groupsLoading: 'Loading your groups …',
    groupsFailed: 'Your groups could not be loaded.',
    defaultView: 'View when the page opens',
    sharedMailboxes: 'Shared mailboxes',
    sharedMailboxesHint: 'One address per line, for example kansliet@norrbotten.se.',
    messageCount: 'Messages per mailbox',
  },
  startFailed: 'The Politikerportal could not start. Reload the page. Contact the portal administrator if the problem persists.',
};

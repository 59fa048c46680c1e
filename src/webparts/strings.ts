/**
 * Web-part-level strings: property pane labels and the message shown when the portal's
 * services cannot be started. The views' own strings live in `src/ui/strings`.
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
  /** Shown when the web part could not connect to the portal site (before the view can render). */
  startFailed: string;
}

const svSE: WebPartStrings = {
  overview: {
    paneDescription: 'Visar dina kommande sammanträden.',
    settingsGroup: 'Inställningar',
    meetingCountLabel: 'Antal sammanträden som visas',
  },
  portalSetup: {
    paneDescription:
      'Jämför webbplatsens listor, bibliotek och behörigheter med portalens schema och uppdaterar dem. Kräver att du är webbplatsägare.',
  },
  meeting: {
    paneDescription: 'Visar sammanträdet som sidans adress anger (?meetingId=…). Lägg webbdelen på sidan SitePages/Sammantrade.aspx.',
    noMeeting: 'Sidan anger inget sammanträde. Öppna sammanträdet från översikten.',
  },
  startFailed:
    'Politikerportalen kunde inte startas. Ladda om sidan. Kontakta portalens förvaltare om felet kvarstår.',
};

const enUS: WebPartStrings = {
  overview: {
    paneDescription: 'Shows your upcoming meetings.',
    settingsGroup: 'Settings',
    meetingCountLabel: 'Number of meetings to show',
  },
  portalSetup: {
    paneDescription:
      "Compares the site's lists, libraries and permissions with the portal's schema and brings them up to date. You must be a site owner.",
  },
  meeting: {
    paneDescription: 'Shows the meeting the page address names (?meetingId=…). Put the web part on the page SitePages/Sammantrade.aspx.',
    noMeeting: 'The page names no meeting. Open the meeting from the overview.',
  },
  startFailed: 'The Politikerportal could not start. Reload the page. Contact the portal administrator if the problem persists.',
};

const tables: Record<string, WebPartStrings> = { 'sv-SE': svSE, 'en-US': enUS };

/** The table for a UI culture name; Swedish unless the culture is English. */
export function webPartStrings(cultureName: string | undefined): WebPartStrings {
  if (cultureName && tables[cultureName]) return tables[cultureName];
  if (cultureName && cultureName.toLowerCase().startsWith('en')) return enUS;
  return svSE;
}

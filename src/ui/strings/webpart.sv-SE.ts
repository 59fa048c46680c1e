import type { WebPartStrings } from './webpart';

export const sv: WebPartStrings = {
  overview: {
    paneDescription: 'Visar dina kommande sammanträden.',
    settingsGroup: 'Inställningar',
    meetingCountLabel: 'Antal sammanträden som visas',
  },
  portalSetup: {
    paneDescription:
      'Jämför webbplatsens listor, bibliotek och behörigheter med portalens schema och uppdaterar dem. Kräver att du är webbplatsägare.',
  },
  live: {
    paneDescription:
      'Debatt och votering. I ett Teams-möte visas sammanträdet som mötet hör till; på en SharePoint-sida det som adressen anger (?meetingId=, med &view=scen för storbildsvyn).',
    noMeeting: 'Sidan anger inget sammanträde. Öppna Debatt och votering från sammanträdets sida eller från Teams-mötet.',
  },
  meeting: {
    paneDescription: 'Visar sammanträdet som sidans adress anger (?meetingId=…). Lägg webbdelen på sidan SitePages/Sammantrade.aspx.',
    noMeeting: 'Sidan anger inget sammanträde. Öppna sammanträdet från översikten.',
  },
  settings: {
    calendarDescription: 'Visar dina egna händelser, dina organs och gruppers kalendrar och portalens sammanträden.',
    mailDescription: 'Visar olästa och senaste meddelanden i din brevlåda och i funktionsbrevlådor du har tillgång till.',
    directoryDescription: 'Förteckning över förtroendevalda med aktuella uppdrag.',
    group: 'Inställningar',
    groupsLabel: 'Gruppkalendrar som visas',
    groupsHint: 'Lämna tomt för standard: kalendrarna för dina organ och de Microsoft 365-grupper du är medlem i.',
    groupsSuggestions: 'Dina grupper',
    groupsNone: 'Ingen grupp matchar',
    groupsLoading: 'Hämtar dina grupper …',
    groupsFailed: 'Dina grupper kunde inte hämtas.',
    defaultView: 'Vy när sidan öppnas',
    sharedMailboxes: 'Funktionsbrevlådor',
    sharedMailboxesHint: 'En adress per rad, till exempel kansliet@norrbotten.se.',
    messageCount: 'Antal meddelanden per brevlåda',
  },
  startFailed: 'Politikerportalen kunde inte startas. Ladda om sidan. Kontakta portalens förvaltare om felet kvarstår.',
};

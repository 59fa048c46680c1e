/**
 * Choice values of the portal's lists. They are what clerks see and type in SharePoint, so they
 * are Swedish; `src/data/mapping.ts` maps them to the domain's English codes. Kept apart from the
 * list definitions so that views that only read need not carry the whole schema.
 */
export const choices = {
  bodyKind: ['Fullmäktige', 'Styrelse', 'Nämnd', 'Utskott', 'Beredning', 'Revision'],
  substituteRule: ['Samma parti', 'Personlig, parti, sedan övriga'],
  role: ['Ledamot', 'Ersättare'],
  position: ['Ordförande', '1:e vice ordförande', '2:e vice ordförande'],
  meetingStatus: ['Planerat', 'Kallat', 'Pågår', 'Avslutat', 'Inställt'],
  itemKind: ['Beslutsärende', 'Informationsärende', 'Val', 'Interpellation', 'Fråga', 'Anmälan'],
  documentKind: ['Kallelse', 'Tjänsteskrivelse', 'Beslutsunderlag', 'Bilaga', 'Protokollsutdrag', 'Övrigt'],
  attendanceEvent: [
    'Kommer',
    'Förhinder',
    'Förhinder återkallat',
    'Närvarande',
    'Närvarande på distans',
    'Frånvarande',
    'Ankomst',
    'Avgång',
    'Tjänstgör',
  ],
  conflictEvent: ['Anmält jäv', 'Återkallat jäv', 'Jäv fastställt', 'Jäv ogillat'],
  speakerKind: ['Anförande', 'Replik', 'Genmäle', 'Ordningsfråga', 'Återkallad'],
  proposalKind: [
    'Bifall',
    'Avslag',
    'Eget yrkande',
    'Ändringsyrkande',
    'Tilläggsyrkande',
    'Återremiss',
    'Minoritetsåterremiss',
    'Bordläggning',
  ],
  proposalEvent: ['Yrkat', 'Instämt', 'Återtaget'],
  voteKind: ['Öppen votering', 'Öppet val', 'Slutet val (papper)'],
  voteStatus: ['Förberedd', 'Öppen', 'Stängd', 'Avbruten'],
  ballotChoice: ['Ja', 'Nej', 'Avstår'],
  livePhase: ['Ej startat', 'Upprop', 'Överläggning', 'Beslut', 'Votering', 'Ajournerat', 'Avslutat'],
  dissentKind: ['Reservation', 'Protokollsanteckning'],
  dissentEvent: ['Anmäld', 'Skriftlig motivering', 'Återkallad'],
  minutesStatus: ['Utkast', 'Justering', 'Justerat', 'Anslaget', 'Nedtaget', 'Arkiverat'],
  signerRole: ['Ordförande', 'Justerare', 'Sekreterare'],
  noticeKind: ['Kungörelse', 'Justerat protokoll', 'Övrigt'],
  dayKind: ['Heldag', 'Halvdag'],
  claimStatus: ['Utkast', 'Inskickad', 'Attesterad', 'Överförd till lön', 'Återvisad'],
} as const;

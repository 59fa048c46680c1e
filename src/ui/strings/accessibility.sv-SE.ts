import type { AccessibilityStrings } from './accessibility';

export const sv: AccessibilityStrings = {
  link: 'Tillgänglighet',
  heading: 'Tillgänglighet för Politikerportalen',
  intro:
    'Region Norrbotten står bakom Politikerportalen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Politikerportalen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
  howAccessibleHeading: 'Hur tillgänglig är Politikerportalen?',
  howAccessible: 'Vi vet att delar av Politikerportalen ännu inte är helt tillgängliga. Se listan över kända brister nedan.',
  knownIssuesHeading: 'Kända brister',
  knownIssues: [
    'Handlingar som laddas upp till sammanträden (till exempel PDF-filer) kan sakna tillgänglighetsanpassning. Kontakta nämndsekreteraren om du behöver en handling i ett annat format.',
  ],
  reportHeading: 'Rapportera brister',
  report:
    'Om du inte kan använda någon del av Politikerportalen, eller upptäcker brister som inte står här, kontakta oss så försöker vi lösa det. Beskriv gärna var på sidan problemet finns och vilket hjälpmedel du använder.',
  reportLink: 'Skicka e-post om en tillgänglighetsbrist',
  reportSubject: 'Tillgänglighetsbrist i Politikerportalen',
  contactAddress: 'politikerportalen@norrbotten.se',
  supervisionHeading: 'Tillsyn',
  supervision:
    'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
  supervisionLink: 'Anmäl till Digg (öppnas på digg.se)',
  technicalHeading: 'Teknisk information om tillgänglighet',
  technical:
    'Politikerportalen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs ovan. Målet är nivå AA i Web Content Accessibility Guidelines (WCAG) 2.1.',
  testedHeading: 'Hur vi testat Politikerportalen',
  tested:
    'Varje vy testas automatiskt med axe-core mot WCAG 2.1 nivå A och AA vid varje ändring, och används med enbart tangentbord och med skärmläsare. Vyerna prövas också i smala fönster (400 pixlar) som i en mobil eller Teams sidopanel.',
  updated: 'Redogörelsen uppdaterades senast den 3 december 2026.',
};

import type { HostStrings } from './host';

export const sv: HostStrings = {
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  overview: 'Översikt',
  settings: 'Portalinställning',
  signedInAs: (n) => `Inloggad som ${n}`,
  signOut: 'Logga ut',
  language: 'Språk',
  starting: 'Startar Politikerportalen…',
  signingIn: 'Skickar dig till inloggningen…',
  notFound: 'Sidan finns inte. Välj en sida i menyn.',
  backToOverview: 'Tillbaka till översikten',
  newMeeting: 'Nytt sammanträde',
  unsavedChanges: 'Du har ändringar som inte är sparade. Vill du lämna sidan och förlora dem?',
  rollCall: 'Upprop',
  pageTitle: (p) => `${p} – Politikerportalen`,
  mfaRefused: {
    title: 'Inloggningen saknar tvåfaktorsautentisering',
    body: 'Politikerportalen kräver att du loggar in med två steg, till exempel lösenord och en kod i Microsoft Authenticator. Din inloggning gjordes utan det andra steget, så portalen har inte öppnats och inga uppgifter har hämtats.',
    action:
      'Logga in igen med tvåfaktorsautentisering. Om du inte har något andra steg inställt, kontakta IT-supporten så hjälper de dig att ställa in det.',
    signInAgain: 'Logga in igen',
  },
  signInFailed: {
    title: 'Inloggningen misslyckades',
    body: 'Du kunde inte loggas in, så portalen har inte öppnats. Försök igen. Om det inte går, kontakta IT-supporten och uppge koden nedan.',
    code: (c) => `Felkod: ${c}`,
    signInAgain: 'Försök igen',
  },
};

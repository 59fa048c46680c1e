import type { CommonStrings } from './common';

export const sv: CommonStrings = {
  portalName: 'Politikerportalen',
  dates: {
    dateTime: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`,
    date: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}`,
    time: (p) => `${p.hour}:${p.minute}`,
    dateTimeRange: (s, e) => `${s.weekday} ${s.day} ${s.month} ${s.year}, ${s.hour}:${s.minute}–${e.hour}:${e.minute}`,
  },
  common: {
    retry: 'Försök igen',
    tooLong: (max, n) => `Texten får vara högst ${max} tecken, nu är den ${n}. Korta den.`,
  },
  errors: {
    signedOut: { title: 'Du är inte inloggad längre.', action: 'Ladda om sidan och logga in igen.' },
    accessDenied: {
      title: 'Du har inte behörighet till det här.',
      action: 'Kontakta nämndsekreteraren om du tycker att du borde ha tillgång.',
    },
    consent: {
      title: 'Portalen har inte fått tillgång till den här delen av Microsoft 365.',
      action: 'Be IT-supporten godkänna portalens behörigheter i SharePoints administrationscenter.',
    },
    notFound: {
      title: 'Det du söker finns inte längre.',
      action: 'Det kan ha tagits bort eller flyttats. Gå tillbaka och ladda om sidan.',
    },
    versionConflict: { title: 'Någon annan ändrade samtidigt.', action: 'Försök igen så hämtas det senaste.' },
    duplicateValue: { title: 'Det finns redan en likadan post.', action: 'Kontrollera att den inte redan är registrerad och försök igen.' },
    relatedItems: {
      title: 'Det går inte att ta bort eftersom något annat hör till det.',
      action: 'Ta bort eller flytta det som hör till först, till exempel handlingar till ärendet.',
    },
    fileExists: { title: 'Det finns redan en fil med det namnet.', action: 'Byt namn på filen och ladda upp den igen.' },
    valueInvalid: { title: 'Ett av värdena godtogs inte.', action: 'Kontrollera uppgifterna vid fälten och försök igen.' },
    listViewThreshold: {
      title: 'Listan är för stor för den här sökningen.',
      action: 'Kontakta portalens förvaltare: listan behöver ett index.',
    },
    mailboxNotEnabled: { title: 'Brevlådan kan inte visas här.', action: 'Öppna den i Outlook i stället.' },
    noPhoto: { title: 'Det finns ingen bild.', action: 'Inget behöver göras.' },
    requestInvalid: {
      title: 'Uppgifterna kunde inte sparas eftersom något inte stämmer.',
      action: 'Kontrollera uppgifterna och försök igen. Kontakta IT-supporten om felet kvarstår.',
    },
    throttled: { title: 'Microsoft 365 har för många förfrågningar just nu.', action: 'Vänta en stund och försök igen.' },
    network: { title: 'Det gick inte att nå Microsoft 365.', action: 'Kontrollera din internetanslutning och försök igen.' },
    serverError: { title: 'Något gick fel.', action: 'Försök igen. Kontakta IT-supporten om felet kvarstår.' },
    meetingStarted: {
      title: 'Sammanträdet har redan börjat.',
      action: 'Kontakta nämndsekreteraren, som kan registrera ändringen vid uppropet.',
    },
    unknownItems: { title: 'Föredragningslistan har inte de ärendena.', action: 'Välj bland ärendena på föredragningslistan.' },
    overlap: { title: 'Du har redan anmält förhinder för det.', action: 'Återkalla den tidigare anmälan om du vill ändra den.' },
    nothingToWithdraw: { title: 'Det finns ingen anmälan att återkalla.', action: 'Inget behöver göras.' },
    unknownBody: { title: 'Organet finns inte.', action: 'Välj ett organ i listan.' },
    unknownItem: {
      title: 'Ärendet finns inte på föredragningslistan.',
      action: 'Ladda om sidan så visas den aktuella föredragningslistan.',
    },
    titleMissing: { title: 'Rubriken saknas.', action: 'Skriv en rubrik.' },
    timeInvalid: { title: 'Tiden är inte giltig.', action: 'Ange datum och klockslag för start och slut.' },
    endBeforeStart: { title: 'Sammanträdet slutar innan det börjar.', action: 'Ändra sluttiden så att den kommer efter starttiden.' },
    dateInPast: { title: 'Datumet har redan varit.', action: 'Bekräfta datumet vid fältet om det är rätt, annars ändra det.' },
    coSignerTwice: { title: 'Samma justerare är vald två gånger.', action: 'Välj olika personer som justerare.' },
    tooManyCoSigners: { title: 'För många justerare är valda.', action: 'Välj så många justerare som organet har.' },
    chairIsCoSigner: { title: 'Ordföranden kan inte också vara justerare.', action: 'Välj en annan justerare.' },
    chairNotInBody: { title: 'Ordföranden har inget uppdrag i organet den dagen.', action: 'Välj en ordförande bland organets ledamöter.' },
    coSignerNotInBody: { title: 'En justerare har inget uppdrag i organet den dagen.', action: 'Välj justerare bland organets ledamöter.' },
    coSignerNotMember: { title: 'En justerare är ersättare.', action: 'Välj justerare bland organets ledamöter.' },
    documentsAttached: { title: 'Ärendet har handlingar.', action: 'Ta bort eller flytta handlingarna först.' },
    fileNameMissing: { title: 'Filen saknar namn.', action: 'Välj en fil med ett namn.' },
    notBodyClerk: {
      title: 'Bara organets sekreterare och webbplatsens ägare kan lägga in sekretessbelagda handlingar.',
      action: 'Be organets sekreterare, eller be en ägare att ange dig som sekreterare för organet i listan Organ.',
    },
    bodyHasNoClerks: {
      title: 'Organet har ingen sekreterare angiven: bara webbplatsens ägare kan hantera dess sekretessbelagda handlingar.',
      action: 'Be en ägare att ange organets sekreterare i listan Organ.',
    },
    cancelled: { title: 'Sammanträdet är inställt.', action: 'En kallelse kan inte skickas till ett inställt sammanträde.' },
    noGroup: {
      title: 'Organet har ingen Microsoft 365-grupp.',
      action: 'Ange gruppens id i organets inställningar i listan Organ och försök igen.',
    },
  },

  meetingStatus: {
    Planned: 'Planerat',
    Notified: 'Kallat',
    InProgress: 'Pågår',
    Closed: 'Avslutat',
    Cancelled: 'Inställt',
  },
  role: { Member: 'Ledamot', Substitute: 'Ersättare' },
  position: { Chair: 'Ordförande', FirstViceChair: '1:e vice ordförande', SecondViceChair: '2:e vice ordförande' },
};

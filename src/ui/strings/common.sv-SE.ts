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
    cancelled: { title: 'Sammanträdet är inställt.', action: 'En kallelse kan inte skickas till ett inställt sammanträde.' },
    noGroup: {
      title: 'Organet har ingen Microsoft 365-grupp.',
      action: 'Ange gruppens id i organets inställningar i listan Organ och försök igen.',
    },
    // the live meeting's debate rules (src/domain/live)
    notServing: {
      title: 'Du tjänstgör inte på det här ärendet.',
      action: 'Bara tjänstgörande ledamöter och ersättare får begära ordet och yrka.',
    },
    disqualified: {
      title: 'Du har anmält jäv i det här ärendet.',
      action: 'Den som är jävig deltar inte i överläggningen eller beslutet.',
    },
    notPresent: { title: 'Du är inte antecknad som närvarande.', action: 'Säg till sekreteraren så att du förs in i närvaron.' },
    substituteMayNotSpeak: {
      title: 'Ersättare som inte tjänstgör får inte yttra sig i det här organet.',
      action: 'Det följer av organets arbetsordning. Du får följa mötet.',
    },
    listClosed: {
      title: 'Talarlistan är stängd.',
      action: 'Ordföranden har satt streck i debatten. Repliker och ordningsfrågor går fortfarande att begära.',
    },
    alreadyWaiting: { title: 'Du står redan på talarlistan.', action: 'Vänta på din tur, eller återkalla din begäran först.' },
    replyNotLatest: {
      title: 'Replik kan bara begäras på det senaste anförandet.',
      action: 'Begär ordet för ett eget anförande i stället.',
    },
    replyToOwnSpeech: {
      title: 'Du kan inte replikera på ditt eget anförande.',
      action: 'Du kan begära genmäle om någon replikerar på dig.',
    },
    replyToReply: {
      title: 'Det går inte att replikera på en replik.',
      action: 'Den som höll anförandet kan ge genmäle; du kan begära ordet för ett eget anförande.',
    },
    tooManyReplies: {
      title: 'Du har redan använt dina repliker på det här anförandet.',
      action: 'Organets arbetsordning begränsar antalet repliker per anförande. Begär ordet för ett eget anförande.',
    },
    answerNotSpeaker: { title: 'Bara den som höll anförandet kan ge genmäle.', action: 'Begär ordet för ett eget anförande i stället.' },
    answerTwice: { title: 'Genmäle på den här repliken är redan begärt.', action: 'Det finns ett genmäle per replik.' },
    answerNotReply: { title: 'Genmäle ges bara på en replik.', action: 'Välj repliken du vill svara på.' },
    notOwnRequest: { title: 'Du kan bara återkalla din egen begäran.', action: 'Ordföranden kan stryka andras begäran.' },
    alreadySpoken: { title: 'Ordet har redan lämnats för den begäran.', action: 'Ett anförande som pågått går inte att återkalla.' },
    unknownRequest: {
      title: 'Den begäran finns inte på talarlistan.',
      action: 'Listan kan ha ändrats. Vänta ett ögonblick så uppdateras den.',
    },
    notStaff: {
      title: 'Bara sammanträdets ordförande, vice ordförande och organets sekreterare kan göra det här.',
      action: 'Be ordföranden eller sekreteraren.',
    },
    proposalsLocked: {
      title: 'Yrkandena är låsta.',
      action: 'Efter att ordföranden läst upp och fastställt yrkandena kan de bara ändras om församlingen enhälligt medger det.',
    },
    notOwnProposal: {
      title: 'Du kan bara återta eller ändra ditt eget yrkande.',
      action: 'Den som lade yrkandet kan ändra det innan yrkandena låses.',
    },
    unknownProposal: { title: 'Det yrkandet finns inte.', action: 'Listan kan ha ändrats. Vänta ett ögonblick så uppdateras den.' },
    supportOwn: { title: 'Du kan inte instämma i ditt eget yrkande.', action: 'Ditt namn står redan som förslagsställare.' },
    alreadySupported: { title: 'Du har redan instämt i yrkandet.', action: 'Ditt instämmande är registrerat.' },
    proposalWithdrawn: { title: 'Yrkandet är återtaget.', action: 'Du kan lägga ett eget yrkande med samma innehåll.' },
    textMissing: { title: 'Yrkandet behöver en text.', action: 'Skriv vad du yrkar. En återremiss behöver en motivering.' },
    noLinkToRestore: {
      title: 'Din förbindelse är inte anmäld som bruten.',
      action: 'Knappen behövs bara efter att du anmält att du inte ser eller hör mötet.',
    },
    notRemote: { title: 'Du deltar inte på distans.', action: 'Det här gäller bara den som deltar på distans.' },
    requestWithdrawn: { title: 'Den begäran är återkallad eller struken.', action: 'Begär ordet på nytt om du vill tala.' },
    notSpeaking: { title: 'Den talaren har inte ordet.', action: 'Listan kan ha ändrats. Vänta ett ögonblick så uppdateras den.' },
    notASpeech: { title: 'Bara anföranden kan flyttas i listan.', action: 'Repliker och ordningsfrågor har sina fasta platser.' },
    badPosition: { title: 'Platsen i listan finns inte.', action: 'Välj en plats mellan första och sista.' },
    substituteMayNotPropose: {
      title: 'Ersättare som inte tjänstgör får inte yrka.',
      action: 'Bara tjänstgörande ledamöter och ersättare lägger yrkanden.',
    },
    kindMissing: { title: 'Välj vilken typ av yrkande det är.', action: 'Till exempel bifall, avslag eller återremiss.' },
    itemNotCurrent: { title: 'Inget ärende behandlas just nu.', action: 'Vänta tills ordföranden öppnat ett ärende.' },
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

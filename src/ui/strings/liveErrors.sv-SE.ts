import type { LiveErrorStrings } from './liveErrors';

export const sv: LiveErrorStrings = {
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
  voteOpen: {
    title: 'En votering pågår på det här ärendet.',
    action: 'Stäng voteringen, eller ta tillbaka den, innan du går till ett annat ärende.',
  },
  itemNotCurrent: { title: 'Inget ärende behandlas just nu.', action: 'Vänta tills ordföranden öppnat ett ärende.' },
};

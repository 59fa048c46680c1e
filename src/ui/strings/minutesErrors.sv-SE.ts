import type { MinutesErrorStrings } from './minutesErrors';

export const sv: MinutesErrorStrings = {
  notMinutesClerk: {
    title: 'Bara organets sekreterare och webbplatsens ägare kan frysa protokoll och sätta upp anslag om dem.',
    action: 'Be organets sekreterare, eller be en ägare att ange dig som sekreterare för organet i listan Organ.',
  },
  noChair: {
    title: 'Sammanträdet har ingen ordförande angiven.',
    action: 'Ange ordföranden i sammanträdets uppgifter och frys protokollet igen.',
  },
  coSignersMissing: {
    title: 'Sammanträdet har färre justerare än organet ska ha.',
    action: 'Välj justerare i sammanträdets uppgifter och frys protokollet igen.',
  },
  noSecretary: {
    title: 'Det går inte att avgöra vem som är protokollets sekreterare.',
    action: 'Frys protokollet som organets sekreterare, eller ange sekreteraren i sammanträdets uppgifter.',
  },
  sectionsInvalid: { title: 'Paragraferna stämmer inte.', action: 'Ange de paragrafnummer som protokollet omfattar.' },
  minutesSigned: {
    title: 'Protokollet är redan justerat och kan inte få en ny version.',
    action: 'Rättelser av ett justerat protokoll görs genom ett nytt beslut i organet.',
  },
  correctionReasonRequired: {
    title: 'Protokollet har redan skickats för justering, så en ändring av beslutet är en rättelse.',
    action: 'Skriv skälet till rättelsen. Det sparas med ändringen, och den som redan justerat får justera den nya versionen.',
  },
  dissentAfterClose: {
    title: 'Sammanträdet är avslutat. En reservation ska anmälas innan sammanträdet avslutas (4 kap. 27 § kommunallagen).',
    action: 'Kontakta sekreteraren om du anmälde reservationen under sammanträdet men den inte kom med.',
  },
  dissentNotAnnounced: {
    title: 'Du har ingen anmäld reservation eller protokollsanteckning i ärendet.',
    action: 'Ladda om sidan så visas det som är registrerat.',
  },
  reasonsAfterSigningTime: {
    title: 'Tiden för skriftliga motiveringar har gått ut: de ska lämnas innan protokollet justeras.',
    action: 'Reservationen står kvar utan skriftlig motivering.',
  },
  dissentTextMissing: { title: 'Texten är tom.', action: 'Skriv motiveringen och spara igen.' },
  dissentTextTooLong: { title: 'Texten är för lång.', action: 'Korta texten till högst 5 000 tecken.' },
  decisionSigned: {
    title: 'Beslutet står i ett justerat protokoll och kan inte ändras här.',
    action: 'En rättelse av ett justerat beslut görs genom ett nytt beslut i organet.',
  },
  decisionTooLong: { title: 'Beslutet är för långt.', action: 'Korta texten till högst 10 000 tecken.' },
  correctionReasonTooLong: { title: 'Skälet till rättelsen är för långt.', action: 'Korta skälet till högst 1 000 tecken.' },
  unknownMinutes: { title: 'Protokollet finns inte.', action: 'Ladda om sidan så visas sammanträdets protokoll.' },
  unknownVersion: { title: 'Den versionen av protokollet finns inte.', action: 'Ladda om sidan så visas den aktuella versionen.' },
  versionNotCurrent: {
    title: 'Det finns en nyare version av protokollet.',
    action: 'Läs den nya versionen och justera den. Underskrifter på den gamla versionen räknas inte.',
  },
  documentChanged: {
    title: 'Protokollfilen har ändrats sedan den frystes.',
    action: 'Be sekreteraren frysa en ny version; justera sedan den.',
  },
  notDesignated: {
    title: 'Du är inte utsedd att justera det här protokollet.',
    action: 'Protokollet justeras av ordföranden, justerarna och sekreteraren. Kontakta sekreteraren om det är fel.',
  },
  reconfirmCancelled: {
    title: 'Du avbröt bekräftelsen med din andra faktor, så protokollet är inte justerat.',
    action: 'Välj Justera igen och bekräfta med din andra faktor, till exempel Microsoft Authenticator.',
  },
  reconfirmFailed: {
    title: 'Det gick inte att bekräfta att det är du, så protokollet är inte justerat.',
    action: 'Försök igen. Tillåt popup-fönster för portalen om webbläsaren stoppade inloggningsrutan.',
  },
  alreadySigned: { title: 'Du har redan justerat den här versionen.', action: 'Inget behöver göras.' },
  minutesKeptAtMissing: {
    title: 'Det står inte var organets protokoll förvaras, så anslaget kan inte sättas upp.',
    action:
      'Be en ägare lägga till inställningen minutes.keptAt för organet i listan Inställningar, till exempel "Regionens kansli, Regionhuset, Luleå".',
  },
  recordChangedSinceFreeze: {
    title:
      'Ett beslut har ändrats efter att den här versionen skickades för justering, så det justerade protokollet säger inte det som står i ärendet nu.',
    action: 'Skicka en ny version för justering. När den är justerad kan anslaget sättas upp.',
  },
  notSigned: {
    title: 'Protokollet är inte justerat ännu.',
    action: 'Anslaget sätts upp när alla har justerat protokollet.',
  },
  postingBeforeSigned: {
    title: 'Anslaget kan inte sättas upp före dagen då protokollet justerades.',
    action: 'Sätt upp anslaget samma dag som justeringen eller senare.',
  },
  alreadyPosted: { title: 'Anslaget om protokollet sitter redan uppe.', action: 'Inget behöver göras.' },
  noticeTakenDown: {
    title: 'Anslaget har redan tagits ned efter överklagandetiden.',
    action: 'Inget behöver göras.',
  },
  notPosted: { title: 'Det finns inget anslag uppe att ta ned.', action: 'Ladda om sidan så visas anslagets läge.' },
  appealPeriodRunning: {
    title: 'Överklagandetiden löper fortfarande.',
    action: 'Anslaget ska sitta uppe hela överklagandetiden. Ta ned det tidigast dagen efter att tiden gått ut.',
  },
  publicVersionInvalid: {
    title: 'Protokollets offentliga version är inte en PDF-fil.',
    action: 'Skapa den offentliga versionen av protokollet på nytt och sätt upp anslaget igen. Inget har satts upp.',
  },
};

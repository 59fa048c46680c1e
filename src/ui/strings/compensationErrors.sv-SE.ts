import type { CompensationErrorStrings } from './compensationErrors';

export const sv: CompensationErrorStrings = {
  claimLinesInvalid: { title: 'En rad i anspråket går inte att läsa.', action: 'Kontrollera raderna och spara igen.' },
  claimDateInvalid: { title: 'Datumet är inte ett giltigt datum.', action: 'Ange dagen för sammanträdet eller förrättningen.' },
  claimTimesInvalid: { title: 'Tiderna stämmer inte.', action: 'Ange en sluttid som ligger efter starttiden.' },
  unknownDraft: { title: 'Utkastet finns inte längre.', action: 'Det kan redan vara skickat eller borttaget. Ladda om sidan.' },
  claimBodyMismatch: { title: 'Sammanträdet hör inte till det organ som anspråket gäller.', action: 'Välj sammanträdet igen.' },
  notPresentAtMeeting: {
    title: 'Enligt närvaron var du inte på sammanträdet.',
    action: 'Stämmer det inte, kontakta organets sekreterare som för närvaron. För andra uppdrag: lägg till en förrättning.',
  },
  meetingEndUnknown: {
    title: 'Sammanträdets sluttid är inte angiven, så tiden du var närvarande går inte att räkna ut.',
    action: 'Be sekreteraren ange sluttiden, eller fyll i tiderna själv.',
  },
  compensationSettingMissing: {
    title: 'En inställning för ersättningar saknas eller går inte att läsa för den dagen.',
    action: 'Kontakta lön eller portalens ägare, som för in värdet i listan Inställningar.',
  },
  noAssignmentInBody: {
    title: 'Du hade inget uppdrag i organet den dagen.',
    action: 'Kontrollera datum och organ. Stämmer uppdraget inte, kontakta sekreteraren.',
  },
  noAttestants: {
    title: 'Organet har ingen som attesterar ersättningar.',
    action: 'Kontakta portalens ägare: organet behöver en ordförande eller sekreterare enligt attestinställningen.',
  },
  supersedesNotReturned: { title: 'Bara ett återvisat anspråk kan skickas om.', action: 'Skapa ett nytt anspråk i stället.' },
  alreadyResent: { title: 'Det återvisade anspråket är redan skickat igen.', action: 'Se det nya anspråket i listan.' },
  unknownClaim: { title: 'Anspråket finns inte eller så får du inte se det.', action: 'Ladda om sidan.' },
  ownClaimAttest: {
    title: 'Du kan inte attestera eller återvisa ditt eget anspråk.',
    action: 'Det attesteras av en annan attestant i organet.',
  },
  notClaimAttestant: { title: 'Du attesterar inte det här organets ersättningar.', action: 'Anspråket attesteras av organets attestant.' },
  claimNotSubmitted: {
    title: 'Anspråket väntar inte på attest.',
    action: 'Det är redan attesterat, återvisat eller överfört. Ladda om sidan.',
  },
  returnReasonMissing: { title: 'Ange varför anspråket återvisas.', action: 'Skälet visas för den som skickade anspråket.' },
  claimRecordChanged: {
    title: 'Anspråket har ändrats efter att det skickades och räknas inte.',
    action: 'Kontakta portalens ägare. Den sökande kan skicka ett nytt anspråk.',
  },
  notPayrollStaff: { title: 'Bara lön för över anspråk till lönesystemet.', action: 'Be en löneadministratör.' },
  claimNotAttested: { title: 'Anspråket är inte attesterat, eller redan överfört.', action: 'Ladda om perioden och försök igen.' },
  payPeriodInvalid: { title: 'Löneperioden ska anges som år och månad, ÅÅÅÅ-MM.', action: 'Välj perioden igen.' },
};

import type { CompensationErrorStrings } from './compensationErrors';

export const en: CompensationErrorStrings = {
  claimLinesInvalid: { title: 'A line of the claim cannot be read.', action: 'Check the lines and save again.' },
  claimDateInvalid: { title: 'The date is not a valid date.', action: 'Enter the day of the meeting or duty.' },
  claimTimesInvalid: { title: 'The times do not add up.', action: 'Enter an end time after the start time.' },
  unknownDraft: { title: 'The draft no longer exists.', action: 'It may already have been sent or deleted. Reload the page.' },
  claimBodyMismatch: { title: 'The meeting is not a meeting of the body the claim is for.', action: 'Choose the meeting again.' },
  notPresentAtMeeting: {
    title: 'By the recorded attendance you were not at the meeting.',
    action: "If that is wrong, contact the body's clerk, who keeps the attendance. For other duties, add a duty by hand.",
  },
  meetingEndUnknown: {
    title: "The meeting's end time is not set, so the time you were present cannot be worked out.",
    action: 'Ask the clerk to set the end time, or enter the times yourself.',
  },
  compensationSettingMissing: {
    title: 'A compensation setting is missing or unreadable for that day.',
    action: "Contact payroll or the portal's owners, who enter the value in the Settings list.",
  },
  noAssignmentInBody: {
    title: 'You held no assignment in the body on that day.',
    action: 'Check the date and the body. If the assignment is wrong, contact the clerk.',
  },
  noAttestants: {
    title: 'The body has nobody who attests claims.',
    action: "Contact the portal's owners: the body needs a chair or clerk by its attestant setting.",
  },
  supersedesNotReturned: { title: 'Only a returned claim can be sent again.', action: 'Create a new claim instead.' },
  alreadyResent: { title: 'The returned claim has already been sent again.', action: 'See the new claim in the list.' },
  unknownClaim: { title: 'The claim does not exist, or you may not see it.', action: 'Reload the page.' },
  ownClaimAttest: { title: 'You cannot attest or return your own claim.', action: "Another of the body's attestants attests it." },
  notClaimAttestant: { title: "You do not attest this body's claims.", action: "The body's attestant attests the claim." },
  claimNotSubmitted: {
    title: 'The claim is not awaiting attestation.',
    action: 'It is already attested, returned or transferred. Reload the page.',
  },
  returnReasonMissing: { title: 'Say why the claim is returned.', action: 'The reason is shown to the person who sent it.' },
  claimRecordChanged: {
    title: 'The claim was changed after it was sent and does not count.',
    action: "Contact the portal's owners. The claimant can send a new claim.",
  },
  notPayrollStaff: { title: 'Only payroll transfers claims to the payroll system.', action: 'Ask a payroll administrator.' },
  claimNotAttested: { title: 'The claim is not attested, or already transferred.', action: 'Reload the period and try again.' },
  payPeriodInvalid: { title: 'The pay period is a year and month, YYYY-MM.', action: 'Choose the period again.' },
};

import type { MinutesErrorStrings } from './minutesErrors';

export const en: MinutesErrorStrings = {
  notMinutesClerk: {
    title: "Only the body's clerks and the site owners can freeze minutes and post notices of them.",
    action: "Ask the body's clerk, or ask an owner to set you as the body's clerk in the Bodies list.",
  },
  noChair: { title: 'The meeting has no chair set.', action: "Set the chair in the meeting's details and freeze the minutes again." },
  coSignersMissing: {
    title: 'The meeting has fewer co-signers than the body should have.',
    action: "Choose co-signers in the meeting's details and freeze the minutes again.",
  },
  noSecretary: {
    title: "It cannot be told who is the minutes' secretary.",
    action: "Freeze the minutes as the body's clerk, or set the secretary in the meeting's details.",
  },
  sectionsInvalid: { title: 'The sections are not right.', action: 'Give the section numbers the minutes cover.' },
  minutesSigned: {
    title: 'The minutes are already signed and cannot get a new version.',
    action: 'Signed minutes are corrected by a new decision of the body.',
  },
  correctionReasonRequired: {
    title: 'The minutes have already been sent for signing, so changing the decision is a correction.',
    action: 'Write the reason for the correction. It is kept with the change, and those who have signed sign the new version.',
  },
  dissentAfterClose: {
    title: 'The meeting is closed. A dissent is announced before the meeting closes (chapter 4, section 27 of the Local Government Act).',
    action: 'Contact the secretary if you announced the dissent during the meeting but it was not recorded.',
  },
  dissentNotAnnounced: {
    title: 'You have no dissent or minute note announced on this item.',
    action: 'Reload the page to see what is recorded.',
  },
  reasonsAfterSigningTime: {
    title: 'The time for written reasons has passed: they are handed in before the minutes are signed.',
    action: 'The dissent stands without written reasons.',
  },
  dissentTextMissing: { title: 'The text is empty.', action: 'Write the reasons and save again.' },
  dissentTextTooLong: { title: 'The text is too long.', action: 'Shorten it to at most 5,000 characters.' },
  decisionSigned: {
    title: 'The decision is in signed minutes and cannot be changed here.',
    action: 'A signed decision is corrected by a new decision of the body.',
  },
  decisionTooLong: { title: 'The decision is too long.', action: 'Shorten it to at most 10,000 characters.' },
  correctionReasonTooLong: { title: 'The reason for the correction is too long.', action: 'Shorten it to at most 1,000 characters.' },
  unknownMinutes: { title: 'The minutes do not exist.', action: "Reload the page to see the meeting's minutes." },
  unknownVersion: { title: 'That version of the minutes does not exist.', action: 'Reload the page to see the current version.' },
  versionNotCurrent: {
    title: 'There is a newer version of the minutes.',
    action: 'Read the new version and sign it. Signatures on the old version do not count.',
  },
  documentChanged: {
    title: 'The minutes file has been changed since it was frozen.',
    action: 'Ask the clerk to freeze a new version, then sign that.',
  },
  notDesignated: {
    title: 'You are not designated to sign these minutes.',
    action: 'The minutes are signed by the chair, the co-signers and the secretary. Contact the clerk if this is wrong.',
  },
  reconfirmCancelled: {
    title: 'You cancelled the confirmation with your second factor, so the minutes are not signed.',
    action: 'Choose Sign again and confirm with your second factor, for example Microsoft Authenticator.',
  },
  reconfirmFailed: {
    title: 'Your identity could not be confirmed, so the minutes are not signed.',
    action: 'Try again. Allow pop-up windows for the portal if the browser blocked the sign-in window.',
  },
  alreadySigned: { title: 'You have already signed this version.', action: 'Nothing needs to be done.' },
  minutesKeptAtMissing: {
    title: 'It is not set where the body’s minutes are kept, so the notice cannot go up.',
    action:
      'Ask an owner to add the setting minutes.keptAt for the body in the Settings list, e.g. "Regionens kansli, Regionhuset, Luleå".',
  },
  recordChangedSinceFreeze: {
    title: 'A decision was changed after this version was sent for signing, so the signed minutes do not say what the item says now.',
    action: 'Send a new version for signing. Once it is signed, the notice can go up.',
  },
  notSigned: {
    title: 'The minutes are not signed yet.',
    action: 'The notice goes up once everyone has signed the minutes.',
  },
  postingBeforeSigned: {
    title: 'The notice cannot go up before the day the minutes were signed.',
    action: 'Post the notice on the day of signing or later.',
  },
  alreadyPosted: { title: 'The notice of the minutes is already up.', action: 'Nothing needs to be done.' },
  noticeTakenDown: {
    title: 'The notice has already been taken down after the appeal period.',
    action: 'Nothing needs to be done.',
  },
  notPosted: { title: 'There is no notice up to take down.', action: "Reload the page to see the notice's state." },
  appealPeriodRunning: {
    title: 'The appeal period is still running.',
    action: 'The notice must stay up for the whole appeal period. Take it down at the earliest on the day after the period ends.',
  },
  publicVersionInvalid: {
    title: 'The public version of the minutes is not a PDF file.',
    action: 'Generate the public version of the minutes again and post the notice again. Nothing was posted.',
  },
};

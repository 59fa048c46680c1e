import type { CommonStrings } from './common';

export const en: CommonStrings = {
  portalName: 'Politikerportalen',
  dates: {
    dateTime: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`,
    date: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}`,
    time: (p) => `${p.hour}:${p.minute}`,
    dateTimeRange: (s, e) => `${s.weekday} ${s.day} ${s.month} ${s.year}, ${s.hour}:${s.minute}–${e.hour}:${e.minute}`,
  },
  common: {
    retry: 'Try again',
    tooLong: (max, n) => `The text may be at most ${max} characters; it is now ${n}. Shorten it.`,
  },
  errors: {
    signedOut: { title: 'You are no longer signed in.', action: 'Reload the page and sign in again.' },
    accessDenied: { title: 'You do not have permission for this.', action: 'Contact the clerk if you think you should have access.' },
    consent: {
      title: 'The portal has not been given access to this part of Microsoft 365.',
      action: "Ask IT support to approve the portal's permissions in the SharePoint admin center.",
    },
    notFound: {
      title: 'What you are looking for no longer exists.',
      action: 'It may have been deleted or moved. Go back and reload the page.',
    },
    versionConflict: { title: 'Someone else made a change at the same time.', action: 'Try again to get the latest version.' },
    duplicateValue: { title: 'An identical entry already exists.', action: 'Check that it is not already registered, then try again.' },
    relatedItems: {
      title: 'It cannot be deleted because something else belongs to it.',
      action: "Delete or move what belongs to it first, such as the item's documents.",
    },
    fileExists: { title: 'A file with that name already exists.', action: 'Rename the file and upload it again.' },
    valueInvalid: { title: 'One of the values was not accepted.', action: 'Check the fields and try again.' },
    listViewThreshold: {
      title: 'The list is too large for this query.',
      action: 'Contact the portal administrator: the list needs an index.',
    },
    mailboxNotEnabled: { title: 'This mailbox cannot be shown here.', action: 'Open it in Outlook instead.' },
    noPhoto: { title: 'There is no photo.', action: 'Nothing needs to be done.' },
    requestInvalid: {
      title: 'The details could not be saved because something is not right.',
      action: 'Check the details and try again. Contact IT support if the problem persists.',
    },
    throttled: { title: 'Microsoft 365 has too many requests right now.', action: 'Wait a moment and try again.' },
    network: { title: 'Microsoft 365 could not be reached.', action: 'Check your internet connection and try again.' },
    serverError: { title: 'Something went wrong.', action: 'Try again. Contact IT support if the problem persists.' },
    meetingStarted: { title: 'The meeting has already started.', action: 'Contact the clerk, who can record the change at the roll call.' },
    unknownItems: { title: 'The agenda does not have those items.', action: 'Choose among the items on the agenda.' },
    overlap: { title: 'You have already reported absence for that.', action: 'Withdraw the earlier notice if you want to change it.' },
    nothingToWithdraw: { title: 'There is no notice to withdraw.', action: 'Nothing needs to be done.' },
    unknownBody: { title: 'The body does not exist.', action: 'Choose a body from the list.' },
    unknownItem: { title: 'The item is not on the agenda.', action: 'Reload the page to see the current agenda.' },
    titleMissing: { title: 'The title is missing.', action: 'Enter a title.' },
    timeInvalid: { title: 'The time is not valid.', action: 'Enter a date and time for the start and the end.' },
    endBeforeStart: { title: 'The meeting ends before it starts.', action: 'Change the end time so that it comes after the start.' },
    dateInPast: { title: 'The date has already passed.', action: 'Confirm the date beside the field if it is right, otherwise change it.' },
    coSignerTwice: { title: 'The same co-signer is chosen twice.', action: 'Choose different people as co-signers.' },
    tooManyCoSigners: { title: 'Too many co-signers are chosen.', action: 'Choose as many co-signers as the body has.' },
    chairIsCoSigner: { title: 'The chair cannot also be a co-signer.', action: 'Choose another co-signer.' },
    chairNotInBody: { title: 'The chair holds no assignment in the body on that day.', action: "Choose a chair among the body's members." },
    coSignerNotInBody: {
      title: 'A co-signer holds no assignment in the body on that day.',
      action: "Choose co-signers among the body's members.",
    },
    coSignerNotMember: { title: 'A co-signer is a substitute.', action: 'Choose co-signers among the members of the body.' },
    documentsAttached: { title: 'The item has documents.', action: 'Delete or move the documents first.' },
    fileNameMissing: { title: 'The file has no name.', action: 'Choose a file with a name.' },
    notBodyClerk: {
      title: "Only the body's clerks and the site owners can add confidential documents.",
      action: "Ask the body's clerk, or ask an owner to set you as the body's clerk in the Bodies list.",
    },
    bodyHasNoClerks: {
      title: 'The body has no clerk set: only the site owners can manage its confidential documents.',
      action: "Ask an owner to set the body's clerks in the Bodies list.",
    },
    cancelled: { title: 'The meeting is cancelled.', action: 'A notice cannot be sent for a cancelled meeting.' },
    noGroup: {
      title: 'The body has no Microsoft 365 group.',
      action: "Enter the group's id in the body's settings in the Bodies list and try again.",
    },
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
    alreadySigned: { title: 'You have already signed this version.', action: 'Nothing needs to be done.' },
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
  },

  meetingStatus: {
    Planned: 'Planned',
    Notified: 'Notice sent',
    InProgress: 'In progress',
    Closed: 'Closed',
    Cancelled: 'Cancelled',
  },
  role: { Member: 'Member', Substitute: 'Substitute' },
  position: { Chair: 'Chair', FirstViceChair: 'First vice chair', SecondViceChair: 'Second vice chair' },
};

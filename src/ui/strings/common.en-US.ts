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

import type { MailStrings } from './mail';


export const en: MailStrings = {
  heading: 'Mail',
  own: 'My inbox',
  loading: 'Loading mail …',
  unread: (n) => (n === 0 ? 'No unread' : `${n} unread`),
  showing: (shown, total) => `Showing the latest ${shown} of ${total}.`,
  empty: 'The inbox is empty.',
  from: 'From',
  received: 'Received',
  high: 'High importance',
  low: 'Low importance',
  attachment: 'Has attachments',
  unreadMark: 'Unread',
  open: (subject) => `${subject} (opens in Outlook)`,
  markRead: 'Mark as read',
  markReadLabel: (subject) => `Mark as read: ${subject}`,
  marked: 'The message is marked as read.',
  openMailbox: 'Open Outlook',
  failureText: {
    consent: () => "The portal lacks permission to read mail. Ask IT support to approve the portal's permissions.",
    accessDenied: (box) => `You have no access to the mailbox ${box}. Ask its owner or IT support for access.`,
    notFound: (box) => `The mailbox ${box} does not exist. Check the address in the web part's settings.`,
    mailboxNotEnabled: (box) => `The mailbox ${box} is not in Exchange Online or has no licence. Contact IT support.`,
    throttled: (box) => `The mailbox ${box} could not be read because Microsoft 365 is busy. Try again in a moment.`,
    signedOut: () => 'You are no longer signed in. Reload the page.',
    other: (box) => `The mailbox ${box} could not be read. Try again in a moment.`,
  },
  noSubject: '(no subject)',
};

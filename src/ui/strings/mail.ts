import type { FailureCode } from '../common/errorKind';
import { defineStrings } from './registry';
import { sv } from './mail.sv-SE';
import { en } from './mail.en-US';

/** The mailbox: own and shared mailboxes. */
export interface MailStrings {
  heading: string;
  own: string;
  loading: string;
  unread(count: number): string;
  showing(shown: number, total: number): string;
  empty: string;
  from: string;
  received: string;
  high: string;
  low: string;
  attachment: string;
  unreadMark: string;
  open(subject: string): string;
  markRead: string;
  markReadLabel(subject: string): string;
  marked: string;
  openMailbox: string;
  failureText: Record<FailureCode, (mailbox: string) => string>;
  noSubject: string;
}

export const mailStrings = defineStrings<MailStrings>('mail', { 'sv-SE': sv, 'en-US': en });

import { sv } from './mailTexts.sv-SE';
import { en } from './mailTexts.en-US';

/** The meeting as a mail names it. */
export interface MailMeeting {
  bodyName: string;
  title: string;
  /** "tisdag 1 december 2026 kl. 09:00", already in Stockholm time. */
  when: string;
}

/**
 * The e-mails an absence notice sends (to the body's clerks, and to a substitute whose call-in is
 * withdrawn). The data layer sends them, so their texts live here rather than in the UI's tables;
 * every string is a template, Swedish first and English complete.
 */
export interface NotifyMailTexts {
  /** The meeting's start as the mail shows it. */
  when(start: Date): string;
  absence: {
    subject(person: string, m: MailMeeting): string;
    intro(person: string, m: MailMeeting): string;
  };
  withdrawn: {
    subject(person: string, m: MailMeeting): string;
    intro(person: string, m: MailMeeting): string;
  };
  wholeMeeting: string;
  itemsHeading: string;
  item(number: number, title: string): string;
  reason(text: string): string;
  /** The substitutes the body's order now calls in. */
  calledInHeading: string;
  calledIn(substitute: string, forMember: string, items: string): string;
  noneCalledIn: string;
  /** In the clerk's mail: substitutes whose call-in the change withdrew (each is mailed too). */
  callInsWithdrawnHeading: string;
  /** Item numbers in a sentence: "hela sammanträdet" or "ärende 2, 3 och 5". */
  items(numbers: readonly number[] | 'all'): string;
  callInWithdrawn: {
    subject(m: MailMeeting): string;
    /** No longer called in at all. */
    whole(forMember: string, m: MailMeeting): string;
    /** Still called in for some items. */
    partly(forMember: string, m: MailMeeting, dropped: string, still: string): string;
  };
  link: string;
  footer(person: string): string;
}

const TABLES: Record<'sv-SE' | 'en-US', NotifyMailTexts> = { 'sv-SE': sv, 'en-US': en };

/**
 * The texts in a language, Swedish when there is none. Mails go out in Swedish: the recipient's
 * language is not known to the sender, and Swedish is the region's official language.
 */
export function notifyMailTexts(locale = 'sv-SE'): NotifyMailTexts {
  return TABLES[locale as keyof typeof TABLES] ?? (locale.startsWith('en') ? en : sv);
}

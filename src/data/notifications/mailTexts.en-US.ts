import { SWEDISH_TIME_ZONE } from '../../domain/time/swedishTime';
import type { NotifyMailTexts } from './mailTexts';

const at = (start: Date, o: Intl.DateTimeFormatOptions): string => start.toLocaleString('en-GB', { timeZone: SWEDISH_TIME_ZONE, ...o });

const list = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const meeting = (m: { bodyName: string; title: string; when: string }): string => `the meeting of ${m.bodyName} on ${m.when} (${m.title})`;

export const en: NotifyMailTexts = {
  when: (start) =>
    `${at(start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} at ${at(start, { hour: '2-digit', minute: '2-digit' })}`,
  absence: {
    subject: (person, m) => `Absence: ${person}, ${m.bodyName} ${m.when}`,
    intro: (person, m) => `${person} has sent an absence notice for ${meeting(m)}.`,
  },
  withdrawn: {
    subject: (person, m) => `Absence withdrawn: ${person}, ${m.bodyName} ${m.when}`,
    intro: (person, m) => `${person} has withdrawn their absence notice for ${meeting(m)} and will attend.`,
  },
  wholeMeeting: 'The notice covers the whole meeting.',
  itemsHeading: 'The notice covers the items:',
  item: (n, title) => `${n}. ${title}`,
  reason: (text) => `Reason: ${text}`,
  calledInHeading: 'Substitutes the order now calls in:',
  calledIn: (substitute, forMember, items) => `${substitute} for ${forMember} (${items})`,
  noneCalledIn: 'The substitute order calls in no substitute.',
  callInsWithdrawnHeading: 'Substitutes whose call-in is withdrawn (each is sent an e-mail):',
  items: (numbers) => (numbers === 'all' ? 'the whole meeting' : `${numbers.length === 1 ? 'item' : 'items'} ${list(numbers.map(String))}`),
  callInWithdrawn: {
    subject: (m) => `Call-in withdrawn: ${m.bodyName} ${m.when}`,
    whole: (forMember, m) =>
      `You are no longer called in to serve for ${forMember} at ${meeting(m)}. You are still welcome to attend as a substitute.`,
    partly: (forMember, m, dropped, still) =>
      `You no longer serve for ${forMember} in ${dropped} at ${meeting(m)}. You are still called in for ${still}.`,
  },
  link: 'Open the meeting in the portal',
  footer: (person) => `This message was sent by the portal on behalf of ${person}.`,
};

import { SWEDISH_TIME_ZONE } from '../../domain/time/swedishTime';
import type { NotifyMailTexts } from './mailTexts';

const at = (start: Date, o: Intl.DateTimeFormatOptions): string => start.toLocaleString('sv-SE', { timeZone: SWEDISH_TIME_ZONE, ...o });

const list = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`);
// Swedish genitive: a name ending in s, x or z takes no extra s
const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);
const meeting = (m: { bodyName: string; title: string; when: string }): string =>
  `${genitive(m.bodyName)} sammanträde ${m.when} (${m.title})`;

export const sv: NotifyMailTexts = {
  when: (start) =>
    `${at(start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} kl. ${at(start, { hour: '2-digit', minute: '2-digit' })}`,
  absence: {
    subject: (person, m) => `Förhinder: ${person}, ${m.bodyName} ${m.when}`,
    intro: (person, m) => `${person} har anmält förhinder till ${meeting(m)}.`,
  },
  withdrawn: {
    subject: (person, m) => `Förhinder återkallat: ${person}, ${m.bodyName} ${m.when}`,
    intro: (person, m) => `${person} har återkallat sitt förhinder till ${meeting(m)} och kommer att delta.`,
  },
  wholeMeeting: 'Förhindret gäller hela sammanträdet.',
  itemsHeading: 'Förhindret gäller ärendena:',
  item: (n, title) => `${n}. ${title}`,
  reason: (text) => `Anledning: ${text}`,
  calledInHeading: 'Ersättare som inkallelseordningen nu kallar in:',
  calledIn: (substitute, forMember, items) => `${substitute} för ${forMember} (${items})`,
  noneCalledIn: 'Inkallelseordningen kallar inte in någon ersättare.',
  callInsWithdrawnHeading: 'Ersättare vars inkallelse återkallas (de får e-post om det):',
  items: (numbers) =>
    numbers === 'all' ? 'hela sammanträdet' : `${numbers.length === 1 ? 'ärende' : 'ärendena'} ${list(numbers.map(String))}`,
  callInWithdrawn: {
    subject: (m) => `Inkallelsen återkallad: ${m.bodyName} ${m.when}`,
    whole: (forMember, m) =>
      `Du är inte längre inkallad att tjänstgöra för ${forMember} vid ${meeting(m)}. Du är fortfarande välkommen att närvara som ersättare.`,
    partly: (forMember, m, dropped, still) =>
      `Du tjänstgör inte längre för ${forMember} i ${dropped} vid ${meeting(m)}. Du är fortfarande inkallad för ${still}.`,
  },
  link: 'Öppna sammanträdet i Politikerportalen',
  footer: (person) => `Meddelandet skickades av Politikerportalen för ${person}.`,
};

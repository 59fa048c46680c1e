import { addDays, isoWeekday, stockholmToUtc } from '../../../../src/domain/time/swedishTime';
import { Random } from './random';
import type { SeedBody } from './region';

/**
 * A year back and a year ahead of meetings for each body, with agendas and documents,
 * as plain data relative to the anchor date.
 */
export interface SeedMeeting {
  key: string;
  bodyCode: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
  status: 'Planerat' | 'Kallat' | 'Avslutat' | 'Inställt';
  remoteAllowed: boolean;
  teamsJoinUrl: string | null;
  items: SeedItem[];
}

export interface SeedItem {
  number: number;
  title: string;
  kind: 'Beslutsärende' | 'Informationsärende' | 'Val' | 'Interpellation' | 'Anmälan';
  caseNumber: string | null;
  proposedDecision: string | null;
  section: number | null;
  documents: { name: string; title: string; kind: 'Kallelse' | 'Tjänsteskrivelse' | 'Beslutsunderlag' | 'Bilaga' }[];
}

interface Pattern {
  months: number[];
  /** ISO weekday and which occurrence in the month (-1 = last). */
  weekday: number;
  nth: number;
  from: string;
  to: string;
}

const patterns: Record<string, Pattern> = {
  RF: { months: [2, 4, 6, 9, 11], weekday: 2, nth: -1, from: '09:00', to: '17:00' },
  RS: { months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12], weekday: 3, nth: 2, from: '09:00', to: '16:00' },
  HSN: { months: [2, 3, 5, 6, 9, 10, 11, 12], weekday: 4, nth: 3, from: '09:00', to: '15:00' },
  RUN: { months: [1, 3, 4, 6, 9, 10, 12], weekday: 4, nth: 1, from: '09:30', to: '15:00' },
  PN: { months: [2, 4, 6, 9, 11], weekday: 1, nth: 2, from: '13:00', to: '16:00' },
};

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const topics = [
  { title: 'Delårsrapport', kind: 'Beslutsärende', proposal: 'Delårsrapporten godkänns.' },
  { title: 'Budget och verksamhetsplan med flerårsplan', kind: 'Beslutsärende', proposal: 'Budgeten fastställs enligt förslaget.' },
  { title: 'Motion om fler vårdplatser i Kiruna', kind: 'Beslutsärende', proposal: 'Motionen avslås.' },
  { title: 'Motion om kollektivtrafik till Sunderby sjukhus', kind: 'Beslutsärende', proposal: 'Motionen anses besvarad.' },
  { title: 'Medborgarförslag om laddstolpar vid vårdcentraler', kind: 'Beslutsärende', proposal: 'Medborgarförslaget bifalls.' },
  { title: 'Regional utvecklingsstrategi – uppföljning', kind: 'Informationsärende', proposal: null },
  { title: 'Patientsäkerhetsberättelse', kind: 'Beslutsärende', proposal: 'Patientsäkerhetsberättelsen godkänns.' },
  { title: 'Upphandling av ambulansflyg', kind: 'Beslutsärende', proposal: 'Upphandlingen genomförs enligt förslaget.' },
  { title: 'Internkontrollplan', kind: 'Beslutsärende', proposal: 'Internkontrollplanen fastställs.' },
  { title: 'Val av ersättare i patientnämnden', kind: 'Val', proposal: null },
  { title: 'Interpellation om väntetider i specialistvården', kind: 'Interpellation', proposal: null },
  { title: 'Riktlinjer för arvoden och ersättningar', kind: 'Beslutsärende', proposal: 'Riktlinjerna antas.' },
  { title: 'Samverkansavtal med kommunerna om hälso- och sjukvård', kind: 'Beslutsärende', proposal: 'Avtalet godkänns.' },
  { title: 'Länstransportplan', kind: 'Beslutsärende', proposal: 'Planen fastställs.' },
  { title: 'Rapport från verksamheten', kind: 'Informationsärende', proposal: null },
] as const;

function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  if (nth > 0) {
    const shift = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, shift + (nth - 1) * 7);
  }
  const nextFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextFirst, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

export function buildMeetings(bodies: SeedBody[], anchor: string): SeedMeeting[] {
  const rnd = new Random(4711);
  const anchorInstant = stockholmToUtc(anchor, '12:00');
  const out: SeedMeeting[] = [];
  const sectionCounter = new Map<string, number>();
  const caseCounter = new Map<string, number>();
  const [ay, am] = anchor.split('-').map(Number);
  for (let offset = -12; offset <= 12; offset++) {
    const monthIndex = ay * 12 + (am - 1) + offset;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    for (const body of bodies) {
      const p = patterns[body.code];
      if (!p || !p.months.includes(month)) continue;
      const date = nthWeekday(year, month, p.weekday, p.nth);
      const start = stockholmToUtc(date, p.from);
      const end = stockholmToUtc(date, p.to);
      const daysAhead = (start.getTime() - anchorInstant.getTime()) / 86400000;
      let status: SeedMeeting['status'] = end < anchorInstant ? 'Avslutat' : daysAhead <= 21 ? 'Kallat' : 'Planerat';
      if (body.code === 'PN' && offset === 2) status = 'Inställt';
      const key = `${body.code}-${date}`;
      const closed = status === 'Avslutat';
      const count = body.code === 'RF' ? rnd.int(8, 12) : rnd.int(5, 9);
      const items: SeedItem[] = [];
      const nextSection = (): number | null => {
        if (!closed) return null;
        const k = `${body.code}-${year}`;
        const n = (sectionCounter.get(k) ?? 0) + 1;
        sectionCounter.set(k, n);
        return n;
      };
      const nextCase = (): string => {
        const k = `${body.code}-${year}`;
        const n = (caseCounter.get(k) ?? 0) + rnd.int(3, 40);
        caseCounter.set(k, n);
        return `${body.code} ${year}/${n}`;
      };
      items.push({
        number: 1,
        title: 'Val av justerare och tid för justering',
        kind: 'Val',
        caseNumber: null,
        proposedDecision: null,
        section: nextSection(),
        documents: [
          { name: `Kallelse ${body.code} ${date}.pdf`, title: `Kallelse och föredragningslista ${body.name} ${date}`, kind: 'Kallelse' },
        ],
      });
      items.push({
        number: 2,
        title: 'Godkännande av föredragningslista',
        kind: 'Beslutsärende',
        caseNumber: null,
        proposedDecision: 'Föredragningslistan godkänns.',
        section: nextSection(),
        documents: [],
      });
      const chosen = rnd.sample(topics, count - 2);
      for (let n = 3; n <= chosen.length + 2; n++) {
        const t = chosen[n - 3];
        const caseNumber = t.kind === 'Informationsärende' ? null : nextCase();
        items.push({
          number: n,
          title: t.title,
          kind: t.kind,
          caseNumber,
          proposedDecision: t.proposal,
          section: nextSection(),
          documents:
            t.kind === 'Informationsärende'
              ? []
              : [
                  {
                    name: `${(caseNumber ?? key).replace(/[ /]/g, '-')} Tjänsteskrivelse.pdf`,
                    title: `${t.title} – tjänsteskrivelse`,
                    kind: 'Tjänsteskrivelse',
                  },
                ],
        });
      }
      const [, mm, dd] = date.split('-').map(Number);
      out.push({
        key,
        bodyCode: body.code,
        title: `${body.name} ${dd} ${monthNames[mm - 1]} ${year}`,
        start,
        end,
        location: body.location,
        status,
        // RF meets in the chamber and in Teams at once (remote participation under KL 5:16)
        remoteAllowed: true,
        teamsJoinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${Buffer.from(key).toString('hex').slice(0, 24)}%40thread.v2/0`,
        items,
      });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

import type { OverviewStrings } from './overview';
import { intlFor } from './intl';

const { list } = intlFor('sv-SE');
const extract = (sections: string | null): string => (sections ? `, § ${sections}` : '');

export const sv: OverviewStrings = {
  staffRole: 'Sekreterare',
  createMeeting: 'Skapa sammanträde',
  heading: 'Mina sammanträden',
  loading: 'Hämtar dina sammanträden…',
  empty: 'Du har inga kommande sammanträden.',
  loaded: (n) => (n === 1 ? '1 kommande sammanträde.' : `${n} kommande sammanträden.`),
  body: 'Organ',
  place: 'Plats',
  placeUnknown: 'Plats meddelas senare',
  status: 'Status',
  myRole: 'Din roll',
  agendaLink: 'Föredragningslista',
  agendaLinkLabel: (t) => `Föredragningslista, ${t}`,
  joinTeams: 'Anslut i Teams',
  joinTeamsLabel: (t) => `Anslut i Teams, ${t} (öppnas i ett nytt fönster)`,
  remoteAllowed: 'Deltagande på distans är tillåtet.',
  toDo: {
    date: (p) => `${p.day} ${p.month} ${p.year}`,
    sign: {
      heading: 'Att justera',
      link: (body, date, sections, due) =>
        `Protokoll ${body} ${date}${extract(sections)}${due ? ` — justera senast ${due}` : ' — justeringsfrist saknas'}`,
    },
    late: {
      heading: 'Försenad justering',
      link: (body, date, sections, due) =>
        `Protokoll ${body} ${date}${extract(sections)}${due ? ` — skulle justeras senast ${due}` : ' — justeringsfrist saknas'}`,
      missing: (people) => `Ej justerat av ${people}.`,
      person: (name, role) => (name ? `${name} (${role.toLowerCase()})` : role.toLowerCase()),
    },
    status: { pending: null, remind: 'Påminnelse', overdue: 'Försenad' },
    myRole: 'Din roll',
    role: { chair: 'Ordförande', coSigner: 'Justerare', secretary: 'Sekreterare' },
    settingProblem: (p) => {
      switch (p.code) {
        case 'settingMissing':
          return `Inställningen ${p.key} saknas för organet den ${p.date}. Be portalens administratör lägga in den under Inställningar.`;
        case 'settingUnreadable':
          return `Inställningen ${p.key} har värdet ”${p.value}”, som inte är ett antal dagar. Be portalens administratör rätta den.`;
        case 'settingConflict':
          return `Inställningen ${p.key} har flera värden från samma dag (${list(p.values)}). Be portalens administratör ta bort det felaktiga.`;
      }
    },
    failed: 'Det gick inte att hämta vad som väntar på dig, som protokoll att justera.',
    failedAction: 'Ladda om sidan för att försöka igen.',
  },
  past: {
    heading: 'Tidigare sammanträden',
    show: 'Visa tidigare sammanträden',
    hide: 'Dölj tidigare sammanträden',
    loading: 'Hämtar dina tidigare sammanträden…',
    empty: 'Du har inga sammanträden det senaste året.',
    loaded: (n) => (n === 1 ? '1 tidigare sammanträde.' : `${n} tidigare sammanträden.`),
  },
};

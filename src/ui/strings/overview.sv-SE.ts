import type { OverviewStrings } from './overview';

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
  past: {
    heading: 'Tidigare sammanträden',
    show: 'Visa tidigare sammanträden',
    hide: 'Dölj tidigare sammanträden',
    loading: 'Hämtar dina tidigare sammanträden…',
    empty: 'Du har inga sammanträden det senaste året.',
    loaded: (n) => (n === 1 ? '1 tidigare sammanträde.' : `${n} tidigare sammanträden.`),
  },
};

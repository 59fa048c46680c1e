import type { OverviewStrings } from './overview';

export const en: OverviewStrings = {
  staffRole: 'Secretary',
  createMeeting: 'Create meeting',
  heading: 'My meetings',
  loading: 'Loading your meetings…',
  empty: 'You have no upcoming meetings.',
  loaded: (n) => (n === 1 ? '1 upcoming meeting.' : `${n} upcoming meetings.`),
  body: 'Body',
  place: 'Place',
  placeUnknown: 'Place to be announced',
  status: 'Status',
  myRole: 'Your role',
  agendaLink: 'Agenda',
  agendaLinkLabel: (t) => `Agenda, ${t}`,
  joinTeams: 'Join in Teams',
  joinTeamsLabel: (t) => `Join in Teams, ${t} (opens in a new window)`,
  remoteAllowed: 'Remote participation is allowed.',
  past: {
    heading: 'Earlier meetings',
    show: 'Show earlier meetings',
    hide: 'Hide earlier meetings',
    loading: 'Loading your earlier meetings…',
    empty: 'You have had no meetings in the past year.',
    loaded: (n) => (n === 1 ? '1 earlier meeting.' : `${n} earlier meetings.`),
  },
};

import type { OverviewStrings } from './overview';
import { intlFor } from './intl';

const { list } = intlFor('en-GB');
const extract = (sections: string | null): string => (sections ? `, § ${sections}` : '');

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
  toDo: {
    date: (p) => `${p.day} ${p.month} ${p.year}`,
    sign: {
      heading: 'To sign',
      link: (body, date, sections, due) =>
        `Minutes ${body} ${date}${extract(sections)}${due ? ` — sign by ${due}` : ' — no signing deadline set'}`,
    },
    late: {
      heading: 'Signing overdue',
      link: (body, date, sections, due) =>
        `Minutes ${body} ${date}${extract(sections)}${due ? ` — due to be signed by ${due}` : ' — no signing deadline set'}`,
      missing: (people) => `Not signed by ${people}.`,
      person: (name, role) => (name ? `${name} (${role.toLowerCase()})` : role.toLowerCase()),
    },
    status: { pending: null, remind: 'Reminder', overdue: 'Overdue' },
    myRole: 'Your role',
    role: { chair: 'Chair', coSigner: 'Co-signer', secretary: 'Secretary' },
    settingProblem: (p) => {
      switch (p.code) {
        case 'settingMissing':
          return `The setting ${p.key} is missing for the body on ${p.date}. Ask the portal's administrator to add it under Settings.`;
        case 'settingUnreadable':
          return `The setting ${p.key} has the value “${p.value}”, which is not a number of days. Ask the portal's administrator to correct it.`;
        case 'settingConflict':
          return `The setting ${p.key} has several values from the same day (${list(p.values)}). Ask the portal's administrator to remove the wrong one.`;
      }
    },
    failed: 'What awaits you, such as minutes to sign, could not be loaded.',
    failedAction: 'Reload the page to try again.',
  },
  past: {
    heading: 'Earlier meetings',
    show: 'Show earlier meetings',
    hide: 'Hide earlier meetings',
    loading: 'Loading your earlier meetings…',
    empty: 'You have had no meetings in the past year.',
    loaded: (n) => (n === 1 ? '1 earlier meeting.' : `${n} earlier meetings.`),
  },
};

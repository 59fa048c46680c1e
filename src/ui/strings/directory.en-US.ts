import type { DirectoryStrings } from './directory';
import { intlFor } from './intl';

const { plural } = intlFor('en-GB');

export const en: DirectoryStrings = {
  heading: 'Elected officials',
  search: 'Search by name',
  body: 'Body',
  party: 'Party',
  all: 'All',
  count: (n) => `${n} ${plural(n, { one: 'person', other: 'people' })}`,
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  roles: 'Assignments',
  noContact: 'No phone number',
  exportVcf: (n) => `Export ${n} ${plural(n, { one: 'contact', other: 'contacts' })} as vCard`,
  showMore: 'Show more',
  openPerson: (name) => `Show ${name}`,
  back: 'Back to the directory',
  current: 'Current assignments',
  past: 'Past assignments',
  period: (from, to) => (to ? `${from} – ${to}` : `from ${from}`),
  empty: 'Nobody matches the search.',
  loading: 'Loading elected officials …',
  contactsFailed: 'Phone numbers and photos could not be read from Microsoft 365. Names, assignments and email are shown anyway.',
  organization: 'Region Norrbotten',
  partyNote: (p) => `Party: ${p}`,
};

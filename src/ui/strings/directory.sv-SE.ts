import type { DirectoryStrings } from './directory';
import { intlFor } from './intl';

const { plural } = intlFor('sv-SE');

export const sv: DirectoryStrings = {
  heading: 'Förtroendevalda',
  search: 'Sök på namn',
  body: 'Organ',
  party: 'Parti',
  all: 'Alla',
  count: (n) => `${n} ${plural(n, { one: 'person', other: 'personer' })}`,
  email: 'E-post',
  phone: 'Telefon',
  mobile: 'Mobil',
  roles: 'Uppdrag',
  noContact: 'Inget telefonnummer',
  exportVcf: (n) => `Exportera ${n} ${plural(n, { one: 'kontakt', other: 'kontakter' })} som vCard`,
  showMore: 'Visa fler',
  openPerson: (name) => `Visa ${name}`,
  back: 'Tillbaka till förteckningen',
  current: 'Nuvarande uppdrag',
  past: 'Tidigare uppdrag',
  period: (from, to) => (to ? `${from} – ${to}` : `från ${from}`),
  empty: 'Ingen matchar sökningen.',
  loading: 'Hämtar förtroendevalda …',
  contactsFailed: 'Telefonnummer och foton kunde inte hämtas från Microsoft 365. Namn, uppdrag och e-post visas ändå.',
  organization: 'Region Norrbotten',
  partyNote: (p) => `Parti: ${p}`,
};

import { defineStrings } from './registry';
import { sv } from './directory.sv-SE';
import { en } from './directory.en-US';

/** The directory of elected officials. */
export interface DirectoryStrings {
  heading: string;
  search: string;
  body: string;
  party: string;
  all: string;
  count(n: number): string;
  email: string;
  phone: string;
  mobile: string;
  roles: string;
  noContact: string;
  exportVcf(n: number): string;
  showMore: string;
  openPerson(name: string): string;
  back: string;
  current: string;
  past: string;
  period(from: string, to: string | null): string;
  empty: string;
  loading: string;
  contactsFailed: string;
  organization: string;
  partyNote(parties: string): string;
}

export const directoryStrings = defineStrings<DirectoryStrings>('directory', { 'sv-SE': sv, 'en-US': en });

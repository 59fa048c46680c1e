import { defineStrings } from './registry';
import { sv } from './host.sv-SE';
import { en } from './host.en-US';

/** The standalone host: navigation, sign-in, language switch. */
export interface HostStrings {
  skipToContent: string;
  mainNav: string;
  overview: string;
  settings: string;
  signedInAs(name: string): string;
  signOut: string;
  language: string;
  starting: string;
  signingIn: string;
  notFound: string;
  backToOverview: string;
  newMeeting: string;
  /** Asked before leaving a page whose form holds input not saved. */
  unsavedChanges: string;
  rollCall: string;
  pageTitle(page: string): string;
  mfaRefused: {
    title: string;
    body: string;
    action: string;
    signInAgain: string;
  };
  signInFailed: {
    title: string;
    body: string;
    code(code: string): string;
    signInAgain: string;
  };
}

export const hostStrings = defineStrings<HostStrings>('host', { 'sv-SE': sv, 'en-US': en });

import type { HostStrings } from './host';

export const en: HostStrings = {
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  overview: 'Overview',
  settings: 'Portal setup',
  signedInAs: (n) => `Signed in as ${n}`,
  signOut: 'Sign out',
  language: 'Language',
  starting: 'Starting Politikerportalen…',
  signingIn: 'Taking you to sign-in…',
  notFound: 'The page does not exist. Choose a page in the menu.',
  backToOverview: 'Back to the overview',
  newMeeting: 'New meeting',
  unsavedChanges: 'You have changes that are not saved. Leave the page and lose them?',
  rollCall: 'Roll call',
  pageTitle: (p) => `${p} – Politikerportalen`,
  mfaRefused: {
    title: 'The sign-in lacks two-factor authentication',
    body: 'Politikerportalen requires you to sign in with two steps, for example a password and a code in Microsoft Authenticator. Your sign-in was made without the second step, so the portal has not been opened and no information has been loaded.',
    action:
      'Sign in again with two-factor authentication. If you have no second step set up, contact IT support and they will help you set it up.',
    signInAgain: 'Sign in again',
  },
  signInFailed: {
    title: 'The sign-in failed',
    body: 'You could not be signed in, so the portal has not been opened. Try again. If it still fails, contact IT support and give them the code below.',
    code: (c) => `Error code: ${c}`,
    signInAgain: 'Try again',
  },
};

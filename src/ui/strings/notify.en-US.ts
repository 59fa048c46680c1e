import type { NotifyStrings } from './notify';
import { intlFor } from './intl';

const { list } = intlFor('en-US');
const because = (cause: string | null): string => (cause ? ` (${cause.replace(/\.$/, '')})` : '');

export const en: NotifyStrings = {
  clerksMailed: (names) => `${list(names)} ${names.length === 1 ? 'has' : 'have'} been sent an e-mail about it.`,
  substitutesMailed: (names) => `${list(names)} ${names.length === 1 ? 'has' : 'have'} been told by e-mail that the call-in is withdrawn.`,
  saved: { reported: 'Your absence notice is saved', withdrawn: 'Your withdrawal is saved' },
  warnings: {
    noClerks: (saved) => `${saved}, but the body has no clerk set who could be sent an e-mail about it. Please tell the clerk another way.`,
    clerkMailFailed: (saved, names, cause) =>
      `${saved}, but the e-mail to the clerk${names.length ? ` ${list(names)}` : ''} could not be sent${because(cause)}. Please tell the clerk another way.`,
    substituteMailFailed: (saved, names, cause) =>
      `${saved}, but ${list(names)} could not be told by e-mail that the call-in is withdrawn${because(cause)}. Please tell the substitute another way, or ask the clerk to.`,
  },
};

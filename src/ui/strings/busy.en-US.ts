import type { BusyStrings } from './busy';
import { intlFor } from './intl';

const { plural } = intlFor('en-GB');

export const en: BusyStrings = {
  busy: (time, s) =>
    `The service is busy right now. We will try again at ${time} (in ${s} ${plural(s, { one: 'second', other: 'seconds' })}).`,
};

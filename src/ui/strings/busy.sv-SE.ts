import type { BusyStrings } from './busy';
import { intlFor } from './intl';

const { plural } = intlFor('sv-SE');

export const sv: BusyStrings = {
  busy: (time, s) =>
    `Tjänsten är upptagen just nu. Vi försöker igen kl. ${time} (om ${s} ${plural(s, { one: 'sekund', other: 'sekunder' })}).`,
};

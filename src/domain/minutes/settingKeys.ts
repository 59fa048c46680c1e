/**
 * The minutes' keys in `Lists/Settings` (per body, with validity dates), in a module of their own so
 * that a read can name them without carrying the rules that read them (the overview's first render).
 */
import type { SigningSettings } from './deadlines';

export const MINUTES_SETTING_KEYS = {
  signingDays: 'minutes.signingDays',
  reminderDays: 'minutes.reminderDays',
} as const satisfies Record<keyof SigningSettings, string>;

/** Where the body's minutes are kept (KL 8:12: the notice says it): a place the public can go to, per body. */
export const MINUTES_KEPT_AT_KEY = 'minutes.keptAt';

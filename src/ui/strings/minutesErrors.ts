import type { MinutesRefusalCode } from '../../data/minutes/refusal';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './minutesErrors.sv-SE';
import { en } from './minutesErrors.en-US';

/**
 * Why the minutes refuse freezing, signing or a notice (src/data/minutes), and what to do instead.
 * Their own table: only the minutes views load it, not the common table every page carries.
 */
export type MinutesErrorStrings = Record<MinutesRefusalCode, ErrorText>;

export const minutesErrorStrings = defineStrings<MinutesErrorStrings>('minutesErrors', { 'sv-SE': sv, 'en-US': en });

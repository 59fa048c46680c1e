import type { LiveRefusalCode } from '../../domain/live/types';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './liveErrors.sv-SE';
import { en } from './liveErrors.en-US';

/**
 * Why the debate rules refuse a request (src/domain/live), and what to do instead. Their own table:
 * only the live meeting's forms and console load it, not the common table every page carries.
 */
export type LiveErrorStrings = Record<LiveRefusalCode, ErrorText>;

export const liveErrorStrings = defineStrings<LiveErrorStrings>('liveErrors', { 'sv-SE': sv, 'en-US': en });

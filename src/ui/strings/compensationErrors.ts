import type { CompensationRefusalCode } from '../../data/compensation/refusal';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './compensationErrors.sv-SE';
import { en } from './compensationErrors.en-US';

/**
 * Why the claims refuse a draft, a sending, an attestation or a transfer (src/data/compensation), and
 * what to do instead. Their own table: only the claims views load it, not the common table every page carries.
 */
export type CompensationErrorStrings = Record<CompensationRefusalCode, ErrorText>;

export const compensationErrorStrings = defineStrings<CompensationErrorStrings>('compensationErrors', { 'sv-SE': sv, 'en-US': en });

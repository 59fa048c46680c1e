import type { VotingRefusalCode } from '../../domain/voting/types';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './votingErrors.sv-SE';
import { en } from './votingErrors.en-US';

/**
 * Why the decision procedure refuses a step or a ballot (src/domain/voting), and what to do instead.
 * Their own table, like the debate rules' (liveErrors.ts): only the voting chunk loads it.
 */
export type VotingErrorStrings = Record<VotingRefusalCode, ErrorText>;

export const votingErrorStrings = defineStrings<VotingErrorStrings>('votingErrors', { 'sv-SE': sv, 'en-US': en });

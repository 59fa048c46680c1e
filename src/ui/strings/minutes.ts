import type { MinutesWording } from '../../domain/minutes/wording';
import { defineStrings } from './registry';
import { sv } from './minutes.sv-SE';
import { en } from './minutes.en-US';

/**
 * The minutes document's fixed texts: headings, labels and the sentences of the decision procedure
 * (`src/domain/minutes/document.ts`). The domain defines what it needs (`MinutesWording`), since it
 * may not import the UI; this table is the one place the words live.
 */
export type MinutesStrings = MinutesWording;

export const minutesStrings = defineStrings<MinutesStrings>('minutes', { 'sv-SE': sv, 'en-US': en });

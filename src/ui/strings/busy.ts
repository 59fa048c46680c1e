import { defineStrings } from './registry';
import { sv } from './busy.sv-SE';
import { en } from './busy.en-US';

/** The notice while a throttled request waits for its retry (issue 8). */
export interface BusyStrings {
  /** `time` is the clock time of the retry ("14:03:05"), `seconds` how long until then. */
  busy(time: string, seconds: number): string;
}

export const busyStrings = defineStrings<BusyStrings>('busy', { 'sv-SE': sv, 'en-US': en });

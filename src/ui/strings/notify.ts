import { defineStrings } from './registry';
import { sv } from './notify.sv-SE';
import { en } from './notify.en-US';

/** Beside a stored absence notice: who was told by e-mail, and who could not be (issue 8). */
export interface NotifyStrings {
  /** The clerks who were sent the notice. */
  clerksMailed(names: readonly string[]): string;
  /** Substitutes told that their call-in is withdrawn. */
  substitutesMailed(names: readonly string[]): string;
  /** What was stored, first in every warning: the notice, or its withdrawal. */
  saved: { reported: string; withdrawn: string };
  /** Each warning by its code; `cause` is what the service refused, in words, when known. */
  warnings: {
    noClerks(saved: string): string;
    clerkMailFailed(saved: string, names: readonly string[], cause: string | null): string;
    substituteMailFailed(saved: string, names: readonly string[], cause: string | null): string;
  };
}

export const notifyStrings = defineStrings<NotifyStrings>('notify', { 'sv-SE': sv, 'en-US': en });

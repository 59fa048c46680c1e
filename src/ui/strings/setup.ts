import type { StepKind } from '../../data/provisioning/plan';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './setup.sv-SE';
import { en } from './setup.en-US';

/** Portal setup: the site compared with the schema, and the steps that bring it up to date. */
export interface SetupStrings {
  heading: string;
  intro: string;
  checking: string;
  notOwner: ErrorText;
  summaryCaption: string;
  summaryWhat: string;
  summaryExpected: string;
  summaryMissing: string;
  summaryOutdated: string;
  summaryNotApplicable: string;
  lists: string;
  fields: string;
  levels: string;
  groups: string;
  stepsHeading(count: number): string;
  showSteps(count: number): string;
  step: Record<StepKind, (subject: string, field: string, changes: string) => string>;
  /** Names of the properties a step changes (`Indexed` → "Indexerad"); unknown names show as they are. */
  change: Record<string, string>;
  apply: string;
  applying: string;
  progress(done: number, total: number, step: string): string;
  upToDate: string;
  updated(count: number): string;
  failedTitle: string;
  failedStep(step: string): string;
  failedAction: string;
  retry: string;
}

export const setupStrings = defineStrings<SetupStrings>('setup', { 'sv-SE': sv, 'en-US': en });

import { defineStrings } from './registry';
import { sv } from './accessibility.sv-SE';
import { en } from './accessibility.en-US';

/** The accessibility statement (tillgänglighetsredogörelse, lag 2018:1937), after DIGG's model. */
export interface AccessibilityStrings {
  link: string;
  heading: string;
  intro: string;
  howAccessibleHeading: string;
  howAccessible: string;
  knownIssuesHeading: string;
  knownIssues: string[];
  reportHeading: string;
  report: string;
  reportLink: string;
  reportSubject: string;
  contactAddress: string;
  supervisionHeading: string;
  supervision: string;
  supervisionLink: string;
  technicalHeading: string;
  technical: string;
  testedHeading: string;
  tested: string;
  updated: string;
}

export const accessibilityStrings = defineStrings<AccessibilityStrings>('accessibility', { 'sv-SE': sv, 'en-US': en });

import type { AccessibilityStrings } from './accessibility';

export const en: AccessibilityStrings = {
  link: 'Accessibility',
  heading: 'Accessibility of the Politikerportal',
  intro:
    'Region Norrbotten is responsible for the Politikerportal. We want as many people as possible to be able to use it. This statement describes how the Politikerportal complies with the Swedish act (2018:1937) on accessibility of digital public services, the accessibility problems we know of, and how you can report shortcomings to us so that we can fix them.',
  howAccessibleHeading: 'How accessible is the Politikerportal?',
  howAccessible: 'We know that parts of the Politikerportal are not yet fully accessible. See the known shortcomings below.',
  knownIssuesHeading: 'Known shortcomings',
  knownIssues: [
    'Documents uploaded to meetings (PDF files, for example) may not be accessible. Contact the clerk if you need a document in another format.',
  ],
  reportHeading: 'Report a shortcoming',
  report:
    'If you cannot use some part of the Politikerportal, or find a shortcoming not listed here, contact us and we will try to solve it. Please say where on the page the problem is and which assistive technology you use.',
  reportLink: 'E-mail us about an accessibility problem',
  reportSubject: 'Accessibility problem in the Politikerportal',
  contactAddress: 'politikerportalen@norrbotten.se',
  supervisionHeading: 'Supervision',
  supervision:
    'The Agency for Digital Government (Digg) supervises the act on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
  supervisionLink: 'Report to Digg (opens digg.se)',
  technicalHeading: 'Technical information about accessibility',
  technical:
    'The Politikerportal partially complies with the act on accessibility of digital public services, because of the shortcomings described above. The goal is level AA of the Web Content Accessibility Guidelines (WCAG) 2.1.',
  testedHeading: 'How we tested the Politikerportal',
  tested:
    'Every view is tested automatically with axe-core against WCAG 2.1 levels A and AA on every change, and used with the keyboard alone and with screen readers. The views are also tried in narrow windows (400 pixels), as on a phone or in the Teams side panel.',
  updated: 'This statement was last updated on 3 December 2026.',
};

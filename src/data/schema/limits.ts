/**
 * How much text the lists' text fields hold, for the forms that fill them: the list definitions
 * (lists.ts) take their `maxLength` from here, so the form and the schema cannot disagree. Kept
 * apart from the definitions so that a form does not carry the whole schema.
 */

/** A SharePoint single line of text, the built-in Title included, holds at most 255 characters. */
export const SINGLE_LINE_MAX = 255;

export const textLimits = {
  /** Meetings: Title (Rubrik) and Location. */
  meetingTitle: SINGLE_LINE_MAX,
  meetingLocation: 255,
  /** AgendaItems: Title (Rubrik) and CaseNumber (Diarienummer). */
  itemTitle: SINGLE_LINE_MAX,
  itemCaseNumber: 40,
  /** AgendaItems: SecrecyReference, the law a confidential item is kept under ("OSL 21 kap. 1 §"). */
  itemSecrecyReference: 255,
  /** Meetings: SigningPlace, where the minutes are to be signed. */
  meetingSigningPlace: 255,
  /** AgendaItems: Decision, the decision as the minutes word it (a Note; kept readable in a section). */
  itemDecision: 10000,
  /** AgendaItems: DecisionCorrection, why a decision was reworded after the minutes went out for signing. */
  itemDecisionCorrection: 1000,
} as const;

export type TextLimitKey = keyof typeof textLimits;

/** Whether a text fits its field (what the form checks before SharePoint would refuse it). */
export function fitsField(key: TextLimitKey, text: string): boolean {
  return text.trim().length <= textLimits[key];
}

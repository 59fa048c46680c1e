import type { DomainProblem } from './refusals';

/**
 * Every reason a data call can fail, as the code the UI's string table turns into words
 * (`src/ui/strings/common.*`: `errors[code]`). The data layer never hands the UI prose: a
 * `DataError` carries one of these codes, plus an English detail for the log.
 */

/** What SharePoint or Graph refused, recognised by the error code in the response body. */
export type PlatformCode =
  | 'signedOut'
  | 'accessDenied'
  | 'consent'
  | 'notFound'
  | 'versionConflict'
  | 'duplicateValue'
  | 'relatedItems'
  | 'fileExists'
  | 'valueInvalid'
  | 'listViewThreshold'
  | 'mailboxNotEnabled'
  | 'noPhoto'
  | 'requestInvalid'
  | 'throttled'
  | 'network'
  | 'serverError';

/** What the portal's own rules refuse before anything is written: the domain's problem codes, and the repositories' own checks. */
export type RuleCode =
  | DomainProblem['code']
  | 'unknownBody'
  | 'unknownItem'
  | 'documentsAttached'
  | 'fileNameMissing'
  // confidential documents: only the body's clerks and the site owners manage them
  | 'notBodyClerk'
  | 'bodyHasNoClerks'
  // notices
  | 'cancelled'
  | 'noGroup'
  | MinutesRefusalCode
  | CompensationRefusalCode;

/** What the minutes refuse before anything is written (src/data/minutes): freezing, signing, the notice. */
export type MinutesRefusalCode =
  // freezing a version
  | 'notMinutesClerk'
  | 'noChair'
  | 'coSignersMissing'
  | 'noSecretary'
  | 'sectionsInvalid'
  | 'minutesSigned'
  // the clerk's wording of a decision
  | 'correctionReasonRequired'
  // dissents and minute notes (KL 4:27)
  | 'dissentAfterClose'
  | 'dissentNotAnnounced'
  | 'reasonsAfterSigningTime'
  | 'dissentTextMissing'
  | 'dissentTextTooLong'
  | 'decisionSigned'
  | 'decisionTooLong'
  | 'correctionReasonTooLong'
  // signing
  | 'unknownMinutes'
  | 'unknownVersion'
  | 'versionNotCurrent'
  | 'documentChanged'
  | 'notDesignated'
  | 'alreadySigned'
  // the fresh second factor right before signing (IdentityCheck)
  | 'reconfirmCancelled'
  | 'reconfirmFailed'
  // the notice of signed minutes
  | 'notSigned'
  | 'minutesKeptAtMissing'
  | 'recordChangedSinceFreeze'
  | 'postingBeforeSigned'
  | 'alreadyPosted'
  | 'noticeTakenDown'
  | 'notPosted'
  | 'appealPeriodRunning'
  | 'publicVersionInvalid';

/** What the claims refuse before anything is written (src/data/compensation): drafts, sending, attestation, payroll. */
export type CompensationRefusalCode =
  // a draft and its lines
  | 'claimLinesInvalid'
  | 'claimDateInvalid'
  | 'claimTimesInvalid'
  | 'unknownDraft'
  | 'claimBodyMismatch'
  // prefill from the recorded attendance
  | 'notPresentAtMeeting'
  | 'meetingEndUnknown'
  | 'compensationSettingMissing'
  // sending
  | 'noAssignmentInBody'
  | 'noAttestants'
  | 'supersedesNotReturned'
  | 'alreadyResent'
  // attestation, return, payroll
  | 'unknownClaim'
  | 'ownClaimAttest'
  | 'notClaimAttestant'
  | 'claimNotSubmitted'
  | 'returnReasonMissing'
  | 'claimRecordChanged'
  | 'notPayrollStaff'
  | 'claimNotAttested'
  | 'payPeriodInvalid';

export type ErrorCode = PlatformCode | RuleCode;

/** The broad kind of a failure: decides retry and whether the person can fix the input. */
export type ErrorKind = 'forbidden' | 'notFound' | 'conflict' | 'throttled' | 'network' | 'invalid' | 'unknown';

/** The code a failure of a kind gets when nothing more specific is known. */
export const codeOfKind: Record<ErrorKind, PlatformCode> = {
  forbidden: 'accessDenied',
  notFound: 'notFound',
  conflict: 'versionConflict',
  throttled: 'throttled',
  network: 'network',
  invalid: 'requestInvalid',
  unknown: 'serverError',
};

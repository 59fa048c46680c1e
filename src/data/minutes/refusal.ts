import type { ErrorKind, RuleCode } from '../errorCodes';
import { DataError } from '../services';

/** What the minutes refuse before anything is written; the UI explains the code (`errors[code]`). */
export type MinutesRefusalCode = Extract<
  RuleCode,
  | 'notMinutesClerk'
  | 'noChair'
  | 'coSignersMissing'
  | 'noSecretary'
  | 'sectionsInvalid'
  | 'minutesSigned'
  | 'unknownMinutes'
  | 'unknownVersion'
  | 'versionNotCurrent'
  | 'documentChanged'
  | 'notDesignated'
  | 'alreadySigned'
  | 'notSigned'
  | 'postingBeforeSigned'
  | 'alreadyPosted'
  | 'noticeTakenDown'
  | 'notPosted'
  | 'appealPeriodRunning'
>;

const KIND: Partial<Record<MinutesRefusalCode, { kind: ErrorKind; status: number }>> = {
  notMinutesClerk: { kind: 'forbidden', status: 403 },
  notDesignated: { kind: 'forbidden', status: 403 },
  unknownMinutes: { kind: 'notFound', status: 404 },
  unknownVersion: { kind: 'notFound', status: 404 },
};

/** A refusal as a DataError; `message` is the English detail for the log. */
export function minutesRefusal(code: MinutesRefusalCode, message: string): DataError {
  const k = KIND[code];
  return new DataError(k?.kind ?? 'invalid', message, k?.status, code);
}

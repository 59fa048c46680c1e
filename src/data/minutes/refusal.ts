import type { ErrorKind, MinutesRefusalCode } from '../errorCodes';
import { DataError } from '../services';

export type { MinutesRefusalCode };

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

import type { CompensationRefusalCode, ErrorKind } from '../errorCodes';
import { DataError } from '../services';

export type { CompensationRefusalCode };

const KIND: Partial<Record<CompensationRefusalCode, { kind: ErrorKind; status: number }>> = {
  notClaimAttestant: { kind: 'forbidden', status: 403 },
  ownClaimAttest: { kind: 'forbidden', status: 403 },
  notPayrollStaff: { kind: 'forbidden', status: 403 },
  unknownDraft: { kind: 'notFound', status: 404 },
  unknownClaim: { kind: 'notFound', status: 404 },
};

/** A refusal as a DataError; `message` is the English detail for the log. Nothing has been written when one is thrown. */
export function compensationRefusal(code: CompensationRefusalCode, message: string): DataError {
  const k = KIND[code];
  return new DataError(k?.kind ?? 'invalid', message, k?.status, code);
}

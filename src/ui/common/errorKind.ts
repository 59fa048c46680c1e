import type { ErrorCode, ErrorKind } from '../../data/errorCodes';
import type { CommonStrings, ErrorText } from '../strings';
import type { CommonErrorCode } from '../strings/common';

export type { ErrorCode, ErrorKind };

/**
 * The kind and code of a failure are read by shape rather than `instanceof`, because a host
 * bundle and a web part bundle may each carry their own copy of `DataError`.
 */
export function errorKind(error: unknown): ErrorKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && ['forbidden', 'notFound', 'conflict', 'throttled', 'network', 'invalid', 'unknown'].includes(kind)
    ? (kind as ErrorKind)
    : 'unknown';
}

/** The string-table key of a failure; anything that is not a DataError is 'serverError'. */
export function errorCode(error: unknown, strings: CommonStrings): CommonErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in strings.errors ? (code as CommonErrorCode) : 'serverError';
}

/** The failure's own code, whatever table explains it (a view's table may know codes the common one does not). */
export function rawCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Whether trying the same request again can help: a dropped connection, throttling, a server hiccup
 * or a concurrent change can; something that does not exist or that the person may not see cannot.
 */
export function canRetry(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'throttled' || kind === 'network' || kind === 'conflict' || kind === 'unknown';
}

/** What the person is told about a failure, in the UI language. */
export function errorText(error: unknown, strings: CommonStrings): ErrorText {
  return strings.errors[errorCode(error, strings)];
}

/** The few reasons a calendar or mailbox of several is shown as unavailable, each with its own sentence. */
export type FailureCode = 'consent' | 'accessDenied' | 'notFound' | 'mailboxNotEnabled' | 'throttled' | 'signedOut' | 'other';

export function failureCode(error: unknown): FailureCode {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    code === 'consent' ||
    code === 'accessDenied' ||
    code === 'notFound' ||
    code === 'mailboxNotEnabled' ||
    code === 'signedOut' ||
    code === 'throttled'
  )
    return code;
  return 'other';
}

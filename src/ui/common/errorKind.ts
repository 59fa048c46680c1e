import type { DataError } from '../../data/services';

export type ErrorKind = DataError['kind'];

const KINDS: readonly ErrorKind[] = ['forbidden', 'notFound', 'conflict', 'throttled', 'network', 'invalid', 'unknown'];

/**
 * The kind of a failure, for choosing its message. Checks the shape rather than `instanceof`,
 * because a host bundle and a web part bundle may each carry their own copy of `DataError`.
 */
export function errorKind(error: unknown): ErrorKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) ? (kind as ErrorKind) : 'unknown';
}

/** The server's own message, when there is one worth showing next to ours. */
export function errorDetail(error: unknown): string | null {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.trim() ? message.trim() : null;
}

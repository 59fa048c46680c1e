import { randomBytes } from 'crypto';

/**
 * Exchange-shaped ids ("AAMkA…"). Only letters and digits after the prefix, so `_` can
 * separate a series id from an occurrence's date unambiguously.
 */
export function exchangeId(): string {
  return (
    'AAMkA' +
    randomBytes(33)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '') +
    'AAA='
  );
}

/** A new change key: Exchange's version stamp, also the source of `@odata.etag`. */
export function changeKey(): string {
  return randomBytes(12).toString('base64');
}

/** An iCalendar UID in Exchange's format (the well-known prefix + a random part). */
export function iCalUid(): string {
  return '040000008200E00074C5B7101A82E00800000000' + randomBytes(24).toString('hex').toUpperCase();
}

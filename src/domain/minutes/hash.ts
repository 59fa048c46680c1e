import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * The fingerprint a signature binds to (DESIGN §4): SHA-256 of the exact bytes of the frozen
 * document, lowercase hex. The clerk's client computes it when freezing a version, the signer's
 * client from the bytes it shows, so both must use this one function.
 */
export function documentSha256(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const DIGEST = /^[0-9a-f]{64}$/i;

/** Whether two SHA-256 hex digests name the same bytes (a client may have written upper case; anything else is no digest). */
export function sameDigest(a: string, b: string): boolean {
  return DIGEST.test(a) && DIGEST.test(b) && a.toLowerCase() === b.toLowerCase();
}

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * A lot draw (lottning, DOMAIN §5 elections) that anyone can repeat: the console draws a seed from
 * the platform's random source, shows it to the co-signers, stores it on the vote's row, and the
 * winner follows from the seed and the candidates alone. To repeat a draw by hand:
 *
 *     digest = sha256(utf8("lot|<seed>|<candidates>|<counter>"))   counter = 0, 1, 2, …
 *     x      = the first 8 bytes of digest, as an unsigned big-endian integer
 *     accept when x < 2^64 − (2^64 mod n); the winner is sorted candidate number x mod n (from 0)
 *
 * `<candidates>` is the candidates sorted (numbers numerically, text by UTF-16 code units, never
 * by locale, which differs between clients) and joined by ",". So the order the candidates are
 * given in does not matter. Rejecting the top, incomplete stretch of 2^64 keeps every candidate's
 * chance exactly 1/n (no modulo bias); it happens with probability below n/2^64.
 */

export type Candidate = string | number;

export interface LotDraw<C extends Candidate = Candidate> {
  /** Index into the candidates as given. */
  winnerIndex: number;
  winner: C;
  /** The hex digest the winner was taken from. */
  proof: string;
  /** Which attempt was accepted (0 unless the first was rejected). */
  counter: number;
}

const SEED = /^[0-9a-f]{64}$/;
const TWO_64 = BigInt(2) ** BigInt(64);

/** The seed: 32 random bytes (crypto.getRandomValues) as lowercase hex. */
export function newLotSeed(random: Uint8Array): string {
  if (random.length !== 32) throw new RangeError('newLotSeed: 32 bytes expected');
  return bytesToHex(random);
}

/** The index x picks among n, or null when x falls in the biased top stretch and must be drawn again. */
export function acceptDraw(x: bigint, n: number): number | null {
  const count = BigInt(n);
  const limit = TWO_64 - (TWO_64 % count);
  return x < limit ? Number(x % count) : null;
}

/** The canonical text of the candidates (see above); throws on candidates that cannot be written unambiguously. */
export function candidatesText(candidates: readonly Candidate[]): string {
  const numbers = candidates.every((c) => typeof c === 'number');
  const text = candidates.every((c) => typeof c === 'string');
  if (candidates.length === 0 || !(numbers || text)) throw new RangeError('drawLot: candidates must be all numbers or all text');
  if (numbers && !candidates.every((c) => Number.isSafeInteger(c))) throw new RangeError('drawLot: number candidates must be integers');
  if (text && candidates.some((c) => c === '' || /[,|\n]/.test(c as string))) throw new RangeError('drawLot: candidate text');
  const sorted = [...candidates].sort((a, b) => (numbers ? (a as number) - (b as number) : a < b ? -1 : a > b ? 1 : 0));
  if (sorted.some((c, i) => i > 0 && c === sorted[i - 1])) throw new RangeError('drawLot: duplicate candidates');
  return sorted.map(String).join(',');
}

export function drawLot<C extends Candidate>(seed: string, candidates: readonly C[]): LotDraw<C> {
  if (!SEED.test(seed)) throw new RangeError('drawLot: seed must be 64 lowercase hex digits');
  const text = candidatesText(candidates);
  const sorted = text.split(',');
  for (let counter = 0; ; counter++) {
    const digest = sha256(utf8ToBytes(`lot|${seed}|${text}|${counter}`));
    const x = new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0, false);
    const pick = acceptDraw(x, candidates.length);
    if (pick === null) continue;
    const winnerIndex = candidates.findIndex((c) => String(c) === sorted[pick]);
    return { winnerIndex, winner: candidates[winnerIndex], proof: bytesToHex(digest), counter };
  }
}

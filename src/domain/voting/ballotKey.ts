/**
 * The ballot key `<voteId>:<voterId>:<random>` (DESIGN §4). The list keeps it unique so that a
 * client retrying a submission cannot file two ballots; the random part, drawn once per vote by the
 * voter's client, is what stops another member from writing the key first and locking the voter
 * out. The key is the client's word only: the tally checks that it names the vote and the ballot's
 * server-stamped author, and counts by author, never by key.
 */

const ID = /^[1-9][0-9]*$/;
const RANDOM = /^[A-Za-z0-9_-]{8,40}$/;

export interface BallotKeyParts {
  voteId: number;
  voterId: number;
  random: string;
}

const isId = (n: number): boolean => Number.isSafeInteger(n) && n > 0;

/** Throws on parts that would not parse back: a key is built by our own client, so that is a bug. */
export function ballotKey(voteId: number, voterId: number, random: string): string {
  if (!isId(voteId) || !isId(voterId) || !RANDOM.test(random)) throw new RangeError('ballotKey: invalid parts');
  return `${voteId}:${voterId}:${random}`;
}

/** The random part a client draws once per vote: 16 bytes (e.g. from crypto.getRandomValues) as 32 hex digits. */
export function ballotRandom(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('ballotRandom: 16 bytes expected');
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Strict: exactly three parts, ids written canonically (no sign, no leading zero), the random part 8–40 of [A-Za-z0-9_-]. */
export function parseBallotKey(key: string): BallotKeyParts | null {
  if (typeof key !== 'string') return null;
  const parts = key.split(':');
  if (parts.length !== 3) return null;
  const [vote, voter, random] = parts;
  if (!ID.test(vote) || !ID.test(voter) || !RANDOM.test(random)) return null;
  const voteId = Number(vote);
  const voterId = Number(voter);
  if (!Number.isSafeInteger(voteId) || !Number.isSafeInteger(voterId)) return null;
  return { voteId, voterId, random };
}

/**
 * Whether the key names this vote and this author: the same answer as parsing it strictly and
 * comparing, without the parse (the tally asks this of every ballot).
 */
export function keyNames(key: string, voteId: number, authorId: number): boolean {
  if (typeof key !== 'string' || !isId(voteId) || !isId(authorId)) return false;
  const prefix = `${voteId}:${authorId}:`;
  return key.startsWith(prefix) && RANDOM.test(key.slice(prefix.length));
}

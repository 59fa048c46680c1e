import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Ballot, Voter } from './types';

/**
 * SHA-256 fingerprints of a vote (DESIGN §4): the electorate frozen when the vote opened, and the
 * result (that electorate and the ballots counted). They are stored on the vote's row so that every
 * member's client, and anyone reading the minutes, can recompute them from the lists and see that
 * nobody changed the electorate or the count afterwards. The digest is lowercase hex of the UTF-8
 * bytes of a canonical text, which is spelled out here so it can be recomputed by hand:
 *
 * Electorate text: the voters sorted by seat number, then person id (numerically), one line per
 * voter, lines joined by "\n" (no trailing newline; no voters: the empty text):
 *
 *     <personId>|<seatNumber>|<capacity>|<party>
 *
 * with capacity `Member` or `ServingSubstitute` and party as stored (party codes hold neither "|"
 * nor a newline). Example: `101|1|Member|S\n205|2|ServingSubstitute|M`.
 *
 * Result text: `vote:<voteId>\n`, the electorate text, `\n--\n`, then the counted ballots sorted by
 * id (numerically), one line per ballot joined by "\n":
 *
 *     <ballotId>|<authorId>|<Yes|No|Abstain>|<created>
 *
 * with `created` the server's ISO string exactly as stored on the ballot.
 */

const byNumber = (a: number, b: number): number => a - b;

const hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

export function electorateText(voters: readonly Voter[]): string {
  return [...voters]
    .sort((a, b) => byNumber(a.seatNumber, b.seatNumber) || byNumber(a.personId, b.personId))
    .map((v) => `${v.personId}|${v.seatNumber}|${v.capacity}|${v.party}`)
    .join('\n');
}

export function electorateHash(voters: readonly Voter[]): string {
  return hex(electorateText(voters));
}

export function resultText(voteId: number, electorate: readonly Voter[], counted: readonly Ballot[]): string {
  const ballots = [...counted]
    .sort((a, b) => byNumber(a.id, b.id))
    .map((b) => `${b.id}|${b.authorId}|${b.choice}|${b.created}`)
    .join('\n');
  return `vote:${voteId}\n${electorateText(electorate)}\n--\n${ballots}`;
}

export function resultHash(voteId: number, electorate: readonly Voter[], counted: readonly Ballot[]): string {
  return hex(resultText(voteId, electorate, counted));
}

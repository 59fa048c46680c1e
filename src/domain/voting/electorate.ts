import { electorate as seatHolders, type ItemSeats } from '../meetings/seats';
import { electorateHash } from './hash';
import type { Electorate, NonParticipant, VoteKind, VoteStatus, Voter } from './types';

/**
 * The electorate of a vote (DOMAIN §2, §5), frozen when the vote opens so that who may vote cannot
 * change while it is open, and the check before opening. The item's seat table already decides who
 * holds each seat: a disqualified member's seat goes to whoever serves instead (or stays empty),
 * and people recorded absent hold none. What it cannot know is a remote link that broke in the last
 * seconds (KL 5:16): such a person is not present and must not be in the electorate.
 */

export function freezeElectorate(seats: ItemSeats, brokenLinkIds: ReadonlySet<number>): Electorate {
  // belt and braces: the seat table never seats a disqualified person, but a frozen electorate is final
  const disqualified = new Set(seats.disqualified.map((d) => d.personId));
  const voters: Voter[] = [];
  for (const h of seatHolders(seats)) {
    if (h.capacity === 'Vacant' || disqualified.has(h.personId) || brokenLinkIds.has(h.personId)) continue;
    voters.push({ personId: h.personId, seatNumber: h.seatNumber, capacity: h.capacity, party: h.party });
  }
  voters.sort((a, b) => a.seatNumber - b.seatNumber || a.personId - b.personId);
  const inside = new Set(voters.map((v) => v.personId));
  const outside: NonParticipant[] = [];
  for (const seat of seats.seats) {
    if (seat.memberId === null) continue;
    if (seat.holderId !== null && inside.has(seat.holderId) && seat.holderId !== seat.memberId) {
      // a substitute serves: the member is out, for the reason the seat table gives
      outside.push({ personId: seat.memberId, seatNumber: seat.seatNumber, party: seat.party, reason: seat.memberOut ?? 'absent' });
    } else if (!inside.has(seat.memberId)) {
      const reason = brokenLinkIds.has(seat.memberId) ? 'linkBroken' : (seat.memberOut ?? 'absent');
      outside.push({ personId: seat.memberId, seatNumber: seat.seatNumber, party: seat.party, reason });
    }
  }
  return { voters, hash: electorateHash(voters), outside };
}

export type VoteOpenProblem =
  /** An electronic vote needs a row the members can write ballots for; a secret ballot is run on paper (DESIGN §4). */
  | { code: 'paperBallot' }
  | { code: 'notPrepared'; status: VoteStatus }
  /** The question (voteringsproposition) must be approved by the assembly before the vote (AO §§ 49–52). */
  | { code: 'notApproved' }
  /** KL 5:46 / 6:27: no decision without more than half the seats held. */
  | { code: 'quorumMissing'; missing: number }
  /** KL 5:16: while a remote link is broken and the person is not recorded absent, no decision may be taken. */
  | { code: 'remoteLinkBroken'; personIds: number[] };

export interface CanOpenVoteInput {
  seats: ItemSeats;
  /** Remote participants whose link is broken and who are not recorded absent (src/domain/live/remote.ts `decisionsBlocked`). */
  blocked: readonly { personId: number }[];
  vote: { status: VoteStatus; approvedAt: string | null; kind: VoteKind };
}

/** Every reason the vote may not open now; empty when it may. */
export function canOpenVote(input: CanOpenVoteInput): VoteOpenProblem[] {
  const { seats, blocked, vote } = input;
  const problems: VoteOpenProblem[] = [];
  if (vote.kind === 'PaperSecret') problems.push({ code: 'paperBallot' });
  if (vote.status !== 'Prepared') problems.push({ code: 'notPrepared', status: vote.status });
  if (vote.approvedAt === null) problems.push({ code: 'notApproved' });
  if (!seats.quorum.ok) problems.push({ code: 'quorumMissing', missing: seats.quorum.missing });
  const personIds = [...new Set(blocked.map((b) => b.personId))].sort((a, b) => a - b);
  if (personIds.length > 0) problems.push({ code: 'remoteLinkBroken', personIds });
  return problems;
}

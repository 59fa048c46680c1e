import { keyNames } from './ballotKey';
import type { Ballot, RecordedChoice, RejectionReason, Tally, TallyWindow } from './types';

/**
 * The tally (DESIGN §4) is the guarantee of one vote per voter, whatever the members' clients
 * wrote: it counts, per vote, the first ballot (in server order) of each author in the frozen
 * electorate, created between the server times of opening and closing, whose key names the vote
 * and the author. Every other ballot is listed as rejected with its reason.
 *
 * The checks run in this order, and only a counted ballot uses up its author's vote:
 * wrongVote → early → late → keyMismatch → notEligible → duplicate. So a ballot that is late and a
 * duplicate is reported late; and a ballot someone wrote with a key naming another voter, or one
 * written before the vote opened, does not take that voter's vote: their own ballot still counts.
 *
 * Times are compared as instants; both ends of the window are inclusive because SharePoint stamps
 * times to the second, so a ballot stamped in the second the vote opened or closed counts.
 */

const instant = (iso: string): number => (typeof iso === 'string' ? Date.parse(iso) : Number.NaN);

export function tally(window: TallyWindow, ballots: readonly Ballot[]): Tally {
  const opened = instant(window.openedAt);
  const closed = window.closedAt === null ? null : instant(window.closedAt);
  // an unreadable window would count everything or nothing: refuse to tally rather than guess
  if (Number.isNaN(opened) || (closed !== null && Number.isNaN(closed))) throw new RangeError('tally: unreadable window time');

  const eligible = new Set(window.electorate.map((v) => v.personId));
  // server order: created, then id. SharePoint stamps whole seconds, so many ballots share a time
  // text: parse each text once. An unreadable time (never from SharePoint) sorts last and is
  // rejected below as late: it cannot be shown to be inside the window.
  const parsed = new Map<string, number>();
  const ordered = ballots.map((ballot) => {
    let at = parsed.get(ballot.created);
    if (at === undefined) {
      at = instant(ballot.created);
      if (Number.isNaN(at)) at = Number.POSITIVE_INFINITY;
      parsed.set(ballot.created, at);
    }
    return { ballot, at };
  });
  ordered.sort((a, b) => a.at - b.at || a.ballot.id - b.ballot.id);

  const byVoter = new Map<number, Ballot>();
  const counted: Ballot[] = [];
  const rejected: Tally['rejected'] = [];
  for (const { ballot, at } of ordered) {
    const reason = rejection(window.voteId, ballot, at, opened, closed, eligible, byVoter, window.throughBallotId ?? null);
    if (reason) {
      rejected.push({ ballot, reason });
    } else {
      byVoter.set(ballot.authorId, ballot);
      counted.push(ballot);
    }
  }

  const choices: Tally['choices'] = [];
  const listed = new Set<number>();
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  // absent and disqualified members are recorded as Deltar ej too (DOMAIN §5), in seat order with the rest
  const outside = (window.outside ?? []).map((o) => ({ personId: o.personId, seatNumber: o.seatNumber, outside: true }));
  const voters = [...window.electorate.map((v) => ({ personId: v.personId, seatNumber: v.seatNumber, outside: false })), ...outside].sort(
    (a, b) => a.seatNumber - b.seatNumber || a.personId - b.personId,
  );
  for (const v of voters) {
    if (listed.has(v.personId)) continue;
    listed.add(v.personId);
    const choice: RecordedChoice = (!v.outside && byVoter.get(v.personId)?.choice) || 'Absent';
    if (choice === 'Yes') counts.yes++;
    else if (choice === 'No') counts.no++;
    else if (choice === 'Abstain') counts.abstain++;
    else counts.absent++;
    choices.push({ personId: v.personId, choice });
  }
  return { voteId: window.voteId, ...counts, choices, counted, rejected };
}

function rejection(
  voteId: number,
  ballot: Ballot,
  at: number,
  opened: number,
  closed: number | null,
  eligible: ReadonlySet<number>,
  byVoter: ReadonlyMap<number, Ballot>,
  through: number | null,
): RejectionReason | null {
  if (ballot.voteId !== voteId) return 'wrongVote';
  if (at < opened) return 'early';
  if (at === Number.POSITIVE_INFINITY || (closed !== null && at > closed)) return 'late';
  if (through !== null && ballot.id > through) return 'late';
  if (!keyNames(ballot.key, voteId, ballot.authorId)) return 'keyMismatch';
  if (!eligible.has(ballot.authorId)) return 'notEligible';
  if (byVoter.has(ballot.authorId)) return 'duplicate';
  return null;
}

import type { SPFI } from '@pnp/sp';
import { staffIds, type MeetingStaff } from '../../domain/live/staff';
import type { Ballot, VoteRecord } from '../../domain/voting/types';
import { listUrl, type RepoContext } from '../repositories/site';
import { BALLOT_FIELDS, DETAIL_FIELDS, STEP_FIELDS, toBallots, toVoteRecord, type RawBallotRow, type RawVoteRow } from './raw';

/** A page of ballots; 1 000 voters fit in one, and the reads page on by id beyond it. */
const BALLOTS_PAGE = 5000;

/**
 * A decision step counts only when the meeting's staff created it and were the last to change it
 * (DESIGN §4): each step's item carries its own permissions, so nobody else can, but a row from
 * before those permissions or from another body's staff is ignored, never shown as a decision.
 */
function trusted(rows: readonly RawVoteRow[], staff: MeetingStaff): VoteRecord[] {
  const writers = new Set(staffIds(staff));
  const out: VoteRecord[] = [];
  for (const r of rows) {
    if (!writers.has(r.AuthorId) || !writers.has(r.EditorId)) continue;
    const v = toVoteRecord(r);
    if (v) out.push(v);
  }
  return out.sort((a, b) => a.step - b.step || a.id - b.id);
}

/**
 * The decision steps of a meeting (or of one item), without the frozen electorates and results
 * unless `withResults` (the minutes print every vote with its names). `sp` may be a batched instance.
 */
export async function readSteps(
  ctx: RepoContext,
  sp: SPFI,
  meetingId: number,
  staff: MeetingStaff,
  itemId?: number,
  withResults = false,
): Promise<VoteRecord[]> {
  const where = itemId === undefined ? `MeetingId eq ${meetingId}` : `MeetingId eq ${meetingId} and AgendaItemId eq ${itemId}`;
  // only the staff's rows come back: rows anyone else adds cannot crowd the real steps out of a page
  const authors = staffIds(staff)
    .map((id) => `AuthorId eq ${id}`)
    .join(' or ');
  const filter = authors ? `${where} and (${authors})` : `${where} and AuthorId eq 0`;
  const rows = await sp.web
    .getList(listUrl(ctx, 'Votes'))
    .items.filter(filter)
    .select(...(withResults ? DETAIL_FIELDS : STEP_FIELDS))
    .orderBy('Id', true)
    .top(500)<RawVoteRow[]>();
  return trusted(rows, staff);
}

/** The ETag of each step as it was read: the console's writes that change a step's status send it (two consoles never both act). */
export const stepEtags = new WeakMap<VoteRecord, string>();

/** One step with its frozen electorate and result: the vote on screen. */
export async function readVote(ctx: RepoContext, sp: SPFI, voteId: number, staff: MeetingStaff): Promise<VoteRecord | null> {
  const row = await sp.web
    .getList(listUrl(ctx, 'Votes'))
    .items.getById(voteId)
    .select(...DETAIL_FIELDS)<RawVoteRow>();
  const vote = trusted([row], staff)[0] ?? null;
  const etag = row['odata.etag'] ?? row.__metadata?.etag;
  if (vote && etag) stepEtags.set(vote, etag);
  return vote;
}

/** Every ballot filed under a vote with an id above `afterId`, oldest first, paging by id. */
export async function readBallots(ctx: RepoContext, sp: SPFI, voteId: number, afterId = 0): Promise<Ballot[]> {
  const out: Ballot[] = [];
  let after = afterId;
  for (;;) {
    const rows = await sp.web
      .getList(listUrl(ctx, 'Ballots'))
      .items.filter(`VoteId eq ${voteId} and Id gt ${after}`)
      .select(...BALLOT_FIELDS)
      .orderBy('Id', true)
      .top(BALLOTS_PAGE)<RawBallotRow[]>();
    out.push(...toBallots(rows));
    if (rows.length < BALLOTS_PAGE) return out;
    after = rows[rows.length - 1].Id;
  }
}

/** The person's own ballots in a vote (the first counts): what a reload or a second device shows as the receipt. */
export async function ownBallots(ctx: RepoContext, sp: SPFI, voteId: number, personId: number): Promise<Ballot[]> {
  const rows = await sp.web
    .getList(listUrl(ctx, 'Ballots'))
    .items.filter(`VoteId eq ${voteId} and AuthorId eq ${personId}`)
    .select(...BALLOT_FIELDS)
    .orderBy('Id', true)
    .top(50)<RawBallotRow[]>();
  return toBallots(rows);
}

export async function ballotByKey(ctx: RepoContext, sp: SPFI, key: string): Promise<Ballot | null> {
  const rows = await sp.web
    .getList(listUrl(ctx, 'Ballots'))
    .items.filter(`BallotKey eq '${key.replace(/'/g, "''")}'`)
    .select(...BALLOT_FIELDS)
    .top(1)<RawBallotRow[]>();
  return toBallots(rows)[0] ?? null;
}

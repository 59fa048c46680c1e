import type { Ballot, VoteChoice } from '../../domain/voting/types';
import { toDataError } from '../errors';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { ballotChoice } from './mapping';
import { BALLOT_FIELDS, toBallots, type RawBallotRow } from './raw';
import { ballotByKey } from './reads';

/** Failures worth sending the same ballot again: the server may or may not have stored it. */
const RETRY = new Set(['network', 'throttled', 'serverError']);
/** Pauses between attempts: together about 25 s, so a dropped Wi-Fi or a server restart is ridden out. */
const PAUSES_MS = [300, 600, 1200, 2400, 4000, 4000, 4000, 4000, 4000];
/** How many times a ballot is sent again at most (the bench reports against it). */
export const BALLOT_RESENDS = PAUSES_MS.length;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Casts a ballot, idempotently (DESIGN §4): a timeout, a dropped connection or a throttled answer
 * sends the same key again; "the key already exists" means an earlier attempt was stored, so it is
 * read back and shown as the receipt. Who and when are the server's: the answer's `AuthorId` and
 * `Created`, read back if the answer lacked them. Whether it counts is the tally's to say.
 */
export async function castBallot(ctx: RepoContext, voteId: number, key: string, choice: VoteChoice, wait = pause): Promise<Ballot> {
  const list = ctx.sp.web.getList(listUrl(ctx, 'Ballots'));
  for (let attempt = 0; ; attempt++) {
    try {
      const row = (await list.items.add({
        VoteId: voteId,
        BallotKey: key,
        BallotChoice: ballotChoice.toChoice(choice),
      })) as Partial<RawBallotRow> & {
        ID?: number;
      };
      const id = row.Id ?? row.ID;
      if (id && row.AuthorId && row.Created) {
        return toBallots([
          {
            Id: id,
            VoteId: voteId,
            BallotKey: key,
            BallotChoice: ballotChoice.toChoice(choice),
            AuthorId: row.AuthorId,
            Created: row.Created,
          },
        ])[0];
      }
      if (!id) throw new DataError('unknown', 'SharePoint stored the ballot but did not say its id.');
      return toBallots([await list.items.getById(id).select(...BALLOT_FIELDS)<RawBallotRow>()])[0];
    } catch (e) {
      const err = await toDataError(e);
      if (err.code === 'duplicateValue') {
        // an earlier attempt of this very ballot was stored: show it (SharePoint Online: 500 with SPDuplicateValuesFoundException)
        const stored = await ballotByKey(ctx, ctx.sp, key);
        if (stored && stored.authorId === ctx.user.siteUserId) return stored;
        throw new DataError('conflict', 'A ballot with this key exists and is not yours.', err.status, 'duplicateValue');
      }
      // the person learns at once when the last attempt failed: pressing again sends the same key
      if (!RETRY.has(err.code) || attempt >= PAUSES_MS.length) throw err;
      await wait(PAUSES_MS[attempt] + Math.floor(Math.random() * 200));
    }
  }
}

import type { SPFI } from '@pnp/sp';
import type { LivePicture } from '../../domain/live/picture';
import { staffIds } from '../../domain/live/staff';
import { ballotKey, ballotRandom, keyNames } from '../../domain/voting/ballotKey';
import { electorateHash } from '../../domain/voting/hash';
import { checkResult } from '../../domain/voting/result';
import { tally } from '../../domain/voting/tally';
import type { Ballot, DecidedBy, Side, Tally, VoteChoice, VoteRecord } from '../../domain/voting/types';
import { toDataError } from '../errors';
import type { LiveState } from '../live/raw';
import type { LiveSnapshot } from '../live/reads';
import type { RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { castBallot } from './ballots';
import type * as Steps from './consoleSteps';
import { ownBallots, readBallots, readSteps, readVote } from './reads';
import { votingRefusal } from './refusal';

/** What the desk uses of the live session that holds it. */
export interface DeskHost {
  ctx: RepoContext;
  sp: SPFI;
  snapshot(): LiveSnapshot;
  picture(): LivePicture;
  applyState(s: LiveState): void;
  /** Counts a request: `auto` ones are paced by the member budget (DESIGN §5); writes never wait. */
  count(kind: 'auto' | 'write'): void;
  subscribe(listener: () => void): () => void;
  isConsole(): boolean;
}

/** Whether every member's own recount agrees with the stored result (DESIGN §4). */
export type Verification =
  | { state: 'none' }
  | { state: 'checking' }
  | { state: 'verified' }
  | { state: 'alarm'; differences: string[] }
  | { state: 'failed'; error: DataError };

export interface VotingView {
  itemId: number | null;
  /** The current item's decision steps, in order. */
  steps: VoteRecord[];
  /** The vote on screen (prepared, open or just closed), with its electorate and result. */
  onScreen: VoteRecord | null;
  /** This person's first ballot in the vote on screen: the receipt. */
  receipt: Ballot | null;
  /** Once the vote is closed: whether the receipt's ballot was counted (false: it came after the close). */
  receiptCounted: boolean | null;
  /** Whether this person is in the frozen electorate of the vote on screen. */
  eligible: boolean;
  verification: Verification;
  /** Console only: the running tally of the open vote (who has voted, never shown as choices until the close). */
  running: Tally | null;
  error: DataError | null;
}

/** Console: how often it reads new ballots while a vote is open. */
const CONSOLE_BALLOTS_MS = 1000;
/** Ballot ids re-read on every turnout read: a ballot whose insert became visible after a higher id is still seen. */
const BALLOT_OVERLAP = 200;
/** A failed read is tried again after this pause (a member's poll is 2 s). */
const LOAD_RETRY_MS = 3000;

const nonceKey = (voteId: number, me: number) => `politikerportal.ballot.${voteId}.${me}`;

/**
 * The decision procedure on one client: reads the current item's steps whenever the console's
 * writes move the live state's `VoteMark`, the vote on screen with its frozen electorate, the
 * person's own receipt, and, once a vote closes, every ballot to recount it and compare with the
 * stored result. Members cast here; the console's steps load in their own chunk. Nothing lives
 * only here: a reload reads it all back from the lists.
 */
export class VotingDesk {
  private v: VotingView = {
    itemId: null,
    steps: [],
    onScreen: null,
    receipt: null,
    receiptCounted: null,
    eligible: false,
    verification: { state: 'none' },
    running: null,
    error: null,
  };
  private readonly listeners = new Set<() => void>();
  private loadedKey = '';
  private loading: Promise<void> | null = null;
  private again = false;
  private unsubscribe: () => void = () => undefined;
  private ballotTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private seenBallots: Ballot[] = [];
  private verifiedVote: { id: number; hash: string | null } | null = null;
  private readonly nonces = new Map<number, string>();
  private stepsLoaded: Promise<typeof Steps> | undefined;

  constructor(private readonly host: DeskHost) {}

  get view(): VotingView {
    return this.v;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<VotingView>): void {
    this.v = { ...this.v, ...patch };
    for (const l of this.listeners) l();
  }

  start(): void {
    this.unsubscribe();
    this.unsubscribe = this.host.subscribe(() => this.follow());
    this.follow();
  }

  stop(): void {
    this.unsubscribe();
    if (this.ballotTimer) clearTimeout(this.ballotTimer);
    this.ballotTimer = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private me(): number {
    return this.host.ctx.user.siteUserId;
  }

  /** Reads again when the live state says the steps, the item or the vote on screen changed. */
  private follow(): void {
    const s = this.host.snapshot().state;
    if (!s) return;
    const key = `${s.currentItemId}:${s.voteMark}:${s.openVoteId}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    void this.load();
  }

  /** One load at a time; a change during a load reads once more after it. */
  private load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          await this.loadOnce();
        } while (this.again);
        if (this.v.error) this.set({ error: null });
      } catch (e) {
        this.set({ error: e instanceof DataError ? e : await toDataError(e) });
        // tried again at the next change of the live state, and after a pause in any case: a member
        // whose read failed just as the vote opened must not wait for the close to get the form
        this.loadedKey = '';
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.follow();
        }, LOAD_RETRY_MS);
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  private async loadOnce(): Promise<void> {
    const snap = this.host.snapshot();
    const s = snap.state;
    if (!s) return;
    const itemId = s.currentItemId;
    this.host.count('auto');
    const steps = itemId === null ? [] : await readSteps(this.host.ctx, this.host.sp, snap.meeting.id, snap.staff, itemId);
    let onScreen = this.v.onScreen;
    const listed = s.openVoteId === null ? null : (steps.find((x) => x.id === s.openVoteId) ?? null);
    if (s.openVoteId === null) onScreen = null;
    else if (!onScreen || onScreen.id !== s.openVoteId || !listed || changed(onScreen, listed)) {
      this.host.count('auto');
      onScreen = await readVote(this.host.ctx, this.host.sp, s.openVoteId, snap.staff);
    }
    const eligible = Boolean(onScreen?.electorate?.voters.some((x) => x.personId === this.me()));
    let receipt = this.v.receipt && this.v.receipt.voteId === onScreen?.id ? this.v.receipt : null;
    if (onScreen && eligible && !receipt && onScreen.status !== 'Prepared') {
      // a reload, a second device: the receipt of a ballot already cast, never a second form
      this.host.count('auto');
      receipt = firstCounting(onScreen, await ownBallots(this.host.ctx, this.host.sp, onScreen.id, this.me()), this.me());
    }
    const receiptCounted =
      receipt && onScreen?.status === 'Closed' && onScreen.result ? onScreen.result.counted.includes(receipt.id) : null;
    this.set({ itemId, steps, onScreen, eligible, receipt, receiptCounted });
    if (onScreen?.status === 'Closed' && onScreen.result && onScreen.kind !== 'PaperSecret') await this.verify(onScreen);
    else if (this.v.verification.state !== 'none' && onScreen?.id !== this.verifiedVote?.id) this.set({ verification: { state: 'none' } });
    this.followBallots();
  }

  /** Every member's client recounts a closed vote from the public ballots and the frozen electorate. */
  private async verify(vote: VoteRecord): Promise<void> {
    if (this.verifiedVote?.id === vote.id && this.verifiedVote.hash === vote.resultHash) return;
    this.verifiedVote = { id: vote.id, hash: vote.resultHash };
    this.set({ verification: { state: 'checking' } });
    try {
      if (!vote.electorate || !vote.openedAt || !vote.closedAt || !vote.result || !vote.resultHash) {
        this.set({ verification: { state: 'alarm', differences: ['incomplete'] } });
        return;
      }
      const differences: string[] = [];
      if (electorateHash(vote.electorate.voters) !== vote.electorate.hash) differences.push('electorate');
      this.host.count('auto');
      const ballots = await readBallots(this.host.ctx, this.host.sp, vote.id);
      const window = {
        voteId: vote.id,
        electorate: vote.electorate.voters,
        outside: vote.electorate.outside,
        openedAt: vote.openedAt,
        closedAt: vote.closedAt,
        throughBallotId: vote.result.through ?? null,
      };
      const check = checkResult(vote.result, vote.resultHash, tally(window, ballots), window);
      if (!check.ok) differences.push(...check.differences);
      this.set({ verification: differences.length ? { state: 'alarm', differences } : { state: 'verified' } });
    } catch (e) {
      this.verifiedVote = null;
      this.set({ verification: { state: 'failed', error: e instanceof DataError ? e : await toDataError(e) } });
    }
  }

  /** Console: reads new ballots every second while a vote is open, for the turnout. */
  private followBallots(): void {
    const vote = this.v.onScreen;
    const open = this.host.isConsole() && vote?.status === 'Open';
    if (!open) {
      if (this.ballotTimer) clearTimeout(this.ballotTimer);
      this.ballotTimer = null;
      if (this.v.running && vote?.status !== 'Open') this.set({ running: null });
      return;
    }
    if (this.ballotTimer) return;
    const tick = async () => {
      const current = this.v.onScreen;
      if (!current || current.status !== 'Open' || !current.openedAt || !current.electorate) {
        this.ballotTimer = null;
        return;
      }
      try {
        if (this.seenBallots[0]?.voteId !== current.id) this.seenBallots = [];
        const after = Math.max(0, this.seenBallots.reduce((m, b) => Math.max(m, b.id), 0) - BALLOT_OVERLAP);
        const fresh = await readBallots(this.host.ctx, this.host.sp, current.id, after);
        const known = new Set(this.seenBallots.map((b) => b.id));
        this.seenBallots = [...this.seenBallots, ...fresh.filter((b) => !known.has(b.id))];
        const running = tally(
          { voteId: current.id, electorate: current.electorate.voters, openedAt: current.openedAt, closedAt: null },
          this.seenBallots,
        );
        this.set({ running });
        await (await this.steps()).reportTurnout(this.core(), current.id, running.counted.length);
      } catch (e) {
        this.set({ error: e instanceof DataError ? e : await toDataError(e) });
      }
      this.ballotTimer = this.v.onScreen?.status === 'Open' ? setTimeout(() => void tick(), CONSOLE_BALLOTS_MS) : null;
    };
    this.ballotTimer = setTimeout(() => void tick(), 0);
  }

  // ---- the member's ballot ----

  /** The random part of this person's key for a vote: drawn once, kept across reloads of this browser. */
  private nonce(voteId: number): string {
    const known = this.nonces.get(voteId);
    if (known) return known;
    let stored: string | null = null;
    try {
      stored = globalThis.localStorage?.getItem(nonceKey(voteId, this.me())) ?? null;
    } catch {
      // storage may be blocked (Teams' private mode): the nonce lives for this page only
    }
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    const nonce = stored && /^[0-9a-f]{32}$/.test(stored) ? stored : ballotRandom(bytes);
    this.nonces.set(voteId, nonce);
    try {
      globalThis.localStorage?.setItem(nonceKey(voteId, this.me()), nonce);
    } catch {
      // as above
    }
    return nonce;
  }

  /** Casts the person's ballot in the open vote; a retry after a failure sends the same key. */
  async cast(choice: VoteChoice): Promise<Ballot> {
    const vote = this.v.onScreen;
    if (!vote || vote.status !== 'Open') throw votingRefusal({ code: 'voteNotOpen' });
    if (!this.v.eligible) throw votingRefusal({ code: 'notInElectorate' });
    if (this.v.receipt) throw votingRefusal({ code: 'alreadyVoted' });
    // another device of the same person may have voted since this one read: its ballot is the receipt
    this.host.count('write');
    const earlier = firstCounting(vote, await ownBallots(this.host.ctx, this.host.sp, vote.id, this.me()), this.me());
    if (earlier) {
      this.set({ receipt: earlier });
      throw votingRefusal({ code: 'alreadyVoted' });
    }
    this.host.count('write');
    const ballot = await castBallot(this.host.ctx, vote.id, ballotKey(vote.id, this.me(), this.nonce(vote.id)), choice);
    this.set({ receipt: ballot });
    return ballot;
  }

  // ---- the console's steps (their own chunk) ----

  private steps(): Promise<typeof Steps> {
    return (this.stepsLoaded ??= import(/* webpackChunkName: 'live-console-writes' */ './consoleSteps'));
  }

  private core(): Steps.VotingCore {
    return {
      ctx: this.host.ctx,
      sp: this.host.sp,
      snapshot: () => this.host.snapshot(),
      picture: () => this.host.picture(),
      applyState: (s) => this.host.applyState(s),
      count: () => this.host.count('write'),
    };
  }

  private requireStaff(): void {
    if (!staffIds(this.host.snapshot().staff).includes(this.me())) throw votingRefusal({ code: 'notStaff' });
  }

  private async run(step: (m: typeof Steps, core: Steps.VotingCore) => Promise<unknown>): Promise<void> {
    this.requireStaff();
    const m = await this.steps();
    await step(m, this.core());
    this.loadedKey = '';
    this.follow();
    await this.loading;
  }

  recordSettled(draft: Steps.StepDraft, side: Side | null, by: DecidedBy | null): Promise<void> {
    return this.run((m, c) => m.recordSettled(c, draft, side, by));
  }
  prepareVote(draft: Steps.StepDraft): Promise<void> {
    return this.run((m, c) => m.prepareVote(c, draft));
  }
  approveVote(voteId: number, texts: { question: string; yesMeaning: string; noMeaning: string }): Promise<void> {
    return this.run((m, c) => m.approveVote(c, voteId, texts));
  }
  openVote(voteId: number): Promise<void> {
    return this.run((m, c) => m.openVote(c, voteId));
  }
  closeVote(voteId: number): Promise<void> {
    return this.run((m, c) => m.closeVote(c, voteId));
  }
  decideTie(voteId: number, side: Side): Promise<void> {
    return this.run((m, c) => m.decideTie(c, voteId, side));
  }
  drawLot(voteId: number): Promise<void> {
    return this.run((m, c) => m.drawLotFor(c, voteId));
  }
  enterPaperResult(voteId: number, counts: { yes: number; no: number; abstain: number }, witnessIds: number[]): Promise<void> {
    return this.run((m, c) => m.enterPaperResult(c, voteId, counts, witnessIds));
  }
  cancelVote(voteId: number): Promise<void> {
    return this.run((m, c) => m.cancelVote(c, voteId));
  }
}

/** The person's ballot the tally would count: the first whose key names the vote and them, cast while it was open. */
function firstCounting(vote: VoteRecord, own: readonly Ballot[], me: number): Ballot | null {
  const from = vote.openedAt ? Date.parse(vote.openedAt) : NaN;
  const to = vote.closedAt ? Date.parse(vote.closedAt) : Infinity;
  return (
    own.find((b) => {
      const at = Date.parse(b.created);
      return keyNames(b.key, vote.id, me) && at >= from && at <= to;
    }) ?? null
  );
}

/** Whether the listed step moved on from the one on screen (status, outcome or result). */
function changed(a: VoteRecord, b: VoteRecord): boolean {
  return (
    a.status !== b.status ||
    a.outcome !== b.outcome ||
    a.resultHash !== b.resultHash ||
    a.approvedAt !== b.approvedAt ||
    a.decidedBy !== b.decidedBy
  );
}

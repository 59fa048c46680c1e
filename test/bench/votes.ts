/**
 * Votes at scale (DESIGN §4, §5, §9; issue #11): `npx tsx test/bench/votes.ts` alone, or as part of
 * `npm run bench`. Never a test: timings are measured, not asserted. Everything goes through the
 * real data code (PnPjs) against the local tenant in a child process (test/bench/votes-tenant.ts),
 * so that it can be killed and restarted on its data folder while ballots are in flight.
 *
 * 1. 71 RF members (all present) cast at once, each through `castBallot` with their own token and
 *    RepoContext; the chair closes; stored / counted / lost / double-counted from the stored result.
 * 2. The same with 349 and 1 000 voters (bench bodies with that many seats, see votes-tenant.ts).
 * 3. The same with ~10 % of SharePoint requests answered 429 (Retry-After: 1, by the tenant's own
 *    fault injection, `/_local/faults`) and one SIGKILL + restart of the tenant mid-vote.
 * 4. Close → result on a stage client (the chamber screen), over several votes.
 * 5. Requests per minute per member client while a vote is open (the clients' timers run
 *    `VOTES_SPEED`× faster, the server is real, as in live-meeting.ts).
 * 6. The tally of 10 000 ballots (pure function).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { createStandaloneServices, standaloneSp } from '../../src/data/hosts/standalone';
import type { RepoContext } from '../../src/data/repositories/site';
import { listUrl } from '../../src/data/schema/urls';
import type { LiveClient, Services } from '../../src/data/services';
import { BALLOT_RESENDS, castBallot } from '../../src/data/voting/ballots';
import type { VotingDesk } from '../../src/data/voting/desk';
import type { StepDraft } from '../../src/data/voting/consoleSteps';
import { parseResult } from '../../src/data/voting/raw';
import { readBallots } from '../../src/data/voting/reads';
import { ballotKey, ballotRandom } from '../../src/domain/voting/ballotKey';
import { tally } from '../../src/domain/voting/tally';
import type { Ballot, StoredResult, VoteChoice, Voter } from '../../src/domain/voting/types';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { prepareVoteTenant, type VoteTenant } from './votes-tenant';
import { speeded } from './live-meeting';

const SIZES = (process.env.VOTES_SIZES ?? '349,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const STAGE_VOTES = Number(process.env.VOTES_STAGE ?? 10);
const SPEED = Number(process.env.VOTES_SPEED ?? 10);
const OPEN_MINUTES = Number(process.env.VOTES_OPEN_MINUTES ?? 5);
const MEMBER_CLIENTS = Number(process.env.VOTES_MEMBER_CLIENTS ?? 5);
/** Optional: one more RF run whose restart keeps the tenant away this much longer (how long an outage castBallot rides out). */
const OUTAGE_MS = Number(process.env.VOTES_OUTAGE_MS ?? 0);
const FAULT_RATE = 0.1;
/** In the fault runs, also this share of ballot answers lost after the tenant stored the ballot: the retry must find it, not file a second. */
const DROP_RATE = 0.05;
const WEB = '/sites/politikerportal';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;

/** A small seeded generator: the same choices and fault pattern on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// the wire: every request the bench's clients send goes through the global fetch (PnPjs uses it)

interface WireStats {
  sp: number;
  throttled: number;
  unavailable: number;
  networkErrors: number;
  /** Ballot POSTs answered "duplicate value": an earlier attempt of the same ballot was stored. */
  duplicates: number;
  faultsArmed: number;
  /** Ballot answers the wire dropped after the tenant stored the ballot (the client saw a network error). */
  dropped: number;
}

export class Wire {
  counting = false;
  now: () => number = () => Date.now();
  readonly byUser = new Map<string, number[]>();
  /** Probability that a SharePoint request arms a one-shot 429 at the tenant (`/_local/faults`) before it goes out. */
  faultRate = 0;
  /** Probability that the answer to a ballot POST is lost on the way back (hotel Wi-Fi): the tenant stored it, the client never hears. */
  dropRate = 0;
  private owed = 0;
  stats: WireStats = Wire.zero();
  private readonly real = globalThis.fetch;
  private readonly rnd = mulberry32(4711);

  static zero(): WireStats {
    return { sp: 0, throttled: 0, unavailable: 0, networkErrors: 0, duplicates: 0, faultsArmed: 0, dropped: 0 };
  }

  constructor(private readonly tenantUrl: string) {
    globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => this.send(input, init);
  }

  uninstall(): void {
    globalThis.fetch = this.real;
  }

  resetStats(): WireStats {
    const s = this.stats;
    this.stats = Wire.zero();
    return s;
  }

  /** The tenant forgot the faults armed and not yet answered when it was killed: arm them again. */
  restarted(): void {
    this.owed += Math.max(0, this.stats.faultsArmed - this.stats.throttled);
    this.stats.faultsArmed = this.stats.throttled;
  }

  /** Clears the tenant's armed faults (none are left behind for the next run). */
  async clearFaults(): Promise<void> {
    this.faultRate = 0;
    this.dropRate = 0;
    this.owed = 0;
    await this.real(`${this.tenantUrl}/_local/faults`, { method: 'DELETE' }).catch(() => undefined);
  }

  private async send(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const isSp = url.includes('/_api/');
    if (this.counting) {
      const auth = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization') ?? '';
      const payload = auth.split('.')[1];
      if (payload) {
        const upn = String((JSON.parse(Buffer.from(payload, 'base64url').toString()) as { upn?: string }).upn ?? '').toLowerCase();
        const list = this.byUser.get(upn) ?? [];
        list.push(this.now());
        this.byUser.set(upn, list);
      }
    }
    if (isSp && this.faultRate > 0 && (this.owed > 0 || this.rnd() < this.faultRate)) {
      // the tenant's own fault injection answers the next SharePoint request it gets 429 with Retry-After
      // (whichever client's it is: ~10 % of all of them); while the tenant is down this just fails
      if (this.owed > 0) this.owed -= 1;
      try {
        const res = await this.real(`${this.tenantUrl}/_local/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ pathContains: '/_api/', status: 429, retryAfterSeconds: 1, count: 1 }),
        });
        if (res.status === 201) this.stats.faultsArmed += 1;
        await res.arrayBuffer();
      } catch {
        // the tenant is restarting
      }
    }
    const isBallotAdd = isSp && (init?.method ?? 'GET').toUpperCase() === 'POST' && /Ballots.*\/items$/i.test(url);
    const drop = isBallotAdd && this.dropRate > 0 && this.rnd() < this.dropRate;
    try {
      const res = await this.real(input, init);
      if (drop && res.status === 201) {
        await res.arrayBuffer();
        this.stats.dropped += 1;
        throw new TypeError('fetch failed (bench: the answer was lost on the way back)');
      }
      if (isSp) {
        this.stats.sp += 1;
        if (res.status === 429) this.stats.throttled += 1;
        if (res.status === 503) this.stats.unavailable += 1;
        if (res.status === 500 && isBallotAdd) {
          if ((await res.clone().text()).includes('-2130575169')) this.stats.duplicates += 1;
        }
      }
      return res;
    } catch (e) {
      if (isSp) this.stats.networkErrors += 1;
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// people and meetings

interface Voter1 {
  upn: string;
  ctx: RepoContext;
}

export const servicesFor = (vt: VoteTenant, upn: string): Promise<Services> =>
  createStandaloneServices({
    siteUrl: vt.siteUrl,
    graphBaseUrl: `${vt.url}/graph/`,
    getToken: () => vt.token(upn),
    locale: 'sv-SE',
    links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
  });

/** Each voter as their browser would be: their own token, services (identity from the site) and PnPjs. */
export async function votersFor(vt: VoteTenant, upns: readonly string[]): Promise<Voter1[]> {
  const out: Voter1[] = [];
  for (let i = 0; i < upns.length; i += 50) {
    const chunk = await Promise.all(
      upns.slice(i, i + 50).map(async (upn) => {
        const services = await servicesFor(vt, upn);
        const ctx: RepoContext = {
          sp: standaloneSp(vt.siteUrl, () => vt.token(upn)),
          webUrl: WEB,
          user: services.user,
          now: () => new Date(),
        };
        return { upn, ctx };
      }),
    );
    out.push(...chunk);
  }
  return out;
}

interface LiveMeeting {
  meetingId: number;
  itemId: number;
  chairConsole: LiveClient;
  desk: VotingDesk;
  approveId: number;
  rejectId: number;
  memberIds: number[];
}

/** The integration test's setup: roll call of every member (clerk, batches), start, the item, two proposals, locked. */
export async function goLive(vt: VoteTenant, meetingId: number): Promise<LiveMeeting> {
  const chair = await servicesFor(vt, vt.persona('chair'));
  const chairConsole = await chair.live.open(meetingId, { console: true });
  const members = chairConsole.snapshot.meeting.seatAssignments.filter((a) => a.role === 'Member');
  const clerk = standaloneSp(vt.siteUrl, () => vt.token(vt.persona('clerk')));
  for (let i = 0; i < members.length; i += 100) {
    const [b, run] = clerk.batched();
    const writes = members
      .slice(i, i + 100)
      .map((m) =>
        b.web
          .getList(listUrl({ webUrl: WEB }, 'Attendance'))
          .items.add({ MeetingId: meetingId, PersonId: m.personId, AttendanceEvent: 'Närvarande' }),
      );
    await run();
    await Promise.all(writes);
  }
  await chairConsole.refresh();
  await chairConsole.startMeeting();
  const itemId = chairConsole.snapshot.meeting.items.find((i) => i.kind === 'Decision')!.id;
  await chairConsole.goToItem(itemId);
  const memberIds = members.map((m) => m.personId);
  await chairConsole.propose('Approve', '', memberIds[1]);
  await chairConsole.propose('Reject', '', memberIds[2]);
  await chairConsole.lockProposals();
  const set = chairConsole.picture().current!.proposals.proposals;
  chairConsole.start();
  const desk = await chairConsole.voting();
  return {
    meetingId,
    itemId,
    chairConsole,
    desk,
    approveId: set.find((p) => p.kind === 'Approve')!.id,
    rejectId: set.find((p) => p.kind === 'Reject')!.id,
    memberIds,
  };
}

let voteNo = 0;
/** Prepares, approves and opens a main vote; returns its id once the console holds it open with its electorate. */
export async function openVote(m: LiveMeeting): Promise<{ voteId: number; electorate: readonly Voter[] }> {
  voteNo += 1;
  const draft: StepDraft = {
    itemId: m.itemId,
    stepKind: 'MainVote',
    kind: 'Open',
    yesProposalId: m.approveId,
    noProposalId: m.rejectId,
    question: `Votering ${voteNo}: den som vill bifalla styrelsens förslag röstar ja; den det ej vill röstar nej.`,
    yesMeaning: 'Bifall till styrelsens förslag',
    noMeaning: 'Avslag på styrelsens förslag',
  };
  await m.desk.prepareVote(draft);
  const voteId = m.desk.view.onScreen!.id;
  await m.desk.approveVote(voteId, { question: draft.question, yesMeaning: draft.yesMeaning, noMeaning: draft.noMeaning });
  await m.desk.openVote(voteId);
  const v = m.desk.view.onScreen!;
  if (v.id !== voteId || v.status !== 'Open' || !v.electorate) throw new Error(`vote ${voteId} did not open`);
  return { voteId, electorate: v.electorate.voters };
}

// ---------------------------------------------------------------------------------------------
// 1–3: everyone casts at once

export interface CastRun {
  label: string;
  electorate: number;
  voters: number;
  acknowledged: number;
  /** castBallot threw (after its own retries): not acknowledged, so not "lost", but the voter saw an error. */
  gaveUp: string[];
  stored: number;
  /** Stored ballots beyond one per author (a retry that filed a second ballot). */
  extraStored: number;
  counted: number;
  /** Acknowledged (a receipt) but not among the counted ballots of the stored result. */
  lost: number;
  /** Counted ballots beyond one per voter, or counts that exceed the ballots counted. */
  doubleCounted: number;
  /** The stored choice of a voter differs from the one acknowledged. */
  wrongChoice: number;
  /** castBallot's re-sends after a failure (it makes 5 attempts): voters who needed any, and the most one voter needed. */
  resent: number;
  maxResends: number;
  /** Acknowledged only at castBallot's fifth and last attempt: one more failure and the voter would have seen an error. */
  atLastAttempt: number;
  /** Milliseconds from the first to the last submission leaving. */
  spreadMs: number;
  p50: number;
  p95: number;
  max: number;
  /** Every acknowledged submission's latency, ascending. */
  latencies: number[];
  wire: WireStats;
  /** Share of SharePoint answers that were 429 during the run. */
  throttledShare: number;
  restart: { downMs: number; startMs: number; ackedBefore: number } | null;
  /** closeVote → the stage client shows the result (when a stage client watches this meeting). */
  stageMs: number | null;
}

export async function castAll(
  vt: VoteTenant,
  wire: Wire,
  m: LiveMeeting,
  voters: readonly Voter1[],
  label: string,
  opts: { faults?: boolean; restart?: boolean; stage?: VotingDesk; extraDownMs?: number },
): Promise<CastRun> {
  const { voteId, electorate } = await openVote(m);
  const rnd = mulberry32(voteId);
  const plan = voters.map((v) => {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    const r = rnd();
    const choice: VoteChoice = r < 0.45 ? 'Yes' : r < 0.85 ? 'No' : 'Abstain';
    return { v, key: ballotKey(voteId, v.ctx.user.siteUserId, ballotRandom(bytes)), choice };
  });
  if (opts.stage) {
    // the stage shows the open vote before the close is timed
    const end = Date.now() + 10_000;
    while (opts.stage.view.onScreen?.id !== voteId && Date.now() < end) await sleep(20);
  }
  wire.resetStats();
  if (opts.faults) {
    wire.faultRate = FAULT_RATE;
    wire.dropRate = DROP_RATE;
  }

  let acked = 0;
  let restartInfo: CastRun['restart'] = null;
  let restarting: Promise<void> | null = null;
  const threshold = Math.max(1, Math.floor(voters.length * 0.3));
  const onAck = (): void => {
    acked += 1;
    if (opts.restart && !restarting && acked >= threshold) {
      const ackedBefore = acked;
      restarting = vt.kill9AndRestart(opts.extraDownMs).then((r) => {
        wire.restarted();
        restartInfo = { ...r, ackedBefore };
      });
    }
  };
  const starts: number[] = [];
  const outcomes = await Promise.all(
    plan.map(async (p) => {
      const t0 = performance.now();
      starts.push(t0);
      // castBallot's own backoff, counted: each call is one more send of the same key after a failure
      let resends = 0;
      const wait = (ms: number) => {
        resends += 1;
        return sleep(ms);
      };
      try {
        const ballot = await castBallot(p.v.ctx, voteId, p.key, p.choice, wait);
        onAck();
        return { p, ballot, ms: performance.now() - t0, resends, error: null as string | null };
      } catch (e) {
        return { p, ballot: null as Ballot | null, ms: performance.now() - t0, resends, error: String((e as Error).message ?? e) };
      }
    }),
  );
  if (restarting) await restarting;
  const wireStats = wire.resetStats();
  await wire.clearFaults();

  // the chair closes; the stage client (if any) is timed from the call to the result on screen
  let stageMs: number | null = null;
  const stageSeen = opts.stage
    ? waitFor(opts.stage, (v) => v.onScreen?.id === voteId && v.onScreen.status === 'Closed' && !!v.onScreen.result)
    : null;
  const closeAt = performance.now();
  await m.desk.closeVote(voteId);
  if (stageSeen) stageMs = (await stageSeen) - closeAt;

  const result = await storedResult(vt, voteId);
  const owner: RepoContext = ownerCtx(vt);
  const stored = await readBallots(owner, owner.sp, voteId);
  const authorOf = new Map(stored.map((b) => [b.id, b.authorId]));
  const perAuthor = new Map<number, number>();
  for (const b of stored) perAuthor.set(b.authorId, (perAuthor.get(b.authorId) ?? 0) + 1);
  const countedIds = new Set(result.counted);
  const countedAuthors = new Set(result.counted.map((id) => authorOf.get(id)));
  const choiceOf = new Map(result.choices.map(([pid, c]) => [pid, c]));
  const letter: Record<VoteChoice, string> = { Yes: 'J', No: 'N', Abstain: 'A' };
  const acks = outcomes.filter((o) => o.ballot);
  const ms = outcomes
    .filter((o) => o.ballot)
    .map((o) => o.ms)
    .sort((a, b) => a - b);
  const sumCounts = result.yes + result.no + result.abstain;
  return {
    label,
    electorate: electorate.length,
    voters: voters.length,
    acknowledged: acks.length,
    gaveUp: outcomes.filter((o) => o.error).map((o) => `${o.p.v.upn}: ${o.error}`),
    stored: stored.length,
    extraStored: [...perAuthor.values()].reduce((n, c) => n + c - 1, 0),
    counted: result.counted.length,
    lost: acks.filter((o) => !countedIds.has(o.ballot!.id)).length,
    doubleCounted: result.counted.length - countedAuthors.size + Math.max(0, sumCounts - result.counted.length),
    wrongChoice: acks.filter((o) => choiceOf.get(o.p.v.ctx.user.siteUserId) !== letter[o.p.choice]).length,
    resent: outcomes.filter((o) => o.resends > 0).length,
    maxResends: Math.max(0, ...outcomes.map((o) => o.resends)),
    atLastAttempt: outcomes.filter((o) => o.ballot && o.resends >= BALLOT_RESENDS).length,
    spreadMs: starts.length ? Math.max(...starts) - Math.min(...starts) : 0,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms[ms.length - 1] ?? NaN,
    latencies: ms,
    wire: wireStats,
    throttledShare: wireStats.sp ? wireStats.throttled / wireStats.sp : 0,
    restart: restartInfo,
    stageMs,
  };
}

const ownerCtx = (vt: VoteTenant): RepoContext => ({
  sp: standaloneSp(vt.siteUrl, () => vt.token(vt.persona('owner'))),
  webUrl: WEB,
  user: { siteUserId: 0, loginName: '', displayName: '', email: '' },
  now: () => new Date(),
});

/** The result as the close stored it on the vote's row (not the console's memory). */
async function storedResult(vt: VoteTenant, voteId: number): Promise<StoredResult> {
  const owner = ownerCtx(vt);
  const row = await owner.sp.web.getList(listUrl(owner, 'Votes')).items.getById(voteId).select('Result', 'VoteStatus')<{
    Result: string | null;
    VoteStatus: string;
  }>();
  const r = parseResult(row.Result);
  if (!r) throw new Error(`vote ${voteId}: no stored result (status ${row.VoteStatus})`);
  return r;
}

/** Resolves with performance.now() when the desk's view satisfies `ok` (15 s at most). */
function waitFor(desk: VotingDesk, ok: (v: VotingDesk['view']) => boolean, ms = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let unsub = (): void => undefined;
    const timer = setTimeout(() => {
      unsub();
      reject(new Error('timed out waiting for the desk'));
    }, ms);
    const check = (): void => {
      if (ok(desk.view)) {
        clearTimeout(timer);
        unsub();
        resolve(performance.now());
      }
    };
    const u = desk.subscribe(check);
    unsub = () => void u();
    check();
  });
}

// ---------------------------------------------------------------------------------------------
// 5: requests per minute per member client during an open vote

export interface PerMinute {
  clients: number;
  openMinutes: number;
  mean: number;
  max: number;
  /** The simulated minute in which the vote closed (the reads of the result and the recount). */
  closeMinuteMax: number;
  castOk: number;
}

async function requestsPerMinute(vt: VoteTenant, wire: Wire, m: LiveMeeting, voters: readonly Voter1[]): Promise<PerMinute> {
  const chairUpn = vt.persona('chair');
  const memberUpn = vt.persona('member');
  const pool = voters.filter((v) => v.upn !== chairUpn);
  const clients = [pool.find((v) => v.upn === memberUpn)!, ...pool.filter((v) => v.upn !== memberUpn)].slice(0, MEMBER_CLIENTS);
  const others = voters.filter((v) => !clients.includes(v));
  const timers = speeded(SPEED);
  const sessions = await Promise.all(
    clients.map(async (c) => {
      const s = await (await servicesFor(vt, c.upn)).live.open(m.meetingId, { console: false, timers });
      s.start();
      return { c, s, desk: await s.voting() };
    }),
  );
  const { voteId } = await openVote(m);
  await Promise.all(sessions.map((x) => waitFor(x.desk, (v) => v.onScreen?.id === voteId && v.onScreen.status === 'Open')));
  wire.byUser.clear();
  wire.now = timers.now;
  wire.counting = true;
  const start = timers.now();
  const minute = 60_000;
  // the rest of the assembly votes over the first two minutes (the console's turnout moves the live state);
  // each member client votes in its second minute
  const step = (2 * minute) / Math.max(1, others.length);
  let castOk = 0;
  const casting = Promise.all([
    ...others.map(async (o, i) => {
      while (timers.now() < start + i * step) await sleep(5);
      const bytes = new Uint8Array(16);
      globalThis.crypto.getRandomValues(bytes);
      await castBallot(o.ctx, voteId, ballotKey(voteId, o.ctx.user.siteUserId, ballotRandom(bytes)), i % 2 ? 'Yes' : 'No');
    }),
    ...sessions.map(async (x, i) => {
      while (timers.now() < start + minute + (i * minute) / sessions.length) await sleep(5);
      await x.desk.cast('Yes');
      castOk += 1;
    }),
  ]);
  while (timers.now() < start + OPEN_MINUTES * minute) await sleep(20);
  await casting;
  await m.desk.closeVote(voteId);
  const closedAt = timers.now();
  while (timers.now() < start + (OPEN_MINUTES + 1) * minute) await sleep(20);
  wire.counting = false;
  wire.now = () => Date.now();
  sessions.forEach((x) => x.s.stop());
  const perMinute: number[] = [];
  const closeMinute: number[] = [];
  const closeIndex = Math.floor((closedAt - start) / minute);
  for (const x of sessions) {
    const sent = wire.byUser.get(x.c.upn) ?? [];
    for (let k = 0; k <= OPEN_MINUTES; k++) {
      const from = start + k * minute;
      const n = sent.filter((at) => at >= from && at < from + minute).length;
      if (k < closeIndex) perMinute.push(n);
      else if (k === closeIndex) closeMinute.push(n);
    }
  }
  return {
    clients: sessions.length,
    openMinutes: closeIndex,
    mean: perMinute.reduce((a, b) => a + b, 0) / Math.max(1, perMinute.length),
    max: Math.max(...perMinute),
    closeMinuteMax: Math.max(...closeMinute),
    castOk,
  };
}

// ---------------------------------------------------------------------------------------------
// 6: the tally, pure

export interface TallyBench {
  ballots: number;
  counted: number;
  rejected: number;
  /** Ballots in the list's order (by id), as readBallots returns them. */
  medianMs: number;
  maxMs: number;
  /** The same ballots shuffled. */
  shuffledMedianMs: number;
  shuffledMaxMs: number;
}

export function tallyBench(runs = 20): TallyBench {
  const rnd = mulberry32(10_000);
  const voteId = 42;
  const voters: Voter[] = Array.from({ length: 9_700 }, (_, i) => ({
    personId: 1000 + i,
    seatNumber: i + 1,
    capacity: i % 50 === 0 ? 'ServingSubstitute' : 'Member',
    party: ['S', 'M', 'SD', 'V', 'SJVP', 'C', 'KD'][i % 7],
  }));
  const openedAt = '2026-12-02T10:00:00Z';
  const closedAt = '2026-12-02T10:01:30Z';
  const at = (s: number) => new Date(Date.parse(openedAt) + s * 1000).toISOString().replace('.000Z', 'Z');
  const key = (author: number, n: number) => `${voteId}:${author}:${n.toString(16).padStart(16, 'a')}`;
  const ballots: Ballot[] = [];
  let id = 5000;
  const add = (authorId: number, created: string, k = key(authorId, id)) =>
    ballots.push({ id: id++, voteId, authorId, key: k, choice: (['Yes', 'No', 'Abstain'] as const)[Math.floor(rnd() * 3)], created });
  // 9 400 valid first ballots, then 200 duplicates, 150 not eligible, 100 late, 100 early, 50 key mismatches
  for (let i = 0; i < 9_400; i++) add(voters[i].personId, at(Math.floor(rnd() * 90)));
  for (let i = 0; i < 200; i++) add(voters[i * 7].personId, at(60 + Math.floor(rnd() * 30)));
  for (let i = 0; i < 150; i++) add(50_000 + i, at(Math.floor(rnd() * 90)));
  for (let i = 0; i < 100; i++) add(voters[9_400 + i].personId, at(91 + Math.floor(rnd() * 60)));
  for (let i = 0; i < 100; i++) add(voters[9_500 + i].personId, at(-1 - Math.floor(rnd() * 60)));
  for (let i = 0; i < 50; i++) add(voters[9_600 + i].personId, at(Math.floor(rnd() * 90)), key(voters[i].personId, id));
  // as the list returns them (readBallots: by id, and ids follow the server's Created), and shuffled
  // (the tally's own sort does all the work)
  const served = [...ballots].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  served.forEach((b, i) => (b.id = 5000 + i));
  const shuffled = [...served];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const window = { voteId, electorate: voters, openedAt, closedAt };
  const measure = (input: readonly Ballot[]) => {
    for (let w = 0; w < 3; w++) tally(window, input);
    const times: number[] = [];
    let last = tally(window, input);
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      last = tally(window, input);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { last, median: percentile(times, 50), max: times[times.length - 1] };
  };
  const inOrder = measure(served);
  const mixed = measure(shuffled);
  return {
    ballots: served.length,
    counted: inOrder.last.counted.length,
    rejected: inOrder.last.rejected.length,
    medianMs: inOrder.median,
    maxMs: inOrder.max,
    shuffledMedianMs: mixed.median,
    shuffledMaxMs: mixed.max,
  };
}

// ---------------------------------------------------------------------------------------------

export interface VotesBench {
  preparedInS: number;
  runs: CastRun[];
  /** The RF votes without faults (the first and the stage votes), pooled. */
  rfClean: {
    votes: number;
    voters: number;
    acknowledged: number;
    counted: number;
    lost: number;
    doubleCounted: number;
    p50: number;
    p95: number;
  };
  stage: { votes: number; p50: number; p95: number; max: number };
  perMinute: PerMinute;
  tally: TallyBench;
  seconds: number;
}

export async function rfVoters(vt: VoteTenant, m: LiveMeeting): Promise<Voter1[]> {
  const owner = ownerCtx(vt);
  const rows = await owner.sp.web
    .getList(listUrl(owner, 'Assignments'))
    .items.filter(`BodyId eq ${m.chairConsole.snapshot.meeting.bodyId} and Role eq 'Ledamot'`)
    .select('PersonId', 'Person/EMail')
    .expand('Person')
    .top(500)<{ PersonId: number; Person: { EMail: string } }[]>();
  const ids = new Set(m.memberIds);
  return votersFor(
    vt,
    rows.filter((r) => ids.has(r.PersonId)).map((r) => r.Person.EMail.toLowerCase()),
  );
}

export async function votesBench(log: (line: string) => void = () => undefined): Promise<VotesBench> {
  const began = performance.now();
  const vt = await prepareVoteTenant(swedishDate(new Date()), SIZES);
  const wire = new Wire(vt.url);
  const runs: CastRun[] = [];
  const stageTimes: number[] = [];
  const rfRuns: CastRun[] = [];
  let perMinute: PerMinute | undefined;
  try {
    log(`tenant prepared in ${vt.preparedInS.toFixed(1)} s`);
    // RF: the next meeting of regionfullmäktige, every member present
    const chair = await servicesFor(vt, vt.persona('chair'));
    const rfMeeting = (await chair.meetings.myUpcoming(20)).find((x) => x.bodyCode === 'RF')!.id;
    const rf = await goLive(vt, rfMeeting);
    const rfPeople = await rfVoters(vt, rf);
    log(`RF live: ${rfPeople.length} voters`);

    // the chamber screen's stage page
    const stageClient = await (await servicesFor(vt, vt.persona('substitute'))).live.open(rfMeeting, { console: false, stage: true });
    stageClient.start();
    const stageDesk = await stageClient.voting();

    const first = await castAll(vt, wire, rf, rfPeople, `${rfPeople.length} RF members at once`, { stage: stageDesk });
    runs.push(first);
    rfRuns.push(first);
    if (first.stageMs !== null) stageTimes.push(first.stageMs);
    log(`RF: ${JSON.stringify({ ...first, wire: undefined, latencies: undefined })}`);
    for (let i = 1; i < STAGE_VOTES; i++) {
      const r = await castAll(vt, wire, rf, rfPeople, 'stage', { stage: stageDesk });
      rfRuns.push(r);
      if (r.stageMs !== null) stageTimes.push(r.stageMs);
      log(`stage vote ${i + 1}: submit p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms; stage ${r.stageMs?.toFixed(0)} ms`);
      if (r.lost || r.doubleCounted || r.gaveUp.length) runs.push({ ...r, label: `${rfPeople.length} RF members (stage vote ${i + 1})` });
    }
    stageClient.stop();
    log(`stage: ${stageTimes.map((x) => x.toFixed(0)).join(', ')} ms`);

    perMinute = await requestsPerMinute(vt, wire, rf, rfPeople);
    log(`per minute: ${JSON.stringify(perMinute)}`);

    runs.push(await castAll(vt, wire, rf, rfPeople, `${rfPeople.length} RF members, 10 % 429 + restart`, { faults: true, restart: true }));
    if (OUTAGE_MS > 0)
      runs.push(
        await castAll(vt, wire, rf, rfPeople, `${rfPeople.length} RF members, tenant away ${OUTAGE_MS / 1000} s longer`, {
          restart: true,
          extraDownMs: OUTAGE_MS,
        }),
      );
    rf.chairConsole.stop();

    if (vt.benchBodies.length) {
      const most = vt.benchBodies.reduce((a, b) => (b.seats > a.seats ? b : a));
      const people = await votersFor(vt, most.voters);
      for (const body of vt.benchBodies) {
        const m = await goLive(vt, body.meetingId);
        const voters = people.slice(0, body.seats);
        log(`B${body.seats} live`);
        runs.push(await castAll(vt, wire, m, voters, `${body.seats} voters at once`, {}));
        runs.push(await castAll(vt, wire, m, voters, `${body.seats} voters, 10 % 429 + restart`, { faults: true, restart: true }));
        m.chairConsole.stop();
      }
    }
  } finally {
    wire.uninstall();
    await vt.stop();
  }
  stageTimes.sort((a, b) => a - b);
  const pooled = rfRuns.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const sum = (f: (r: CastRun) => number) => rfRuns.reduce((n, r) => n + f(r), 0);
  return {
    preparedInS: vt.preparedInS,
    runs,
    rfClean: {
      votes: rfRuns.length,
      voters: sum((r) => r.voters),
      acknowledged: sum((r) => r.acknowledged),
      counted: sum((r) => r.counted),
      lost: sum((r) => r.lost),
      doubleCounted: sum((r) => r.doubleCounted),
      p50: percentile(pooled, 50),
      p95: percentile(pooled, 95),
    },
    stage: {
      votes: stageTimes.length,
      p50: percentile(stageTimes, 50),
      p95: percentile(stageTimes, 95),
      max: stageTimes[stageTimes.length - 1],
    },
    perMinute: perMinute!,
    tally: tallyBench(),
    seconds: (performance.now() - began) / 1000,
  };
}

/** The rows for the bench table (run.ts and this file alone). */
export function votesRows(r: VotesBench): [string, string, string][] {
  const rows: [string, string, string][] = [];
  for (const run of r.runs) {
    const faulted = run.restart !== null || run.wire.faultsArmed > 0;
    rows.push([
      `votes: ${run.label}`,
      `${run.acknowledged}/${run.voters} acknowledged, ${run.stored} stored, ${run.counted} counted, lost ${run.lost}, double-counted ${run.doubleCounted}` +
        (run.gaveUp.length ? `, ${run.gaveUp.length} gave up` : '') +
        (run.wrongChoice ? `, ${run.wrongChoice} wrong choice` : '') +
        (run.extraStored ? `, ${run.extraStored} extra stored` : ''),
      run.electorate === run.voters
        ? faulted
          ? 'lost 0, double 0'
          : `${run.voters} stored, ${run.voters} counted`
        : `electorate ${run.electorate}?`,
    ]);
    rows.push([
      `votes: ${run.label}: submit latency`,
      `p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms, max ${run.max.toFixed(0)} ms (sent within ${run.spreadMs.toFixed(0)} ms)`,
      run.voters <= 71 && !faulted ? 'p95 ≤ 300 ms' : '—',
    ]);
    if (faulted)
      rows.push([
        `votes: ${run.label}: faults`,
        `${(run.throttledShare * 100).toFixed(1)} % of ${run.wire.sp} SP answers 429, ${run.wire.unavailable} × 503, ${run.wire.networkErrors} network errors, ` +
          `${run.wire.dropped} ballot answers dropped after storing, ${run.wire.duplicates} retries found their ballot already stored; ` +
          `castBallot re-sent for ${run.resent} voters, at most ${run.maxResends} times (of ${BALLOT_RESENDS}), ${run.atLastAttempt} stored only at the last attempt` +
          (run.restart ? `; killed after ${run.restart.ackedBefore} acks, back in ${(run.restart.downMs / 1000).toFixed(1)} s` : ''),
        '—',
      ]);
  }
  const c = r.rfClean;
  rows.push([
    `votes: RF, all ${c.votes} votes without faults pooled`,
    `${c.acknowledged}/${c.voters} acknowledged, ${c.counted} counted, lost ${c.lost}, double-counted ${c.doubleCounted}; submit p50 ${c.p50.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms`,
    'p95 ≤ 300 ms',
  ]);
  rows.push([
    `votes: close → result on the stage (${r.stage.votes} votes)`,
    `p50 ${r.stage.p50.toFixed(0)} ms, p95 ${r.stage.p95.toFixed(0)} ms, max ${r.stage.max.toFixed(0)} ms`,
    '≤ 1 s',
  ]);
  rows.push([
    `votes: requests per minute per member client, open vote (${r.perMinute.clients} clients, ${r.perMinute.openMinutes} min at ${SPEED}×)`,
    `mean ${r.perMinute.mean.toFixed(1)}, max ${r.perMinute.max}; minute of the close max ${r.perMinute.closeMinuteMax}`,
    '≤ 35',
  ]);
  rows.push([
    `votes: tally of ${r.tally.ballots} ballots (${r.tally.counted} counted, ${r.tally.rejected} rejected)`,
    `median of 20 ${r.tally.medianMs.toFixed(1)} ms (max ${r.tally.maxMs.toFixed(1)}) in list order; shuffled ${r.tally.shuffledMedianMs.toFixed(1)} ms (max ${r.tally.shuffledMaxMs.toFixed(1)})`,
    '≤ 20 ms',
  ]);
  return rows;
}

if (require.main === module)
  votesBench((line) => console.log(line)).then(
    (r) => {
      for (const run of r.runs) if (run.gaveUp.length) console.log(`${run.label}: gave up:\n  ${run.gaveUp.slice(0, 10).join('\n  ')}`);
      const rows = votesRows(r);
      const w = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
      console.log(`\n${'what'.padEnd(w[0])}  ${'measured'.padEnd(w[1])}  target`);
      for (const x of rows) console.log(`${x[0].padEnd(w[0])}  ${x[1].padEnd(w[1])}  ${x[2]}`);
      console.log(`\n(${r.seconds.toFixed(0)} s, of which ${r.preparedInS.toFixed(1)} s preparing the tenant)`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );

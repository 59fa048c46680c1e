import type { Proposal, ProposalKind, ProposalSet } from '../live/types';
import { minorityReferral } from './minority';
import type { DecidedBy, Side, StepKind, VoteRecord } from './types';

/**
 * The decision procedure on an item (DOMAIN §4–5, counter-proposal voting), replayed from the steps
 * the chair's console has recorded on `Lists/Votes`: what the console must do next, what the item has
 * decided so far, the settled steps for the minutes, and the records that do not fit. Pure; never throws.
 *
 * The order the procedure takes:
 * 1. Minority referrals back (KL 5:50), in the order made: each is counted (asking = the proposer and
 *    the supporters) and recorded as a `MinorityReferral` step, Ja when a third of those present ask
 *    (decidedBy 'Minority': the item is referred back, nothing else is decided), Nej when not.
 * 2. Procedural motions in the order made: återremiss, bordläggning and the minority referrals that did
 *    not reach a third. Ja = decided today, Nej = the motion; Nej ends the item.
 * 3. The main proposals (bifall, avslag, own): the chair declares the main proposal; if a vote is asked
 *    for, the counter-proposal is the other one (two) or the winner of the elimination chain in the
 *    approved order (three or more); then the main vote.
 * 4. Amendments and additions one by one, in the order made, unless avslag won (then they lapse).
 *
 * Each expected step is matched against the next recorded step (by step number). A record that does
 * not fit is listed in `problems` and skipped, so the console keeps asking for the step the procedure
 * needs; a record that fits but is not settled yet stops the procedure (`awaiting`).
 */

export interface ProcedureInput {
  /** The item's proposals; withdrawn ones do not count. Must be locked before any step. */
  proposals: ProposalSet;
  /** The item's recorded steps in any order; cancelled steps are ignored. */
  steps: readonly VoteRecord[];
  /** Members present (seat holders) now, for the minority referral (KL 5:50). */
  present: number;
  /** The item is an election: ties in the main chain are settled by lot. */
  election: boolean;
  /** The body's rules settle a tie in a counter-proposal step by lot (DOMAIN §5, a setting; default the casting vote). */
  eliminationTieByLot?: boolean;
}

export type ProceduralMotion = 'ReferBack' | 'Table';

/** Why the procedure waits on a recorded step. */
export type AwaitingReason =
  /** Recorded, the question not yet put (or the order not yet approved). */
  | 'prepared'
  /** The vote is open. */
  | 'open'
  /** Closed on a tie the chair did not settle with a casting vote: the chair decides. */
  | 'chairMustDecide'
  /** Closed on a tie in an election: a lot is drawn. */
  | 'lotNeeded';

/** What the chair's console must do now. */
export type ProcedureNext =
  | { kind: 'lockFirst' }
  /** Count a minority referral back and record it (`MinorityReferral`: Ja + 'Minority' when it passes, Nej when not). */
  | { kind: 'minority'; proposalId: number; asking: number; present: number; required: number; passes: boolean }
  /** `Procedural`, yesProposalId = the motion: Ja = decided today, Nej = the motion. */
  | { kind: 'procedural'; proposalId: number; motion: ProceduralMotion }
  /** `MainDeclared`, yesProposalId = the main proposal: Ja + 'Acclamation' when nobody asks for a vote, outcome null when a vote is asked. */
  | { kind: 'declareMain'; candidates: number[] }
  /** The only main proposal: `MainDeclared` with Ja + 'Acclamation'. */
  | { kind: 'acclaimSingle'; proposalId: number }
  /** `Order`: the remaining main proposals in the order made; the chair may reorder, the assembly approves. */
  | { kind: 'order'; proposed: number[] }
  /** `Elimination`, round from 1: Ja = current, Nej = challenger; the winner goes on. */
  | { kind: 'elimination'; current: number; challenger: number; round: number }
  /** `MainVote`: Ja = the main proposal, Nej = the counter-proposal. */
  | { kind: 'mainVote'; main: number; counter: number }
  /** `Amendment`, yesProposalId = the amendment or addition: Ja = bifall, Nej = avslag. */
  | { kind: 'amendment'; proposalId: number }
  /** A recorded step the procedure waits for. */
  | { kind: 'awaiting'; step: VoteRecord; reason: AwaitingReason }
  | { kind: 'done' };

export interface AmendmentDecision {
  proposalId: number;
  adopted: boolean;
}

/** What the item decided so far. */
export type ProcedureDecision =
  | { kind: 'referredBack' | 'tabled' | 'minorityReferredBack'; proposalId: number }
  /** mainProposalId: the winning main proposal; null when the item had only amendments or additions. */
  | { kind: 'decided'; mainProposalId: number | null; amendments: AmendmentDecision[] };

interface HistoryBase {
  /** The record's id and step number. */
  voteId: number;
  step: number;
  outcome: Side | null;
  decidedBy: DecidedBy | null;
}

/** What a settled step was about; `winner` is the proposal that went on. */
export type ProcedureHistoryDetail =
  /** asking/present as recorded on the step (null when it has no count). */
  | { kind: 'minority'; proposalId: number; asking: number | null; present: number | null; passed: boolean }
  /** passed: the motion won (Nej), the item is referred back or tabled. */
  | { kind: 'procedural'; proposalId: number; motion: ProceduralMotion; passed: boolean }
  | { kind: 'mainDeclared'; proposalId: number; candidates: number[]; voteAsked: boolean }
  | { kind: 'order'; order: number[] }
  | { kind: 'elimination'; round: number; current: number; challenger: number; winner: number }
  | { kind: 'mainVote'; main: number; counter: number; winner: number }
  | { kind: 'amendment'; proposalId: number; adopted: boolean };

/** A settled step, as the minutes and the console's log word it. */
export type ProcedureHistoryEntry = HistoryBase & ProcedureHistoryDetail;

export type ProcedureProblemCode =
  /** A step recorded while the proposals are not locked. */
  | 'notLocked'
  /** A step created before the proposals were locked. */
  | 'beforeLock'
  /** A step of another item. */
  | 'wrongItem'
  /** A second step with the same step number (the first recorded counts). */
  | 'duplicateStep'
  /** A step names a proposal the item does not have. */
  | 'unknownProposal'
  /** A step names a withdrawn proposal. */
  | 'withdrawnProposal'
  /** A step of another kind than the procedure needs at that point. */
  | 'outOfProcedure'
  /** The right kind of step on other proposals than the procedure puts against each other. */
  | 'wrongProposals'
  /** An Order that is not a permutation of the remaining main proposals. */
  | 'orderNotPermutation'
  /** A main declaration with Nej, or a single main proposal declared without Ja. */
  | 'badOutcome'
  /** A minority referral recorded as passed whose recorded count does not reach a third (counted anyway). */
  | 'minorityBelowThird'
  /** A lot outside an election's main chain (counted anyway). */
  | 'lotOutsideElection'
  /** A tie in an election's main chain settled by the chair instead of a lot (counted anyway). */
  | 'chairDecidedElection'
  /** A step recorded after one the procedure still waits for. */
  | 'afterUnsettled'
  /** A step recorded after the item was decided, referred back or tabled. */
  | 'afterEnd';

export interface ProcedureProblem {
  code: ProcedureProblemCode;
  voteId: number;
  step: number;
}

export interface ProcedureState {
  next: ProcedureNext;
  decision: ProcedureDecision | null;
  /** The settled steps in procedure order. */
  history: ProcedureHistoryEntry[];
  /** Sorted by step number. */
  problems: ProcedureProblem[];
  /** Amendments and additions that lapsed because avslag won, in the order made. */
  lapsed: number[];
  /** The declared main proposal; null until declared. */
  main: number | null;
  /** The counter-proposal, once known (a vote was asked; with three or more, after the chain). */
  counter: number | null;
  /** The approved propositionsordning; null until approved (or when not needed). */
  order: number[] | null;
}

/** The step number for the next record: one past the highest recorded, cancelled ones included. */
export function nextStepNumber(steps: readonly VoteRecord[]): number {
  return steps.reduce((max, s) => Math.max(max, s.step), 0) + 1;
}

const STEP_KIND: Record<Exclude<ProcedureNext['kind'], 'lockFirst' | 'awaiting' | 'done'>, StepKind> = {
  minority: 'MinorityReferral',
  procedural: 'Procedural',
  declareMain: 'MainDeclared',
  acclaimSingle: 'MainDeclared',
  order: 'Order',
  elimination: 'Elimination',
  mainVote: 'MainVote',
  amendment: 'Amendment',
};

type Expectation = Extract<ProcedureNext, { kind: keyof typeof STEP_KIND }>;

const MAIN_KINDS: readonly ProposalKind[] = ['Approve', 'Reject', 'Own'];
const PROCEDURAL_KINDS: readonly ProposalKind[] = ['ReferBack', 'Table', 'MinorityReferBack'];
const AMENDMENT_KINDS: readonly ProposalKind[] = ['Amendment', 'Addition'];

const count = (n: number): number => (Number.isSafeInteger(n) && n >= 0 ? n : 0);

const byStep = (a: VoteRecord, b: VoteRecord) => a.step - b.step || a.id - b.id;

/** Ties in the main chain of an election go to a lot, and in counter-proposal steps where the body says so; everything else is an ordinary decision. */
/** The steps of an election's main chain (counter-proposal steps and the main vote): they are election votes, ties by lot (DOMAIN §5). */
export const electionStep = (election: boolean, kind: StepKind): boolean => election && (kind === 'Elimination' || kind === 'MainVote');

const electoral = (rules: LotRules, kind: StepKind) =>
  electionStep(rules.election, kind) || (rules.eliminationTieByLot && kind === 'Elimination');

interface LotRules {
  election: boolean;
  eliminationTieByLot: boolean;
}

function isPermutation(order: readonly number[] | null, of: readonly number[]): boolean {
  if (!order || order.length !== of.length) return false;
  const want = new Set(of);
  return new Set(order).size === order.length && order.every((id) => want.has(id));
}

/** The same kind of step: the proposals, and for declarations the outcome, must fit. */
function misfit(rec: VoteRecord, want: Expectation): ProcedureProblemCode | null {
  if (rec.stepKind !== STEP_KIND[want.kind]) return 'outOfProcedure';
  const closed = rec.status === 'Closed';
  switch (want.kind) {
    case 'minority':
    case 'procedural':
    case 'amendment':
      return rec.yesProposalId === want.proposalId ? null : 'wrongProposals';
    case 'acclaimSingle':
      if (rec.yesProposalId !== want.proposalId) return 'wrongProposals';
      return closed && rec.outcome !== 'Yes' ? 'badOutcome' : null;
    case 'declareMain':
      if (rec.yesProposalId === null || !want.candidates.includes(rec.yesProposalId)) return 'wrongProposals';
      return closed && rec.outcome === 'No' ? 'badOutcome' : null;
    case 'order':
      return isPermutation(rec.order, want.proposed) ? null : 'orderNotPermutation';
    case 'elimination':
      return rec.yesProposalId === want.current && rec.noProposalId === want.challenger ? null : 'wrongProposals';
    case 'mainVote':
      return rec.yesProposalId === want.main && rec.noProposalId === want.counter ? null : 'wrongProposals';
  }
}

/** A declaration or an order is settled once closed; a vote once it has an outcome. */
function settled(rec: VoteRecord): boolean {
  if (rec.status !== 'Closed') return false;
  return rec.stepKind === 'MainDeclared' || rec.stepKind === 'Order' || rec.outcome !== null;
}

class Replay {
  readonly state: ProcedureState = {
    next: { kind: 'done' },
    decision: null,
    history: [],
    problems: [],
    lapsed: [],
    main: null,
    counter: null,
    order: null,
  };
  private cursor = 0;

  constructor(
    private readonly records: readonly VoteRecord[],
    private readonly lots: LotRules,
  ) {}

  flag(code: ProcedureProblemCode, rec: VoteRecord): void {
    this.state.problems.push({ code, voteId: rec.id, step: rec.step });
  }

  /**
   * The next recorded step that fits `want`, settled; or null when the procedure stops here: nothing
   * more is recorded (next = want) or the fitting record is not settled (next = awaiting it).
   */
  take(want: Expectation): VoteRecord | null {
    while (this.cursor < this.records.length) {
      const rec = this.records[this.cursor++];
      const code = misfit(rec, want);
      if (code) {
        this.flag(code, rec);
        continue;
      }
      const inElection = electoral(this.lots, rec.stepKind);
      if (!settled(rec)) {
        const reason: AwaitingReason =
          rec.status === 'Prepared' ? 'prepared' : rec.status === 'Open' ? 'open' : inElection ? 'lotNeeded' : 'chairMustDecide';
        this.state.next = { kind: 'awaiting', step: rec, reason };
        this.rest('afterUnsettled');
        return null;
      }
      if (rec.decidedBy === 'Lot' && !inElection) this.flag('lotOutsideElection', rec);
      if (inElection && (rec.decidedBy === 'CastingVote' || rec.decidedBy === 'ChairDecision')) this.flag('chairDecidedElection', rec);
      return rec;
    }
    this.state.next = want;
    return null;
  }

  log(rec: VoteRecord, detail: ProcedureHistoryDetail): void {
    this.state.history.push({ voteId: rec.id, step: rec.step, outcome: rec.outcome, decidedBy: rec.decidedBy, ...detail });
  }

  /** The procedure is over: whatever is still recorded is out of place. */
  end(): void {
    this.state.next = { kind: 'done' };
    this.rest('afterEnd');
  }

  private rest(code: ProcedureProblemCode): void {
    while (this.cursor < this.records.length) this.flag(code, this.records[this.cursor++]);
  }
}

/** The records the replay can use: this item's, one per step number, after the lock, on standing proposals. */
function screen(steps: readonly VoteRecord[], set: ProposalSet, flag: (code: ProcedureProblemCode, rec: VoteRecord) => void) {
  const byId = new Map(set.proposals.map((p) => [p.id, p] as const));
  const lockedAt = set.locked ? Date.parse(set.locked.at) : NaN;
  const seen = new Set<number>();
  const usable: VoteRecord[] = [];
  for (const rec of steps) {
    if (rec.itemId !== set.itemId) {
      flag('wrongItem', rec);
      continue;
    }
    if (seen.has(rec.step)) {
      flag('duplicateStep', rec);
      continue;
    }
    seen.add(rec.step);
    if (Date.parse(rec.created) < lockedAt) {
      flag('beforeLock', rec);
      continue;
    }
    const named = [rec.yesProposalId, rec.noProposalId, ...(rec.order ?? [])].filter((id): id is number => id !== null);
    const proposals = named.map((id) => byId.get(id));
    if (proposals.some((p) => !p)) flag('unknownProposal', rec);
    else if (proposals.some((p) => p!.withdrawn)) flag('withdrawnProposal', rec);
    else usable.push(rec);
  }
  return usable;
}

function walk(run: Replay, live: readonly Proposal[], present: number): void {
  const st = run.state;
  const of = (kinds: readonly ProposalKind[]) => live.filter((p) => kinds.includes(p.kind));

  // 1. minority referrals back (KL 5:50): counted, never voted
  for (const p of of(['MinorityReferBack'])) {
    const asking = 1 + p.supporters.length;
    const now = minorityReferral(asking, present);
    const rec = run.take({ kind: 'minority', proposalId: p.id, asking, present, required: now.required, passes: now.passes });
    if (!rec) return;
    const passed = rec.outcome === 'Yes';
    const counted = rec.minority;
    if (passed && !(counted && minorityReferral(count(counted.asking), count(counted.present)).passes)) run.flag('minorityBelowThird', rec);
    run.log(rec, { kind: 'minority', proposalId: p.id, asking: counted?.asking ?? null, present: counted?.present ?? null, passed });
    if (passed) {
      st.decision = { kind: 'minorityReferredBack', proposalId: p.id };
      return run.end();
    }
  }

  // 2. återremiss and bordläggning (and the minority referrals that did not reach a third), in the order made
  for (const p of of(PROCEDURAL_KINDS)) {
    const motion: ProceduralMotion = p.kind === 'Table' ? 'Table' : 'ReferBack';
    const rec = run.take({ kind: 'procedural', proposalId: p.id, motion });
    if (!rec) return;
    const passed = rec.outcome === 'No';
    run.log(rec, { kind: 'procedural', proposalId: p.id, motion, passed });
    if (passed) {
      st.decision = { kind: motion === 'Table' ? 'tabled' : 'referredBack', proposalId: p.id };
      return run.end();
    }
  }

  // 3. the main proposals
  const mains = of(MAIN_KINDS).map((p) => p.id);
  let winner: number | null = null;
  if (mains.length === 1) {
    const rec = run.take({ kind: 'acclaimSingle', proposalId: mains[0] });
    if (!rec) return;
    run.log(rec, { kind: 'mainDeclared', proposalId: mains[0], candidates: mains, voteAsked: false });
    st.main = winner = mains[0];
  } else if (mains.length >= 2) {
    const declared = run.take({ kind: 'declareMain', candidates: mains });
    if (!declared) return;
    const main = declared.yesProposalId!;
    const voteAsked = declared.outcome === null;
    run.log(declared, { kind: 'mainDeclared', proposalId: main, candidates: mains, voteAsked });
    st.main = main;
    if (!voteAsked) winner = main;
    else {
      const remaining = mains.filter((id) => id !== main);
      let counter = remaining[0];
      if (remaining.length >= 2) {
        const ordered = run.take({ kind: 'order', proposed: remaining });
        if (!ordered) return;
        const order = [...ordered.order!];
        run.log(ordered, { kind: 'order', order });
        st.order = order;
        counter = order[0];
        for (let round = 1; round < order.length; round++) {
          const challenger = order[round];
          const rec = run.take({ kind: 'elimination', current: counter, challenger, round });
          if (!rec) return;
          const won = rec.outcome === 'Yes' ? counter : challenger;
          run.log(rec, { kind: 'elimination', round, current: counter, challenger, winner: won });
          counter = won;
        }
      }
      st.counter = counter;
      const rec = run.take({ kind: 'mainVote', main, counter });
      if (!rec) return;
      winner = rec.outcome === 'Yes' ? main : counter;
      run.log(rec, { kind: 'mainVote', main, counter, winner });
    }
  }

  // 4. amendments and additions, unless the matter was rejected
  const amendments = of(AMENDMENT_KINDS).map((p) => p.id);
  if (winner === null && amendments.length === 0) return run.end();
  const decided: AmendmentDecision[] = [];
  st.decision = { kind: 'decided', mainProposalId: winner, amendments: decided };
  if (winner !== null && live.find((p) => p.id === winner)!.kind === 'Reject') {
    st.lapsed = amendments;
    return run.end();
  }
  for (const proposalId of amendments) {
    const rec = run.take({ kind: 'amendment', proposalId });
    if (!rec) return;
    const adopted = rec.outcome === 'Yes';
    run.log(rec, { kind: 'amendment', proposalId, adopted });
    decided.push({ proposalId, adopted });
  }
  run.end();
}

/** Where the item's decision procedure stands, from its proposals and recorded steps. */
export function procedure(input: ProcedureInput): ProcedureState {
  const { proposals: set } = input;
  const lots: LotRules = { election: input.election, eliminationTieByLot: input.eliminationTieByLot === true };
  const steps = input.steps.filter((s) => s.status !== 'Cancelled').sort(byStep);
  if (!set.locked) {
    const run = new Replay([], lots);
    for (const rec of steps) run.flag('notLocked', rec);
    run.state.next = { kind: 'lockFirst' };
    return run.state;
  }
  const problems: ProcedureProblem[] = [];
  const usable = screen(steps, set, (code, rec) => problems.push({ code, voteId: rec.id, step: rec.step }));
  const run = new Replay(usable, lots);
  walk(
    run,
    set.proposals.filter((p) => !p.withdrawn),
    count(input.present),
  );
  // a stable sort: a step's own problems keep the order they were found in
  run.state.problems = [...problems, ...run.state.problems].sort((a, b) => a.step - b.step);
  return run.state;
}

import type { SPFI } from '@pnp/sp';
import type { LivePicture } from '../../domain/live/picture';
import { staffIds } from '../../domain/live/staff';
import { canOpenVote, freezeElectorate } from '../../domain/voting/electorate';
import { resultHash } from '../../domain/voting/hash';
import { drawLot, newLotSeed } from '../../domain/voting/lot';
import { outcome, tieGoesToLot } from '../../domain/voting/outcome';
import { nextStepNumber } from '../../domain/voting/procedure';
import { toStoredResult } from '../../domain/voting/result';
import { tally } from '../../domain/voting/tally';
import type { Ballot, DecidedBy, Majority, Outcome, Side, StepKind, Tally, VoteKind, VoteRecord } from '../../domain/voting/types';
import { toDataError } from '../errors';
import { updateState, type StatePatch } from '../live/consoleWrites';
import { restrictToStaff } from '../live/itemPermissions';
import type { LiveState } from '../live/raw';
import { readState, type LiveSnapshot } from '../live/reads';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { decidedBy, outcomeSide, stepKind, voteKind, voteStatus } from './mapping';
import { formatElectorate, formatMajority, formatResult } from './raw';
import { readBallots, readSteps, readVote, stepEtags } from './reads';
import { votingRefusal } from './refusal';

/**
 * The chair's side of the decision procedure (DOMAIN §5): every step is a row of `Lists/Votes`
 * with its own permissions (only the meeting's staff change it), and every write moves the live
 * state's `VoteMark` so that members' clients read the item's steps again. Times that decide
 * anything (approved, opened, closed) are the server's `Modified` of the write that changed the
 * status, read back in the same `$batch` (DESIGN §4). A chunk of its own, with the console.
 */

export interface VotingCore {
  ctx: RepoContext;
  sp: SPFI;
  snapshot(): LiveSnapshot;
  picture(): LivePicture;
  applyState(s: LiveState): void;
  /** Counts one of the console's writes. */
  count(): void;
}

/** What the console asks to record: one step of the procedure. */
export interface StepDraft {
  itemId: number;
  stepKind: StepKind;
  kind: VoteKind;
  yesProposalId: number | null;
  noProposalId: number | null;
  order?: number[] | null;
  question: string;
  yesMeaning: string;
  noMeaning: string;
  majority?: Majority | null;
  minority?: { asking: number; present: number } | null;
}

const QUESTION_MAX = 255;

function requireStaff(core: VotingCore): void {
  if (!staffIds(core.snapshot().staff).includes(core.ctx.user.siteUserId)) throw votingRefusal({ code: 'notStaff' });
}

const list = (core: VotingCore) => core.sp.web.getList(listUrl(core.ctx, 'Votes'));

async function bumpState(core: VotingCore, patch: (fresh: LiveState) => StatePatch): Promise<void> {
  const state = core.snapshot().state;
  if (!state) throw votingRefusal({ code: 'notLive' });
  core.count();
  core.applyState(await updateState(core.ctx, state, (fresh) => ({ ...patch(fresh), voteMark: fresh.voteMark + 1 })));
}

/** Updates a step and reads back, in the same `$batch`, the server's time of that very write. */
async function updateStamped(core: VotingCore, v: VoteRecord, values: Record<string, unknown>): Promise<string> {
  const voteId = v.id;
  const [b, run] = core.sp.batched();
  const item = b.web.getList(listUrl(core.ctx, 'Votes')).items.getById(voteId);
  // with the ETag of the step as read: if another console changed it meanwhile, SharePoint answers 412
  const done = item.update(values, stepEtags.get(v) ?? '*');
  const after = b.web.getList(listUrl(core.ctx, 'Votes')).items.getById(voteId).select('Modified', 'EditorId')<{
    Modified: string;
    EditorId: number;
  }>();
  core.count();
  let r: { Modified: string; EditorId: number };
  try {
    await run();
    await done;
    r = await after;
  } catch (e) {
    // a 412 here is another console that changed the step first: recognised by code, shown as such
    throw await toDataError(e);
  }
  if (r.EditorId !== core.ctx.user.siteUserId)
    throw new DataError('conflict', 'Someone else changed the step at the same moment.', 409, 'versionConflict');
  return r.Modified;
}

async function update(core: VotingCore, voteId: number, values: Record<string, unknown>, asRead?: VoteRecord): Promise<void> {
  core.count();
  try {
    await list(core)
      .items.getById(voteId)
      .update(values, asRead ? (stepEtags.get(asRead) ?? '*') : '*');
  } catch (e) {
    throw await toDataError(e);
  }
}

async function fresh(core: VotingCore, voteId: number): Promise<VoteRecord> {
  core.count();
  const v = await readVote(core.ctx, core.sp, voteId, core.snapshot().staff);
  if (!v) throw votingRefusal({ code: 'unknownVote' });
  return v;
}

/** Quorum holds and no remote link is broken and unresolved on the current item (KL 5:46, 5:16). */
function requireDecidable(core: VotingCore): void {
  const current = core.picture().current;
  if (!current) throw votingRefusal({ code: 'itemNotCurrent' });
  if (!current.seats.quorum.ok) throw votingRefusal({ code: 'quorumMissing' });
  if (core.picture().blocked.length > 0) throw votingRefusal({ code: 'remoteLinkBroken' });
}

function checkDraft(d: StepDraft): void {
  if (d.question.trim().length === 0 && d.stepKind !== 'Order') throw votingRefusal({ code: 'questionMissing' });
  if (d.question.length > QUESTION_MAX) throw votingRefusal({ code: 'questionTooLong' });
}

/**
 * Adds a step and gives it its own permissions before anyone relies on it; if that fails the row
 * is removed again, so nothing half-made is left.
 */
async function addStep(
  core: VotingCore,
  d: StepDraft,
  settled: { status: 'Prepared' | 'Closed'; outcome?: Side | null; by?: DecidedBy | null },
): Promise<number> {
  requireStaff(core);
  checkDraft(d);
  // a decision by acclamation needs quorum and no unresolved broken link, as a vote does (DOMAIN §2)
  if (settled.outcome) requireDecidable(core);
  const snap = core.snapshot();
  core.count();
  // numbered after the steps this meeting's staff recorded: rows anyone else added neither count nor push the numbers
  const step = nextStepNumber(await readSteps(core.ctx, core.sp, snap.meeting.id, snap.staff, d.itemId));
  let id: number;
  try {
    core.count();
    const row = (await list(core).items.add({
      Title: d.question.trim() || '—',
      MeetingId: snap.meeting.id,
      AgendaItemId: d.itemId,
      Step: step,
      StepKind: stepKind.toChoice(d.stepKind),
      VoteKind: voteKind.toChoice(d.kind),
      VoteStatus: voteStatus.toChoice(settled.status),
      YesProposal: d.yesProposalId,
      NoProposal: d.noProposalId,
      ProposalOrder: d.order ? JSON.stringify(d.order) : null,
      YesMeaning: d.yesMeaning,
      NoMeaning: d.noMeaning,
      Majority: d.majority ? formatMajority(d.majority) : null,
      Outcome: settled.outcome ? outcomeSide.toChoice(settled.outcome) : null,
      DecidedBy: settled.by ? decidedBy.toChoice(settled.by) : null,
      MinorityAsking: d.minority?.asking ?? null,
      MinorityPresent: d.minority?.present ?? null,
    })) as { Id?: number; ID?: number };
    id = row.Id ?? row.ID ?? 0;
  } catch (e) {
    throw await toDataError(e);
  }
  try {
    core.count();
    await restrictToStaff(core.ctx, 'Votes', id, snap.staff);
  } catch (e) {
    const err = await toDataError(e);
    try {
      await list(core).items.getById(id).delete();
    } catch {
      // the error that stopped the step is the one to show
    }
    throw err;
  }
  return id;
}

/** A step settled as it is recorded: an acclamation, the main proposal declared, a minority referral, the approved order. */
export async function recordSettled(core: VotingCore, d: StepDraft, side: Side | null, by: DecidedBy | null): Promise<VoteRecord> {
  const id = await addStep(core, d, { status: 'Closed', outcome: side, by });
  await bumpState(core, () => ({}));
  return fresh(core, id);
}

/** A vote question (voteringsproposition) drafted for the assembly to approve. */
export async function prepareVote(core: VotingCore, d: StepDraft): Promise<VoteRecord> {
  // one vote on screen at a time: an open one is closed (or withdrawn) first — by this console or another
  const state = core.snapshot().state;
  if (!state) throw votingRefusal({ code: 'notLive' });
  core.count();
  const now = await readState(core.ctx, core.sp, state.id);
  core.applyState(now);
  if (now.phase === 'Voting') throw votingRefusal({ code: 'voteStillOpen' });
  const id = await addStep(core, d, { status: 'Prepared' });
  await bumpState(core, () => ({ openVoteId: id, turnout: null }));
  return fresh(core, id);
}

/** The assembly approved the question, as worded now: its approval time is the server's. */
export async function approveVote(
  core: VotingCore,
  voteId: number,
  texts: { question: string; yesMeaning: string; noMeaning: string },
): Promise<VoteRecord> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  if (v.status !== 'Prepared') throw votingRefusal({ code: 'notPrepared' });
  checkDraft({ ...texts, itemId: v.itemId, stepKind: v.stepKind, kind: v.kind, yesProposalId: null, noProposalId: null });
  // the wording and the withdrawal of any earlier approval in one write: an approval never outlives its text
  const at = await updateStamped(core, v, {
    Title: texts.question.trim(),
    YesMeaning: texts.yesMeaning,
    NoMeaning: texts.noMeaning,
    ApprovedAt: null,
  });
  await update(core, voteId, { ApprovedAt: at });
  await bumpState(core, () => ({ openVoteId: voteId }));
  return fresh(core, voteId);
}

/**
 * Opens the vote: the electorate is frozen from the item's seat table with its SHA-256, in the
 * write that opens it; quorum must hold and no remote link may be broken and unresolved.
 */
export async function openVote(core: VotingCore, voteId: number): Promise<VoteRecord> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  let at: string;
  if (v.status === 'Open' && v.openedAt === null && v.modified) {
    // an open stopped after its status write: that write was the row's last, its time the opening's
    at = v.modified;
  } else {
    const current = core.picture().current;
    if (!current || current.itemId !== v.itemId) throw votingRefusal({ code: 'itemNotCurrent' });
    const problems = canOpenVote({ seats: current.seats, blocked: core.picture().blocked, vote: v });
    if (problems.length > 0) throw votingRefusal(problems[0]);
    const broken = new Set(core.picture().blocked.map((b) => b.personId));
    const electorate = freezeElectorate(current.seats, broken);
    at = await updateStamped(core, v, {
      VoteStatus: voteStatus.toChoice('Open'),
      Electorate: formatElectorate(electorate),
      ElectorateHash: electorate.hash,
    });
  }
  await update(core, voteId, { OpenedAt: at });
  await bumpState(core, () => ({ phase: 'Voting', openVoteId: voteId, turnout: 0 }));
  return fresh(core, voteId);
}

/** The live tally of an open vote, for the chair's turnout: who has voted (never what) and how many. */
export function runningTally(v: VoteRecord, ballots: readonly Ballot[]): Tally | null {
  if (!v.electorate || !v.openedAt) return null;
  return tally({ voteId: v.id, electorate: v.electorate.voters, openedAt: v.openedAt, closedAt: null }, ballots);
}

export async function reportTurnout(core: VotingCore, voteId: number, turnout: number): Promise<void> {
  const state = core.snapshot().state;
  if (!state || state.openVoteId !== voteId || state.turnout === turnout) return;
  core.count();
  core.applyState(
    await updateState(core.ctx, state, (f) =>
      f.phase === 'Voting' && f.openVoteId === voteId && f.turnout !== turnout ? { turnout } : null,
    ),
  );
}

function settle(o: Outcome): { side: Side | null; by: DecidedBy | null } {
  if (o.kind === 'decided') return { side: o.winner, by: o.by };
  if (o.kind === 'qualifiedMissed') return { side: 'No', by: 'Vote' };
  return { side: null, by: null };
}

/**
 * Closes the vote: the close time is the server's; the result is computed from the ballots by the
 * tally rule and stored with the counts, each voter's choice and the SHA-256 anyone can recompute.
 * A tie the chair must decide, or one a lot decides, leaves the outcome open for the next step.
 */
export async function closeVote(core: VotingCore, voteId: number): Promise<VoteRecord> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  if (!v.electorate || !v.openedAt || v.kind === 'PaperSecret') throw votingRefusal({ code: 'voteNotOpen' });
  let closedAt: string;
  if (v.status === 'Open') closedAt = await updateStamped(core, v, { VoteStatus: voteStatus.toChoice('Closed') });
  // a close stopped after its status write (a throttled read, a lost connection): that write was the row's last
  else if (v.status === 'Closed' && v.result === null && v.modified) closedAt = v.modified;
  else throw votingRefusal({ code: 'voteNotOpen' });
  core.count();
  const ballots = await readBallots(core.ctx, core.sp, voteId);
  const through = ballots.reduce((m, b) => Math.max(m, b.id), 0);
  const t = tally(
    { voteId, electorate: v.electorate.voters, outside: v.electorate.outside, openedAt: v.openedAt, closedAt, throughBallotId: through },
    ballots,
  );
  const snap = core.snapshot();
  const o = outcome({
    tally: t,
    majority: v.majority,
    // elections by lot; a counter-proposal step too where the body's rules say so (DOMAIN §5)
    election: tieGoesToLot(v, snap.debate.eliminationTieByLot),
    chairId: snap.staff.chairId,
    seats: snap.meeting.rules.seats,
  });
  const { side, by } = settle(o);
  await update(core, voteId, {
    ClosedAt: closedAt,
    Result: formatResult(toStoredResult(t, through)),
    ResultHash: resultHash(voteId, v.electorate.voters, t.counted),
    Outcome: side ? outcomeSide.toChoice(side) : null,
    DecidedBy: by ? decidedBy.toChoice(by) : null,
  });
  await bumpState(core, () => ({ phase: 'Decision', openVoteId: voteId, turnout: t.counted.length }));
  return fresh(core, voteId);
}

/** A closed, counted tie with no outcome yet, and whether the body's rules give it to a lot. */
async function openTie(core: VotingCore, voteId: number): Promise<{ v: VoteRecord; byLot: boolean }> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  const counted = v.status === 'Closed' && v.outcome === null && v.result !== null && v.result.yes === v.result.no;
  if (!counted) throw votingRefusal({ code: 'nothingToDecide' });
  return { v, byLot: tieGoesToLot(v, core.snapshot().debate.eliminationTieByLot) };
}

/** A tie where the chair abstained: the chair decides when asked (DOMAIN §5). */
export async function decideTie(core: VotingCore, voteId: number, side: Side): Promise<VoteRecord> {
  const { v, byLot } = await openTie(core, voteId);
  if (byLot) throw votingRefusal({ code: 'nothingToDecide' });
  await update(core, voteId, { Outcome: outcomeSide.toChoice(side), DecidedBy: decidedBy.toChoice('ChairDecision') }, v);
  await bumpState(core, () => ({}));
  return fresh(core, voteId);
}

/** A tie in an election: a lot draw from a fresh seed, stored with the result so anyone can repeat it. */
export async function drawLotFor(core: VotingCore, voteId: number): Promise<VoteRecord> {
  const { v, byLot } = await openTie(core, voteId);
  if (!byLot) throw votingRefusal({ code: 'nothingToDecide' });
  const random = new Uint8Array(32);
  globalThis.crypto.getRandomValues(random);
  const seed = newLotSeed(random);
  const drawn = drawLot(seed, ['Yes', 'No']);
  await update(
    core,
    voteId,
    { LotSeed: seed, Outcome: outcomeSide.toChoice(drawn.winner as Side), DecidedBy: decidedBy.toChoice('Lot') },
    v,
  );
  await bumpState(core, () => ({}));
  return fresh(core, voteId);
}

/**
 * A secret election run on paper: the tellers' counted result, with both co-signers who
 * witnessed it recorded (DESIGN §4: the lists cannot keep a ballot secret from their administrators).
 */
export async function enterPaperResult(
  core: VotingCore,
  voteId: number,
  counts: { yes: number; no: number; abstain: number },
  witnessIds: number[],
): Promise<VoteRecord> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  if (v.kind !== 'PaperSecret' || v.status === 'Closed' || v.status === 'Cancelled') throw votingRefusal({ code: 'notPaper' });
  if (!v.approvedAt) throw votingRefusal({ code: 'notApproved' });
  requireDecidable(core);
  const coSigners = new Set(core.snapshot().meeting.coSigners.map((c) => c.id));
  const witnesses = [...new Set(witnessIds)];
  if (witnesses.length < 2 || !witnesses.every((w) => coSigners.has(w))) throw votingRefusal({ code: 'witnessesMissing' });
  if (![counts.yes, counts.no, counts.abstain].every((n) => Number.isInteger(n) && n >= 0)) throw votingRefusal({ code: 'countInvalid' });
  const side: Side | null = counts.yes > counts.no ? 'Yes' : counts.no > counts.yes ? 'No' : null;
  const at = await updateStamped(core, v, {
    VoteStatus: voteStatus.toChoice('Closed'),
    Result: JSON.stringify({ yes: counts.yes, no: counts.no, abstain: counts.abstain, absent: 0, choices: [], counted: [], rejected: [] }),
    WitnessesId: witnesses,
    Outcome: side ? outcomeSide.toChoice(side) : null,
    DecidedBy: side ? decidedBy.toChoice('Paper') : null,
  });
  await update(core, voteId, { ClosedAt: at });
  await bumpState(core, () => ({ openVoteId: voteId }));
  return fresh(core, voteId);
}

/** A question withdrawn before it opened, or a vote stopped (the record stays, marked cancelled). */
export async function cancelVote(core: VotingCore, voteId: number): Promise<void> {
  requireStaff(core);
  const v = await fresh(core, voteId);
  if (v.status === 'Closed' || v.status === 'Cancelled') throw votingRefusal({ code: 'voteClosed' });
  await update(core, voteId, { VoteStatus: voteStatus.toChoice('Cancelled') }, v);
  await bumpState(core, (f) => (f.openVoteId === voteId ? { openVoteId: null, turnout: null, phase: 'Decision' } : {}));
}

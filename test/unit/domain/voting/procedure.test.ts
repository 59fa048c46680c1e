import type { ProposalKind, ProposalSet } from '../../../../src/domain/live/types';
import { nextStepNumber, procedure, type ProcedureState } from '../../../../src/domain/voting/procedure';
import type { DecidedBy, Side, StepKind, VoteRecord } from '../../../../src/domain/voting/types';
import { CHAIR, ITEM, iso } from '../live/builders';

/**
 * Builders. Proposals get ids 1, 2, 3 … in the order made; the set is locked at 100 s. Steps are
 * numbered 1, 2, 3 … in the order written, with ids 501, 502 …, created after the lock; a settled
 * vote is decided by 'Vote' unless the case says otherwise.
 */
const LOCKED_AT = iso(100);

function proposals(
  kinds: ProposalKind[],
  o: { withdrawn?: number[]; supporters?: Record<number, number>; locked?: boolean; itemId?: number } = {},
): ProposalSet {
  return {
    itemId: o.itemId ?? ITEM,
    proposals: kinds.map((kind, i) => ({
      id: i + 1,
      kind,
      text: `Yrkande ${i + 1}`,
      personId: 101,
      madeAt: iso(10 * (i + 1)),
      onBehalf: false,
      supporters: Array.from({ length: o.supporters?.[i + 1] ?? 0 }, (_, k) => 1000 + k),
      withdrawn: (o.withdrawn ?? []).includes(i + 1),
      changedWithConsent: [],
    })),
    locked: o.locked === false ? null : { at: LOCKED_AT, byId: CHAIR },
    refused: [],
  };
}

type Over = Partial<VoteRecord>;

function steps() {
  const list: VoteRecord[] = [];
  const add = (stepKind: StepKind, over: Over): VoteRecord => {
    const n = list.length + 1;
    const rec: VoteRecord = {
      id: 500 + n,
      itemId: ITEM,
      step: n,
      stepKind,
      kind: 'Open',
      status: 'Closed',
      yesProposalId: null,
      noProposalId: null,
      order: null,
      question: '',
      yesMeaning: '',
      noMeaning: '',
      majority: null,
      approvedAt: null,
      openedAt: null,
      closedAt: null,
      electorate: null,
      result: null,
      resultHash: null,
      outcome: null,
      decidedBy: null,
      lotSeed: null,
      witnessIds: [],
      minority: null,
      authorId: CHAIR,
      created: iso(200 + n),
      ...over,
    };
    list.push(rec);
    return rec;
  };
  const settle = (outcome: Side | null, by: DecidedBy = 'Vote') => ({ outcome, decidedBy: outcome ? by : null });
  return {
    list,
    minority: (p: number, asking: number, present: number, passed: boolean, o: Over = {}) =>
      add('MinorityReferral', { yesProposalId: p, minority: { asking, present }, ...settle(passed ? 'Yes' : 'No', 'Minority'), ...o }),
    procedural: (p: number, outcome: Side | null, o: Over = {}) => add('Procedural', { yesProposalId: p, ...settle(outcome), ...o }),
    /** outcome 'Yes': nobody asked for a vote; null: a vote was asked for. */
    declare: (p: number, outcome: 'Yes' | null, o: Over = {}) =>
      add('MainDeclared', { yesProposalId: p, ...settle(outcome, 'Acclamation'), ...o }),
    order: (order: number[] | null, o: Over = {}) => add('Order', { order, ...o }),
    elim: (current: number, challenger: number, outcome: Side | null, o: Over = {}) =>
      add('Elimination', { yesProposalId: current, noProposalId: challenger, ...settle(outcome), ...o }),
    main: (main: number, counter: number, outcome: Side | null, o: Over = {}) =>
      add('MainVote', { yesProposalId: main, noProposalId: counter, ...settle(outcome), ...o }),
    amend: (p: number, outcome: Side | null, o: Over = {}) => add('Amendment', { yesProposalId: p, ...settle(outcome), ...o }),
    raw: add,
  };
}

type Steps = ReturnType<typeof steps>;

const run = (set: ProposalSet, s: Steps, o: { present?: number; election?: boolean; eliminationTieByLot?: boolean } = {}): ProcedureState =>
  procedure({
    proposals: set,
    steps: s.list,
    present: o.present ?? 71,
    election: o.election ?? false,
    eliminationTieByLot: o.eliminationTieByLot,
  });

const codes = (st: ProcedureState) => st.problems.map((p) => [p.step, p.code]);

/** The history as [kind, outcome, decidedBy] for a short comparison. */
const trail = (st: ProcedureState) => st.history.map((h) => [h.kind, h.outcome, h.decidedBy]);

describe('main proposals, step by step (DOMAIN §5)', () => {
  const P: ProposalKind[] = ['Approve', 'Reject', 'Own', 'Own'];
  it.each<[string, ProposalKind[], (s: Steps) => void, ProcedureState['next'], number | null]>([
    ['one proposal: acclaimed', ['Approve'], () => {}, { kind: 'acclaimSingle', proposalId: 1 }, null],
    ['one proposal: acclaimed and done', ['Approve'], (s) => s.declare(1, 'Yes'), { kind: 'done' }, 1],
    ['two proposals: the chair declares the main one', P.slice(0, 2), () => {}, { kind: 'declareMain', candidates: [1, 2] }, null],
    ['two proposals, nobody asks for a vote', P.slice(0, 2), (s) => s.declare(2, 'Yes'), { kind: 'done' }, 2],
    ['two proposals, a vote asked: main vote', P.slice(0, 2), (s) => s.declare(1, null), { kind: 'mainVote', main: 1, counter: 2 }, null],
    [
      'two proposals, the main proposal wins the main vote',
      P.slice(0, 2),
      (s) => (s.declare(1, null), s.main(1, 2, 'Yes')),
      { kind: 'done' },
      1,
    ],
    [
      'two proposals, the counter-proposal wins the main vote',
      P.slice(0, 2),
      (s) => (s.declare(1, null), s.main(1, 2, 'No')),
      { kind: 'done' },
      2,
    ],
    ['three proposals, nobody asks for a vote', P.slice(0, 3), (s) => s.declare(3, 'Yes'), { kind: 'done' }, 3],
    ['three proposals, a vote asked: the order', P.slice(0, 3), (s) => s.declare(1, null), { kind: 'order', proposed: [2, 3] }, null],
    [
      'three proposals, the order approved: elimination',
      P.slice(0, 3),
      (s) => (s.declare(1, null), s.order([2, 3])),
      { kind: 'elimination', current: 2, challenger: 3, round: 1 },
      null,
    ],
    [
      'three proposals, the challenger wins: main vote against it',
      P.slice(0, 3),
      (s) => (s.declare(1, null), s.order([2, 3]), s.elim(2, 3, 'No', { decidedBy: 'Acclamation' })),
      { kind: 'mainVote', main: 1, counter: 3 },
      null,
    ],
    [
      'three proposals, the counter-proposal wins',
      P.slice(0, 3),
      (s) => (s.declare(1, null), s.order([2, 3]), s.elim(2, 3, 'No'), s.main(1, 3, 'No')),
      { kind: 'done' },
      3,
    ],
  ])('%s', (_name, kinds, build, next, winner) => {
    const s = steps();
    build(s);
    const st = run(proposals(kinds), s);
    expect(st.next).toEqual(next);
    expect(st.problems).toEqual([]);
    expect(st.decision).toEqual(winner === null ? null : { kind: 'decided', mainProposalId: winner, amendments: [] });
  });

  it('four proposals, a vote at every step, in the order the chair set', () => {
    const s = steps();
    const set = proposals(['Approve', 'Reject', 'Own', 'Own']);
    s.declare(3, null);
    expect(run(set, s).next).toEqual({ kind: 'order', proposed: [1, 2, 4] });
    s.order([4, 1, 2]);
    expect(run(set, s).next).toEqual({ kind: 'elimination', current: 4, challenger: 1, round: 1 });
    s.elim(4, 1, 'Yes');
    expect(run(set, s).next).toEqual({ kind: 'elimination', current: 4, challenger: 2, round: 2 });
    s.elim(4, 2, 'No');
    expect(run(set, s)).toMatchObject({ next: { kind: 'mainVote', main: 3, counter: 2 }, main: 3, counter: 2, order: [4, 1, 2] });
    s.main(3, 2, 'Yes');
    const st = run(set, s);
    expect(st.next).toEqual({ kind: 'done' });
    expect(st.decision).toEqual({ kind: 'decided', mainProposalId: 3, amendments: [] });
    expect(st.problems).toEqual([]);
    expect(st.history).toEqual([
      {
        voteId: 501,
        step: 1,
        kind: 'mainDeclared',
        proposalId: 3,
        candidates: [1, 2, 3, 4],
        voteAsked: true,
        outcome: null,
        decidedBy: null,
      },
      { voteId: 502, step: 2, kind: 'order', order: [4, 1, 2], outcome: null, decidedBy: null },
      { voteId: 503, step: 3, kind: 'elimination', round: 1, current: 4, challenger: 1, winner: 4, outcome: 'Yes', decidedBy: 'Vote' },
      { voteId: 504, step: 4, kind: 'elimination', round: 2, current: 4, challenger: 2, winner: 2, outcome: 'No', decidedBy: 'Vote' },
      { voteId: 505, step: 5, kind: 'mainVote', main: 3, counter: 2, winner: 3, outcome: 'Yes', decidedBy: 'Vote' },
    ]);
  });

  it.each<[string, Side, DecidedBy, boolean, number]>([
    ["a tie settled by the chair's casting vote for the current proposal", 'Yes', 'CastingVote', false, 2],
    ['a tie the chair decided for the challenger', 'No', 'ChairDecision', false, 3],
    ['a tie in an election settled by lot for the current proposal', 'Yes', 'Lot', true, 2],
    ['a tie in an election settled by lot for the challenger', 'No', 'Lot', true, 3],
  ])('an elimination step: %s', (_name, outcome, by, election, counter) => {
    const s = steps();
    s.declare(1, null);
    s.order([2, 3]);
    s.elim(2, 3, outcome, { decidedBy: by });
    const st = run(proposals(['Approve', 'Reject', 'Own']), s, { election });
    expect(st.next).toEqual({ kind: 'mainVote', main: 1, counter });
    expect(st.history[2]).toMatchObject({ kind: 'elimination', winner: counter, outcome, decidedBy: by });
    expect(st.problems).toEqual([]);
  });

  it('skips withdrawn proposals and cancelled steps', () => {
    const set = proposals(['Approve', 'Reject', 'Own', 'MinorityReferBack', 'Amendment'], { withdrawn: [2, 4, 5] });
    const s = steps();
    expect(run(set, s).next).toEqual({ kind: 'declareMain', candidates: [1, 3] });
    s.declare(1, null);
    s.main(1, 3, null, { status: 'Cancelled' });
    expect(run(set, s).next).toEqual({ kind: 'mainVote', main: 1, counter: 3 });
    s.main(1, 3, 'Yes');
    expect(run(set, s)).toMatchObject({
      next: { kind: 'done' },
      decision: { kind: 'decided', mainProposalId: 1, amendments: [] },
      problems: [],
    });
  });
});

describe('referral back and tabling, decided first', () => {
  it('reaches a minority referral back with 24 of 71 asking: referred back without a vote', () => {
    const set = proposals(['Approve', 'MinorityReferBack'], { supporters: { 2: 23 } });
    const s = steps();
    expect(run(set, s).next).toEqual({ kind: 'minority', proposalId: 2, asking: 24, present: 71, required: 24, passes: true });
    s.minority(2, 24, 71, true);
    const st = run(set, s);
    expect(st.next).toEqual({ kind: 'done' });
    expect(st.decision).toEqual({ kind: 'minorityReferredBack', proposalId: 2 });
    expect(st.history).toEqual([
      {
        voteId: 501,
        step: 1,
        kind: 'minority',
        proposalId: 2,
        asking: 24,
        present: 71,
        passed: true,
        outcome: 'Yes',
        decidedBy: 'Minority',
      },
    ]);
    expect(st.problems).toEqual([]);
  });

  it('misses with 23 of 71: the referral back is then voted on as an ordinary one', () => {
    const set = proposals(['Approve', 'MinorityReferBack'], { supporters: { 2: 22 } });
    const s = steps();
    expect(run(set, s).next).toEqual({ kind: 'minority', proposalId: 2, asking: 23, present: 71, required: 24, passes: false });
    s.minority(2, 23, 71, false);
    expect(run(set, s).next).toEqual({ kind: 'procedural', proposalId: 2, motion: 'ReferBack' });
    s.procedural(2, 'Yes');
    expect(run(set, s).next).toEqual({ kind: 'acclaimSingle', proposalId: 1 });
    s.procedural(2, 'No');
    // a second vote on the same motion is not what the procedure needs now
    expect(codes(run(set, s))).toEqual([[3, 'outOfProcedure']]);
  });

  it('ends the item when the referral back passes; steps after it are out of place', () => {
    const set = proposals(['Approve', 'Reject', 'ReferBack', 'Amendment']);
    const s = steps();
    expect(run(set, s).next).toEqual({ kind: 'procedural', proposalId: 3, motion: 'ReferBack' });
    s.procedural(3, 'No');
    s.declare(1, 'Yes');
    const st = run(set, s);
    expect(st).toMatchObject({ next: { kind: 'done' }, decision: { kind: 'referredBack', proposalId: 3 }, lapsed: [] });
    expect(trail(st)).toEqual([['procedural', 'No', 'Vote']]);
    expect(codes(st)).toEqual([[2, 'afterEnd']]);
  });

  it('takes återremiss and bordläggning in the order made; bordläggning passing tables the item', () => {
    const set = proposals(['Approve', 'Table', 'ReferBack']);
    const s = steps();
    expect(run(set, s).next).toEqual({ kind: 'procedural', proposalId: 2, motion: 'Table' });
    s.procedural(2, 'Yes', { decidedBy: 'Acclamation' });
    expect(run(set, s).next).toEqual({ kind: 'procedural', proposalId: 3, motion: 'ReferBack' });
    s.procedural(3, 'Yes');
    expect(run(set, s).next).toEqual({ kind: 'acclaimSingle', proposalId: 1 });

    const t = steps();
    t.procedural(2, 'No');
    expect(run(set, t)).toMatchObject({ next: { kind: 'done' }, decision: { kind: 'tabled', proposalId: 2 }, problems: [] });
  });

  it('counts the minority referrals before the other procedural motions', () => {
    const set = proposals(['Approve', 'Table', 'MinorityReferBack'], { supporters: { 3: 2 } });
    const s = steps();
    expect(run(set, s, { present: 9 }).next).toEqual({ kind: 'minority', proposalId: 3, asking: 3, present: 9, required: 3, passes: true });
    s.minority(3, 2, 9, false);
    expect(run(set, s, { present: 9 }).next).toEqual({ kind: 'procedural', proposalId: 2, motion: 'Table' });
  });
});

describe('amendments and additions, after the main decision', () => {
  it('are put one by one in the order made: bifall and avslag', () => {
    const set = proposals(['Approve', 'Amendment', 'Reject', 'Addition']);
    const s = steps();
    s.declare(1, null);
    s.main(1, 3, 'Yes');
    expect(run(set, s)).toMatchObject({
      next: { kind: 'amendment', proposalId: 2 },
      decision: { kind: 'decided', mainProposalId: 1, amendments: [] },
    });
    s.amend(2, 'Yes', { decidedBy: 'Acclamation' });
    expect(run(set, s)).toMatchObject({
      next: { kind: 'amendment', proposalId: 4 },
      decision: { kind: 'decided', mainProposalId: 1, amendments: [{ proposalId: 2, adopted: true }] },
    });
    s.amend(4, 'No');
    const st = run(set, s);
    expect(st.next).toEqual({ kind: 'done' });
    expect(st.decision).toEqual({
      kind: 'decided',
      mainProposalId: 1,
      amendments: [
        { proposalId: 2, adopted: true },
        { proposalId: 4, adopted: false },
      ],
    });
    expect(trail(st)).toEqual([
      ['mainDeclared', null, null],
      ['mainVote', 'Yes', 'Vote'],
      ['amendment', 'Yes', 'Acclamation'],
      ['amendment', 'No', 'Vote'],
    ]);
  });

  it('lapse when avslag wins', () => {
    const set = proposals(['Approve', 'Reject', 'Amendment', 'Addition']);
    const s = steps();
    s.declare(1, null);
    s.main(1, 2, 'No');
    const st = run(set, s);
    expect(st).toMatchObject({ next: { kind: 'done' }, decision: { kind: 'decided', mainProposalId: 2, amendments: [] }, lapsed: [3, 4] });
    s.amend(3, 'Yes');
    expect(codes(run(set, s))).toEqual([[3, 'afterEnd']]);
  });

  it('are the only question when there is no main proposal', () => {
    const set = proposals(['Amendment']);
    const s = steps();
    expect(run(set, s)).toMatchObject({ next: { kind: 'amendment', proposalId: 1 }, decision: { kind: 'decided', mainProposalId: null } });
    s.amend(1, 'No');
    expect(run(set, s)).toMatchObject({
      next: { kind: 'done' },
      decision: { kind: 'decided', mainProposalId: null, amendments: [{ proposalId: 1, adopted: false }] },
    });
  });

  it('nothing to decide: done at once', () => {
    expect(run(proposals([]), steps())).toMatchObject({ next: { kind: 'done' }, decision: null, history: [], problems: [] });
  });
});

describe('waiting on a recorded step', () => {
  it.each<[string, Over, boolean, string]>([
    ['a prepared vote', { status: 'Prepared' }, false, 'prepared'],
    ['an open vote', { status: 'Open' }, false, 'open'],
    ['a closed tie the chair must decide', { status: 'Closed' }, false, 'chairMustDecide'],
    ['a closed tie in an election that needs a lot', { status: 'Closed' }, true, 'lotNeeded'],
  ])('%s', (_name, over, election, reason) => {
    const set = proposals(['Approve', 'Reject']);
    const s = steps();
    s.declare(1, null);
    const vote = s.main(1, 2, null, over);
    const st = run(set, s, { election });
    expect(st.next).toEqual({ kind: 'awaiting', step: vote, reason });
    expect(st.decision).toBeNull();
    expect(st.counter).toBe(2);
  });

  it('waits on an Order not yet approved, and lists what was recorded after a step still waited on', () => {
    const set = proposals(['Approve', 'Reject', 'Own']);
    const s = steps();
    s.declare(1, null);
    const order = s.order([3, 2], { status: 'Prepared' });
    s.elim(3, 2, 'Yes');
    const st = run(set, s);
    expect(st.next).toEqual({ kind: 'awaiting', step: order, reason: 'prepared' });
    expect(codes(st)).toEqual([[3, 'afterUnsettled']]);
  });

  it("a tie in a counter-proposal step goes to a lot where the body's rules say so, the main vote's tie still to the chair", () => {
    const set = proposals(['Approve', 'Reject', 'Own']);
    const s = steps();
    s.declare(1, null);
    s.order([2, 3]);
    const tie = s.elim(2, 3, null, { status: 'Closed' });
    expect(run(set, s).next).toEqual({ kind: 'awaiting', step: tie, reason: 'chairMustDecide' });
    expect(run(set, s, { eliminationTieByLot: true }).next).toEqual({ kind: 'awaiting', step: tie, reason: 'lotNeeded' });
    const lot = steps();
    lot.declare(1, null);
    lot.order([2, 3]);
    lot.elim(2, 3, 'No', { decidedBy: 'Lot' });
    const main = lot.main(1, 3, null, { status: 'Closed' });
    const st = run(set, lot, { eliminationTieByLot: true });
    expect(st.next).toEqual({ kind: 'awaiting', step: main, reason: 'chairMustDecide' });
    expect(codes(st)).toEqual([]);
  });

  it('a procedural tie on an election item is not an election: the chair decides', () => {
    const set = proposals(['Approve', 'Table']);
    const s = steps();
    const vote = s.procedural(2, null);
    expect(run(set, s, { election: true }).next).toEqual({ kind: 'awaiting', step: vote, reason: 'chairMustDecide' });
  });
});

describe('problems in the record, never thrown', () => {
  it('asks for the lock first, and lists steps recorded before it', () => {
    const s = steps();
    s.declare(1, 'Yes');
    const st = run(proposals(['Approve'], { locked: false }), s);
    expect(st.next).toEqual({ kind: 'lockFirst' });
    expect(codes(st)).toEqual([[1, 'notLocked']]);
    expect(st.decision).toBeNull();
  });

  it.each<[string, ProposalSet, (s: Steps) => void, [number, string][], ProcedureState['next']]>([
    [
      'a step naming an unknown proposal',
      proposals(['Approve']),
      (s) => s.declare(9, 'Yes'),
      [[1, 'unknownProposal']],
      { kind: 'acclaimSingle', proposalId: 1 },
    ],
    [
      'a step naming a withdrawn proposal',
      proposals(['Approve', 'Reject', 'Own'], { withdrawn: [3] }),
      (s) => s.declare(3, 'Yes'),
      [[1, 'withdrawnProposal']],
      { kind: 'declareMain', candidates: [1, 2] },
    ],
    [
      'an Order that is not a permutation of the rest',
      proposals(['Approve', 'Reject', 'Own', 'Own']),
      (s) => (s.declare(1, null), s.order([2, 3]), s.order([2, 2, 3]), s.order([1, 2, 4]), s.order(null)),
      [
        [2, 'orderNotPermutation'],
        [3, 'orderNotPermutation'],
        [4, 'orderNotPermutation'],
        [5, 'orderNotPermutation'],
      ],
      { kind: 'order', proposed: [2, 3, 4] },
    ],
    [
      'two steps with the same number: the first counts',
      proposals(['Approve', 'Reject']),
      (s) => (s.declare(1, null), s.main(1, 2, 'No', { step: 1 })),
      [[1, 'duplicateStep']],
      { kind: 'mainVote', main: 1, counter: 2 },
    ],
    [
      'a main vote before the main proposal is declared',
      proposals(['Approve', 'Reject']),
      (s) => s.main(1, 2, 'Yes'),
      [[1, 'outOfProcedure']],
      { kind: 'declareMain', candidates: [1, 2] },
    ],
    [
      'the main proposals skipped for the procedural motion',
      proposals(['Approve', 'ReferBack']),
      (s) => (s.declare(1, 'Yes'), s.procedural(2, 'Yes')),
      [[1, 'outOfProcedure']],
      { kind: 'acclaimSingle', proposalId: 1 },
    ],
    [
      'an elimination step with the sides swapped',
      proposals(['Approve', 'Reject', 'Own']),
      (s) => (s.declare(1, null), s.order([2, 3]), s.elim(3, 2, 'Yes')),
      [[3, 'wrongProposals']],
      { kind: 'elimination', current: 2, challenger: 3, round: 1 },
    ],
    [
      'a main vote against a proposal that is not the counter-proposal',
      proposals(['Approve', 'Reject', 'Own']),
      (s) => (s.declare(1, null), s.order([2, 3]), s.elim(2, 3, 'Yes'), s.main(1, 3, 'Yes')),
      [[4, 'wrongProposals']],
      { kind: 'mainVote', main: 1, counter: 2 },
    ],
    [
      'a main declaration with Nej',
      proposals(['Approve', 'Reject']),
      (s) => s.declare(1, null, { outcome: 'No' }),
      [[1, 'badOutcome']],
      { kind: 'declareMain', candidates: [1, 2] },
    ],
    [
      'a single proposal declared with a vote asked',
      proposals(['Approve']),
      (s) => s.declare(1, null),
      [[1, 'badOutcome']],
      { kind: 'acclaimSingle', proposalId: 1 },
    ],
    [
      'a step of another item, and one created before the lock',
      proposals(['Approve']),
      (s) => (s.declare(1, 'Yes', { itemId: 13 }), s.declare(1, 'Yes', { created: iso(50) })),
      [
        [1, 'wrongItem'],
        [2, 'beforeLock'],
      ],
      { kind: 'acclaimSingle', proposalId: 1 },
    ],
  ])('%s', (_name, set, build, problems, next) => {
    const s = steps();
    build(s);
    const st = run(set, s);
    expect(codes(st)).toEqual(problems);
    expect(st.next).toEqual(next);
  });

  it('counts a recorded outcome that breaks a rule, and says which rule', () => {
    const set = proposals(['Approve', 'Reject', 'Own', 'MinorityReferBack', 'Table']);
    const t = steps();
    t.minority(4, 20, 71, true);
    expect(run(set, t)).toMatchObject({
      decision: { kind: 'minorityReferredBack', proposalId: 4 },
      problems: [{ step: 1, code: 'minorityBelowThird', voteId: 501 }],
    });

    const u = steps();
    u.minority(4, 2, 71, false);
    u.procedural(4, 'Yes');
    u.procedural(5, 'Yes', { decidedBy: 'Lot' });
    u.declare(1, null);
    u.order([2, 3]);
    u.elim(2, 3, 'No', { decidedBy: 'CastingVote' });
    const st = run(set, u, { election: true });
    expect(codes(st)).toEqual([
      [3, 'lotOutsideElection'],
      [6, 'chairDecidedElection'],
    ]);
    expect(st.next).toEqual({ kind: 'mainVote', main: 1, counter: 3 });
  });

  it('never throws on a count that is not a count', () => {
    const set = proposals(['MinorityReferBack']);
    expect(run(set, steps(), { present: -3 }).next).toMatchObject({ kind: 'minority', present: 0, passes: false });
    const s = steps();
    s.minority(1, 1.5, Number.NaN, true);
    expect(codes(run(set, s))).toEqual([[1, 'minorityBelowThird']]);
  });
});

describe('nextStepNumber', () => {
  it('is one past the highest step recorded, cancelled ones included', () => {
    expect(nextStepNumber([])).toBe(1);
    const s = steps();
    s.declare(1, null);
    s.main(1, 2, null, { status: 'Cancelled', step: 4 });
    s.main(1, 2, null, { step: 2 });
    expect(nextStepNumber(s.list)).toBe(5);
  });
});

import { canChangeProposal, canPropose, canSupport, canWithdrawProposal, proposalSet } from '../../../../src/domain/live/proposals';
import type { ProposalEventKind, ProposalSet } from '../../../../src/domain/live/types';
import { CHAIR, CLERK, ITEM, iso, motions, standing } from './builders';

const codes = (s: ProposalSet) => s.refused.map((r) => r.code);
const set = (m: ReturnType<typeof motions>, st = standing()) => proposalSet(m.events, ITEM, st);

describe('making proposals', () => {
  it("records a serving member's proposal, and one staff made for a member, in the order made; other items apart", () => {
    const m = motions();
    const a = m.make(101, 'Approve');
    const b = m.make(102, 'Amendment', 'Punkt 2 ändras till "senast 2027".', { authorId: CLERK });
    m.make(103, 'Reject', null, { itemId: 13 });
    const s = set(m);
    expect(s.itemId).toBe(ITEM);
    expect(s.proposals.map((p) => [p.id, p.kind, p.personId, p.onBehalf])).toEqual([
      [a, 'Approve', 101, false],
      [b, 'Amendment', 102, true],
    ]);
    expect(s.proposals[0]).toMatchObject({ text: '', madeAt: iso(10), supporters: [], withdrawn: false, changedWithConsent: [] });
    expect(proposalSet(m.events, 13, standing()).proposals.map((p) => p.personId)).toEqual([103]);
  });

  it('refuses those who do not serve: non-serving substitutes, the disqualified, outsiders; and a member writing for another', () => {
    const m = motions();
    m.make(201, 'Approve');
    m.make(106, 'Reject');
    m.make(300, 'Approve');
    m.make(102, 'Approve', null, { authorId: 101 });
    const s = set(m);
    expect(s.proposals).toEqual([]);
    expect(codes(s)).toEqual(['substituteMayNotPropose', 'disqualified', 'notServing', 'notStaff']);
  });

  it('requires a wording for own proposals, amendments, additions and referrals back — reasons for a minority referral back', () => {
    const m = motions();
    for (const kind of ['Own', 'Amendment', 'Addition', 'ReferBack', 'MinorityReferBack'] as const) m.make(101, kind, '  ');
    m.make(101, 'MinorityReferBack', null);
    m.make(101, 'MinorityReferBack', 'Underlaget saknar en konsekvensanalys för länets mindre kommuner.');
    m.make(101, 'Approve');
    m.make(101, 'Reject');
    m.make(101, 'Table', null);
    m.make(101, null, 'Bifall');
    const s = set(m);
    expect(codes(s)).toEqual(['textMissing', 'textMissing', 'textMissing', 'textMissing', 'textMissing', 'textMissing', 'kindMissing']);
    expect(s.proposals.map((p) => p.kind)).toEqual(['MinorityReferBack', 'Approve', 'Reject', 'Table']);
  });
});

describe('supporting (instämmer)', () => {
  it('records serving supporters once each, not the proposer, not for a withdrawn proposal', () => {
    const m = motions();
    const a = m.make(101, 'Own', 'Regionen inför fri kollektivtrafik för unga.');
    m.support(102, a);
    m.support(103, a, { authorId: CLERK });
    m.support(102, a);
    m.support(101, a);
    m.support(201, a);
    m.support(104, 999);
    m.support(105, a, { authorId: 104 });
    m.withdraw(101, a);
    m.support(104, a);
    const s = set(m);
    expect(s.proposals[0].supporters).toEqual([102, 103]);
    expect(codes(s)).toEqual([
      'alreadySupported',
      'supportOwn',
      'substituteMayNotPropose',
      'unknownProposal',
      'notStaff',
      'proposalWithdrawn',
    ]);
  });
});

describe('withdrawing and changing', () => {
  it('lets the proposer or staff withdraw, nobody else, and only once', () => {
    const m = motions();
    const a = m.make(101, 'Approve');
    const b = m.make(102, 'Reject');
    m.withdraw(103, a);
    m.withdraw(101, a);
    m.withdraw(CHAIR, b);
    m.withdraw(101, a);
    m.withdraw(101, null);
    const s = set(m);
    expect(s.proposals.map((p) => p.withdrawn)).toEqual([true, true]);
    expect(codes(s)).toEqual(['notOwnProposal', 'proposalWithdrawn', 'unknownProposal']);
  });

  it('lets the proposer or staff change the wording before the lock, not another member, never to nothing', () => {
    const m = motions();
    const a = m.make(101, 'Amendment', 'Första lydelsen.');
    m.change(101, a, 'Andra lydelsen.');
    m.change(102, a, 'Kapad lydelse.');
    m.change(101, a, '');
    m.change(CLERK, a, 'Tredje lydelsen.');
    const s = set(m);
    expect(s.proposals[0]).toMatchObject({ text: 'Tredje lydelsen.', changedWithConsent: [] });
    expect(codes(s)).toEqual(['notOwnProposal', 'textMissing']);
  });
});

describe('the lock (AO 2008 § 46)', () => {
  function lockedSet() {
    const m = motions();
    const a = m.make(101, 'Amendment', 'Första lydelsen.');
    const b = m.make(102, 'Approve');
    const lock = m.lock();
    return { m, a, b, lock };
  }

  it("is the chair's act: a member cannot lock the set", () => {
    const m = motions();
    m.make(101, 'Approve');
    m.lock({ authorId: 101 });
    const s = set(m);
    expect(s.locked).toBeNull();
    expect(codes(s)).toEqual(['notStaff']);
  });

  it('refuses a change after locking without unanimous consent, from the proposer and from staff alike', () => {
    const { m, a } = lockedSet();
    m.change(101, a, 'Sen lydelse.');
    m.change(CLERK, a, 'Sen lydelse.');
    m.change(101, a, 'Sen lydelse.', { unanimousConsent: true });
    const s = set(m);
    expect(s.locked).toEqual({ at: iso(30), byId: CHAIR });
    expect(s.proposals[0]).toMatchObject({ text: 'Första lydelsen.', changedWithConsent: [] });
    expect(codes(s)).toEqual(['proposalsLocked', 'proposalsLocked', 'proposalsLocked']);
  });

  it('counts a change after locking that staff record with unanimous consent, and records it', () => {
    const { m, a } = lockedSet();
    const change = m.change(CLERK, a, 'Lydelse som fullmäktige enhälligt medgav.', { personId: 101, unanimousConsent: true });
    const s = set(m);
    expect(s.proposals[0]).toMatchObject({
      text: 'Lydelse som fullmäktige enhälligt medgav.',
      changedWithConsent: [{ at: iso(40), eventId: change }],
    });
    expect(s.refused).toEqual([]);
  });

  it('closes making, supporting and withdrawing too, except staff with consent', () => {
    const { m, a, b } = lockedSet();
    m.make(103, 'Reject');
    m.support(103, a);
    m.withdraw(102, b);
    m.make(103, 'Table', null, { authorId: CLERK, unanimousConsent: true });
    m.support(104, a, { authorId: CLERK, unanimousConsent: true });
    m.withdraw(CLERK, b, { unanimousConsent: true });
    const s = set(m);
    expect(codes(s)).toEqual(['proposalsLocked', 'proposalsLocked', 'proposalsLocked']);
    expect(s.proposals.map((p) => [p.kind, p.supporters, p.withdrawn])).toEqual([
      ['Amendment', [104], false],
      ['Approve', [], true],
      ['Table', [], false],
    ]);
  });

  it('stays locked from the first lock', () => {
    const { m } = lockedSet();
    m.lock({ authorId: CLERK });
    expect(set(m).locked).toEqual({ at: iso(30), byId: CHAIR });
  });
});

describe('the can* checks say in advance what the set would refuse', () => {
  it('agrees with the derivation', () => {
    const m = motions();
    const a = m.make(101, 'Own', 'Eget yrkande.');
    const open = set(m);
    expect(canPropose(open, 201, 201, 'Approve', null, false, standing())).toEqual({ code: 'substituteMayNotPropose' });
    expect(canPropose(open, CLERK, 102, 'Own', 'Text', false, standing())).toBeNull();
    expect(canSupport(open, 101, 101, a, false, standing())).toEqual({ code: 'supportOwn' });
    expect(canSupport(open, 102, 102, a, false, standing())).toBeNull();
    expect(canWithdrawProposal(open, 102, a, false, standing())).toEqual({ code: 'notOwnProposal' });
    expect(canChangeProposal(open, 101, a, ' ', false, standing())).toEqual({ code: 'textMissing' });
    m.lock();
    const closed = set(m);
    expect(canChangeProposal(closed, 101, a, 'Ny', true, standing())).toEqual({ code: 'proposalsLocked' });
    expect(canChangeProposal(closed, CLERK, a, 'Ny', true, standing())).toBeNull();
    expect(canWithdrawProposal(closed, 101, 77, false, standing())).toEqual({ code: 'unknownProposal' });
  });

  it('refuses an event of a kind it does not know, without throwing', () => {
    const m = motions();
    m.make(101, 'Approve');
    m.events[0].kind = 'Bogus' as ProposalEventKind;
    expect(codes(set(m))).toEqual(['unknownProposal']);
  });
});

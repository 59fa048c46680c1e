import { checkContents, sectionFacts, type SectionDraft, type SectionFacts } from '../../../../src/domain/minutes/contents';
import type { Proposal } from '../../../../src/domain/live/types';
import type { VoteRecord } from '../../../../src/domain/voting/types';

const proposal = (id: number, withdrawn = false): Proposal => ({
  id,
  kind: 'Own',
  text: `Yrkande ${id}`,
  personId: 100 + id,
  madeAt: '2026-11-24T09:00:00.000Z',
  onBehalf: false,
  supporters: [],
  withdrawn,
  changedWithConsent: [],
});
const step = (id: number, decidedBy: VoteRecord['decidedBy'], status: VoteRecord['status'] = 'Closed') => ({ id, status, decidedBy });

// § 7: proposals 1 and 2 stand, 3 was withdrawn; the main proposal was declared by acclamation, then a vote (step 22); 104 disqualified
const facts = (): SectionFacts =>
  sectionFacts(
    7,
    'Decision',
    { proposals: [proposal(1), proposal(2), proposal(3, true)] },
    [step(21, 'Acclamation'), step(22, 'Vote')],
    new Set([104]),
  );

const complete = (over: Partial<SectionDraft> = {}): SectionDraft => ({
  section: 7,
  proposalIds: [1, 2],
  orderStated: true,
  votes: [{ voteId: 22, resultStated: true }],
  decision: 'Regionfullmäktige bifaller styrelsens förslag.',
  disqualifiedIds: [104],
  ...over,
});

describe('the facts of a section', () => {
  it('the proposals not withdrawn, the votes held (not acclamations), the order when more than one was put, jäv', () => {
    expect(facts()).toEqual({
      section: 7,
      proposalIds: [1, 2],
      orderPut: true,
      voteIds: [22],
      decisionRequired: true,
      disqualifiedIds: [104],
    });
  });

  it('a tie settled by the casting vote or by lot was a vote; an open or cancelled step was not held', () => {
    const f = sectionFacts(
      7,
      'Election',
      { proposals: [proposal(1)] },
      [step(1, 'CastingVote'), step(2, 'Lot'), step(3, 'Paper'), step(4, null, 'Open'), step(5, null, 'Cancelled'), step(6, 'Minority')],
      undefined,
    );
    expect(f).toMatchObject({ voteIds: [1, 2, 3], orderPut: false, decisionRequired: true, disqualifiedIds: [] });
  });

  it('an information item takes no decision', () => {
    expect(sectionFacts(2, 'Information', { proposals: [] }, [], undefined).decisionRequired).toBe(false);
  });
});

describe('what KL 5:67 asks of a draft', () => {
  it('a complete section has no problems', () => {
    expect(checkContents([facts()], [complete()])).toEqual([]);
  });

  it('names every gap with its section', () => {
    const draft = complete({ proposalIds: [1], orderStated: false, votes: [], decision: '  ', disqualifiedIds: [] });
    expect(checkContents([facts()], [draft])).toEqual([
      { code: 'proposalsMissing', section: 7, proposalIds: [2] },
      { code: 'orderMissing', section: 7 },
      { code: 'votesMissing', section: 7, voteIds: [22] },
      { code: 'decisionMissing', section: 7 },
      { code: 'conflictsMissing', section: 7, personIds: [104] },
    ]);
  });

  it('a vote told without its result', () => {
    expect(checkContents([facts()], [complete({ votes: [{ voteId: 22, resultStated: false }] })])).toEqual([
      { code: 'voteResultMissing', section: 7, voteIds: [22] },
    ]);
  });

  it('a section left out of the draft', () => {
    const info = sectionFacts(8, 'Information', { proposals: [] }, [], undefined);
    expect(checkContents([info, facts()], [complete()])).toEqual([{ code: 'sectionMissing', section: 8 }]);
  });

  it('an information item without a decision, or a single proposal without an order, is fine', () => {
    const info = sectionFacts(8, 'Information', { proposals: [] }, [], undefined);
    const single = sectionFacts(9, 'Decision', { proposals: [proposal(1)] }, [step(30, 'Acclamation')], undefined);
    const drafts: SectionDraft[] = [
      { section: 8, proposalIds: [], orderStated: false, votes: [], decision: '', disqualifiedIds: [] },
      { section: 9, proposalIds: [1], orderStated: false, votes: [], decision: 'Bifall.', disqualifiedIds: [] },
    ];
    expect(checkContents([info, single], drafts)).toEqual([]);
  });
});

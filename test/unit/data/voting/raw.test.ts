import {
  formatElectorate,
  formatMajority,
  parseElectorate,
  parseMajority,
  parseOrder,
  parseResult,
  toBallots,
  toVoteRecord,
  type RawVoteRow,
} from '../../../../src/data/voting/raw';

const row = (over: Partial<RawVoteRow> = {}): RawVoteRow => ({
  Id: 7,
  AgendaItemId: 12,
  Title: 'Bifall eller avslag?',
  Step: 3,
  StepKind: 'Huvudvotering',
  VoteKind: 'Öppen votering',
  VoteStatus: 'Stängd',
  YesProposal: 40,
  NoProposal: 41,
  ProposalOrder: null,
  YesMeaning: 'Bifall',
  NoMeaning: 'Avslag',
  Majority: null,
  ApprovedAt: '2026-12-02T09:00:00Z',
  ElectorateHash: 'ab'.repeat(32),
  OpenedAt: '2026-12-02T09:00:05Z',
  ClosedAt: '2026-12-02T09:01:00Z',
  ResultHash: 'cd'.repeat(32),
  Outcome: 'Ja',
  DecidedBy: 'Utslagsröst',
  LotSeed: null,
  WitnessesId: { results: [5, 6] },
  MinorityAsking: null,
  MinorityPresent: null,
  AuthorId: 3,
  EditorId: 3,
  Created: '2026-12-02T08:59:00Z',
  Modified: '2026-12-02T09:01:00Z',
  ...over,
});

describe('decision steps as SharePoint stores them', () => {
  it('maps the Swedish choices to the domain codes and leaves the heavy columns unread', () => {
    expect(toVoteRecord(row())).toMatchObject({
      id: 7,
      itemId: 12,
      step: 3,
      stepKind: 'MainVote',
      kind: 'Open',
      status: 'Closed',
      outcome: 'Yes',
      decidedBy: 'CastingVote',
      witnessIds: [5, 6],
      electorate: null,
      result: null,
    });
  });

  it('ignores a row without a known step kind, status or step number', () => {
    expect(toVoteRecord(row({ StepKind: 'Gissning' }))).toBeNull();
    expect(toVoteRecord(row({ VoteStatus: 'toString' }))).toBeNull();
    expect(toVoteRecord(row({ Step: null }))).toBeNull();
  });

  it('reads the frozen electorate back exactly as written, and refuses a malformed one', () => {
    const voters = [
      { personId: 11, seatNumber: 1, capacity: 'Member' as const, party: 'S' },
      { personId: 12, seatNumber: 2, capacity: 'ServingSubstitute' as const, party: 'M' },
    ];
    const outside = [{ personId: 13, seatNumber: 3, party: 'V', reason: 'disqualified' as const }];
    expect(parseElectorate(formatElectorate({ voters, outside }), 'h')).toEqual({ voters, outside, hash: 'h' });
    // the first form, voters only
    expect(parseElectorate('[[11,1,"M","S"]]', 'h')).toEqual({ voters: [voters[0]], outside: [], hash: 'h' });
    expect(parseElectorate('[[1,"x"]]', 'h')).toBeNull();
    expect(parseElectorate('{"v":[],"o":[[13,3,"V","bored"]]}', 'h')).toBeNull();
    expect(parseElectorate(formatElectorate({ voters }), null)).toBeNull();
    expect(parseElectorate('{', 'h')).toBeNull();
  });

  it('reads a qualified majority and an order, and nothing else', () => {
    expect(parseMajority(formatMajority({ numerator: 2, denominator: 3, of: 'cast' }))).toEqual({
      numerator: 2,
      denominator: 3,
      of: 'cast',
    });
    expect(parseMajority('{"n":3,"d":2}')).toBeNull();
    expect(parseMajority('{"n":1,"d":0}')).toBeNull();
    expect(parseOrder('[3,1,2]')).toEqual([3, 1, 2]);
    expect(parseOrder('[3,"x"]')).toBeNull();
  });

  it('reads a stored result only when every part has its shape', () => {
    const ok = {
      yes: 1,
      no: 0,
      abstain: 0,
      absent: 1,
      choices: [
        [11, 'J'],
        [12, '-'],
      ],
      counted: [5],
      rejected: [[6, 'late']],
    };
    expect(parseResult(JSON.stringify(ok))).toEqual(ok);
    expect(parseResult(JSON.stringify({ ...ok, rejected: [[6, 'because']] }))).toBeNull();
    expect(parseResult(JSON.stringify({ ...ok, choices: [[11, 'Y']] }))).toBeNull();
    expect(parseResult(JSON.stringify({ ...ok, yes: 1.5 }))).toBeNull();
  });

  it('maps ballots and skips a choice the list does not have', () => {
    const b = { Id: 1, VoteId: 7, BallotKey: '7:11:abcdefgh', AuthorId: 11, Created: '2026-12-02T09:00:10Z' };
    expect(
      toBallots([
        { ...b, BallotChoice: 'Avstår' },
        { ...b, Id: 2, BallotChoice: 'Kanske' },
      ]),
    ).toEqual([{ id: 1, voteId: 7, authorId: 11, key: '7:11:abcdefgh', choice: 'Abstain', created: '2026-12-02T09:00:10Z' }]);
  });
});

import { seatTable, type ItemSeats, type SeatTableInput } from '../../../../src/domain/meetings/seats';
import { quorum } from '../../../../src/domain/meetings/quorum';
import { canOpenVote, freezeElectorate, type CanOpenVoteInput, type VoteOpenProblem } from '../../../../src/domain/voting/electorate';
import { electorateHash } from '../../../../src/domain/voting/hash';
import { agenda, jav, member, roll, rules, START, substitute, trust } from '../builders';

/** An RF in miniature: 5 seats, S 3 (101–103), M 2 (104–105); S substitutes 201, 202; M substitute 204. Items 11–13. */
const rf = [
  member(101, 'S', 1),
  member(102, 'S', 2),
  member(103, 'S', 3),
  member(104, 'M', 4),
  member(105, 'M', 5),
  substitute(201, 'S', 1),
  substitute(202, 'S', 2),
  substitute(204, 'M', 1),
];

function table(o: Partial<SeatTableInput>): ItemSeats[] {
  return seatTable({
    rules: rules({ kind: 'RegionalAssembly', seats: 5, substituteRule: 'SamePartyOnly' }),
    assignments: rf,
    items: agenda(3),
    attendance: [],
    conflicts: [],
    meetingStart: START,
    remoteAllowed: true,
    trust,
    mode: 'rollCall',
    ...o,
  });
}
const present = (ids: number[]) => ids.map((id) => roll(id, 'Present'));
const ids = (s: ItemSeats, broken: number[] = []) => freezeElectorate(s, new Set(broken)).voters.map((v) => v.personId);

describe('the electorate frozen when a vote opens', () => {
  it('is the seat holders in seat order, with capacity and party, and its hash', () => {
    const [item] = table({ attendance: [...present([102, 103, 104, 105, 201]), roll(101, 'Absent')] });
    const e = freezeElectorate(item, new Set());
    expect(e.voters).toEqual([
      { personId: 201, seatNumber: 1, capacity: 'ServingSubstitute', party: 'S' },
      { personId: 102, seatNumber: 2, capacity: 'Member', party: 'S' },
      { personId: 103, seatNumber: 3, capacity: 'Member', party: 'S' },
      { personId: 104, seatNumber: 4, capacity: 'Member', party: 'M' },
      { personId: 105, seatNumber: 5, capacity: 'Member', party: 'M' },
    ]);
    expect(e.hash).toBe(electorateHash(e.voters));
    // the absent member is recorded as Deltar ej, from the seat a substitute holds
    expect(e.outside).toEqual([{ personId: 101, seatNumber: 1, party: 'S', reason: 'absent' }]);
  });

  it('lists the members of the other seats with why they do not take part: disqualified, absent, a broken link', () => {
    const items = table({ attendance: present([101, 102, 103, 104]), conflicts: [jav(102, 12)] });
    const e = freezeElectorate(items[1], new Set([104]));
    expect(e.voters.map((v) => v.personId)).toEqual([101, 103]);
    expect(e.outside).toEqual([
      { personId: 102, seatNumber: 2, party: 'S', reason: 'disqualified' },
      { personId: 104, seatNumber: 4, party: 'M', reason: 'linkBroken' },
      { personId: 105, seatNumber: 5, party: 'M', reason: 'absent' },
    ]);
  });

  it.each<[string, Partial<SeatTableInput>, number, number[], number[]]>([
    ['everyone present', { attendance: present([101, 102, 103, 104, 105]) }, 0, [], [101, 102, 103, 104, 105]],
    [
      'a disqualified member: the substitute who serves instead votes, on that item only',
      { attendance: present([101, 102, 103, 104, 105, 201]), conflicts: [jav(102, 12)] },
      1,
      [],
      [101, 201, 103, 104, 105],
    ],
    [
      'a disqualified member with nobody to serve: the seat is empty',
      { attendance: present([101, 102, 103, 104, 105]), conflicts: [jav(102, 12)] },
      1,
      [],
      [101, 103, 104, 105],
    ],
    [
      'someone recorded absent, no substitute',
      { attendance: [...present([101, 102, 103, 104]), roll(105, 'Absent')] },
      0,
      [],
      [101, 102, 103, 104],
    ],
    [
      'a remote member whose link just broke, before the seat table knows',
      { attendance: [...present([102, 103, 104, 105]), roll(101, 'PresentRemote')] },
      0,
      [101],
      [102, 103, 104, 105],
    ],
    [
      'a broken link the seat table already has: the member is out of the seat',
      { attendance: [...present([102, 103, 104, 105]), roll(101, 'PresentRemote'), roll(101, 'LinkBroken', 12, { authorId: 101 })] },
      1,
      [101],
      [102, 103, 104, 105],
    ],
    [
      'a present substitute who does not serve',
      { attendance: present([101, 102, 103, 104, 105, 201, 204]) },
      0,
      [],
      [101, 102, 103, 104, 105],
    ],
  ])('%s', (_what, o, item, broken, expected) => {
    expect(ids(table(o)[item], broken)).toEqual(expected);
  });

  it('never includes a disqualified person, nor an empty seat, and sorts by seat whatever the table order', () => {
    const [item] = table({ attendance: present([101, 102, 103, 104, 105]) });
    const handMade: ItemSeats = {
      ...item,
      seats: [...item.seats]
        .reverse()
        .map((s) => (s.seatNumber === 4 ? { ...s, holderId: null, holderName: null, capacity: 'Vacant' } : s)),
      disqualified: [{ personId: 103, servedById: null }],
    };
    expect(ids(handMade)).toEqual([101, 102, 105]);
  });
});

describe('whether a vote may open', () => {
  const [ok] = table({ attendance: present([101, 102, 103, 104, 105]) });
  const noQuorum: ItemSeats = { ...ok, quorum: quorum(5, 2) };
  const ready: CanOpenVoteInput['vote'] = { status: 'Prepared', approvedAt: '2026-12-09T10:00:00Z', kind: 'Open' };

  it.each<[string, Partial<CanOpenVoteInput>, VoteOpenProblem[]]>([
    ['a prepared, approved open vote with quorum', {}, []],
    ['an open election, likewise', { vote: { ...ready, kind: 'OpenElection' } }, []],
    ['without quorum', { seats: noQuorum }, [{ code: 'quorumMissing', missing: 1 }]],
    [
      'while remote links are broken',
      { blocked: [{ personId: 104 }, { personId: 101 }, { personId: 104 }] },
      [{ code: 'remoteLinkBroken', personIds: [101, 104] }],
    ],
    ['before the question is approved', { vote: { ...ready, approvedAt: null } }, [{ code: 'notApproved' }]],
    ['a vote already open', { vote: { ...ready, status: 'Open' } }, [{ code: 'notPrepared', status: 'Open' }]],
    ['a cancelled vote', { vote: { ...ready, status: 'Cancelled' } }, [{ code: 'notPrepared', status: 'Cancelled' }]],
    ['a secret ballot, which is run on paper', { vote: { ...ready, kind: 'PaperSecret' } }, [{ code: 'paperBallot' }]],
    [
      'everything wrong at once: every problem',
      { seats: noQuorum, blocked: [{ personId: 102 }], vote: { status: 'Closed', approvedAt: null, kind: 'PaperSecret' } },
      [
        { code: 'paperBallot' },
        { code: 'notPrepared', status: 'Closed' },
        { code: 'notApproved' },
        { code: 'quorumMissing', missing: 1 },
        { code: 'remoteLinkBroken', personIds: [102] },
      ],
    ],
  ])('%s', (_what, over, problems) => {
    expect(canOpenVote({ seats: ok, blocked: [], vote: ready, ...over })).toEqual(problems);
  });
});

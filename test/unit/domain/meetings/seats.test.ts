import { electorate, seatTable, substituteOrderFor, type SeatTableInput } from '../../../../src/domain/meetings/seats';
import type { AttendanceEvent, ConflictEvent } from '../../../../src/domain/meetings/types';
import type { SeatAssignment } from '../../../../src/domain/bodies/types';
import { agenda, jav, member, notice, roll, rules, START, substitute, trust } from '../builders';

const holders = (t: ReturnType<typeof seatTable>[number]) => t.seats.map((s) => s.holderId);

function table(
  o: Partial<SeatTableInput> & { assignments: SeatAssignment[]; attendance?: AttendanceEvent[]; conflicts?: ConflictEvent[] },
) {
  return seatTable({
    rules: rules(),
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

/** An RF in miniature: 5 seats, S 3 (101–103), M 2 (104–105); S substitutes 201, 202; M substitute 204. */
const rfRules = rules({ kind: 'RegionalAssembly', seats: 5, substituteRule: 'SamePartyOnly' });
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
const allPresent = (ids: number[]) => ids.map((id) => roll(id, 'Present'));

describe('RF: substitutes of the same party only, in party order', () => {
  it('calls the first same-party substitute for an absent member', () => {
    const [first] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([102, 103, 104, 105, 201, 202, 204]), roll(101, 'Absent')],
    });
    expect(first.seats[0]).toMatchObject({ memberId: 101, holderId: 201, capacity: 'ServingSubstitute', memberOut: 'absent' });
    expect(first.nonServingPresent.sort()).toEqual([202, 204]);
    expect(first.quorum).toMatchObject({ held: 5, required: 3, ok: true });
  });

  it("leaves the seat empty when no same-party substitute is there, even with another party's substitute free", () => {
    const [first] = table({ rules: rfRules, assignments: rf, attendance: [...allPresent([101, 102, 103, 105, 204]), roll(104, 'Absent')] });
    // 204 is M's substitute and serves; now make M's seat 5 absent too: no second M substitute, S substitutes may not serve
    expect(first.seats[3]).toMatchObject({ holderId: 204, capacity: 'ServingSubstitute' });
    const [second] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([101, 102, 103, 201, 202]), roll(104, 'Absent'), roll(105, 'Absent')],
    });
    expect(second.seats.slice(3).map((s) => s.capacity)).toEqual(['Vacant', 'Vacant']);
    expect(second.nonServingPresent.sort()).toEqual([201, 202]);
  });

  it('fills several absences of one party in seat order', () => {
    const [first] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([103, 104, 105, 201, 202]), roll(101, 'Absent'), roll(102, 'Absent')],
    });
    expect(holders(first)).toEqual([201, 202, 103, 104, 105]);
  });
});

describe('committees: personal substitute, party order, then the cross-party order', () => {
  const committee = rules({ seats: 3, crossPartyOrder: { S: ['V'], V: ['S'] } });
  const people = [
    member(101, 'S', 1),
    member(102, 'S', 2),
    member(103, 'V', 3),
    substitute(201, 'S', 1),
    substitute(202, 'S', 2, 102),
    substitute(203, 'V', 1),
  ];

  it('calls the personal substitute before the party order', () => {
    expect(substituteOrderFor(people[1], people.slice(3), committee).map((s) => s.personId)).toEqual([202, 201, 203]);
    const [first] = table({
      rules: committee,
      assignments: people,
      attendance: [...allPresent([101, 103, 201, 202, 203]), roll(102, 'Absent')],
    });
    expect(first.seats[1]).toMatchObject({ holderId: 202 });
  });

  it('falls back to the cross-party order when the party has nobody left', () => {
    const [first] = table({
      rules: committee,
      assignments: people,
      attendance: [...allPresent([103, 203]), roll(101, 'Absent'), roll(102, 'Absent')],
    });
    // S has no substitute present; V's 203 is next in S's cross-party order and serves seat 1; seat 2 stays empty
    expect(holders(first)).toEqual([203, null, 103]);
    expect(first.quorum).toMatchObject({ held: 2, required: 2, ok: true });
  });

  it('does not cross parties without a cross-party order for the party', () => {
    const noOrder = rules({ seats: 3, crossPartyOrder: {} });
    const [first] = table({ rules: noOrder, assignments: people, attendance: [...allPresent([102, 103, 203]), roll(101, 'Absent')] });
    expect(first.seats[0].capacity).toBe('Vacant');
  });
});

describe('changes between items', () => {
  it('gives the seat back to a member who arrives late', () => {
    const [one, two, three] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([102, 103, 104, 105, 201]), roll(101, 'Arrival', 13)],
    });
    expect([one, two, three].map((t) => t.seats[0].holderId)).toEqual([201, 201, 101]);
    expect(three.nonServingPresent).toEqual([201]);
  });

  it('keeps a serving substitute when a higher-ranked one arrives later', () => {
    const [one, two] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([102, 103, 104, 105, 202]), roll(101, 'Absent'), roll(201, 'Arrival', 12)],
    });
    expect(one.seats[0].holderId).toBe(202);
    expect(two.seats[0].holderId).toBe(202);
    expect(two.nonServingPresent).toContain(201);
  });

  it('lets the arriving higher-ranked substitute take the next seat that falls empty', () => {
    const [, two, three] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([102, 103, 104, 105, 202]), roll(101, 'Absent'), roll(201, 'Arrival', 12), roll(102, 'Departure', 13)],
    });
    expect(two.seats[1].holderId).toBe(102);
    expect(three.seats[1]).toMatchObject({ holderId: 201, memberOut: 'left' });
  });

  it('refuses a member who left and comes back the same day, where the body forbids it', () => {
    const events = [...allPresent([101, 102, 103, 104, 105, 201]), roll(101, 'Departure', 12), roll(101, 'Arrival', 13)];
    const [, two, three] = table({ rules: rfRules, assignments: rf, attendance: events });
    expect(two.seats[0]).toMatchObject({ holderId: 201, memberOut: 'left' });
    expect(three.seats[0]).toMatchObject({ holderId: 201, memberOut: 'left' });
    expect(three.refusedReturns).toEqual([101]);
  });

  it('lets the member return where the body allows it', () => {
    const events = [...allPresent([101, 102, 103, 104, 105, 201]), roll(101, 'Departure', 12), roll(101, 'Arrival', 13)];
    const [, two, three] = table({ rules: { ...rfRules, returnSameDayAllowed: true }, assignments: rf, attendance: events });
    expect(two.seats[0].holderId).toBe(201);
    expect(three.seats[0]).toMatchObject({ holderId: 101, capacity: 'Member' });
    expect(three.refusedReturns).toEqual([]);
  });

  it('treats a broken remote link as absence until it works again, and remote as absent where not allowed', () => {
    const events = [
      ...allPresent([102, 103, 104, 105, 201]),
      roll(101, 'PresentRemote'),
      roll(101, 'Absent', 12),
      roll(101, 'PresentRemote', 13),
    ];
    const [one, two, three] = table({ rules: rfRules, assignments: rf, attendance: events });
    expect(one.seats[0]).toMatchObject({ holderId: 101, remote: true });
    expect(two.seats[0].holderId).toBe(201);
    expect(three.seats[0]).toMatchObject({ holderId: 101, remote: true });
    const [notAllowed] = table({ rules: rfRules, assignments: rf, attendance: events, remoteAllowed: false });
    expect(notAllowed.seats[0].holderId).toBe(201);
  });

  it('ignores roll-call events a member wrote about themself', () => {
    const [first] = table({
      rules: rfRules,
      assignments: rf,
      attendance: [...allPresent([102, 103, 104, 105]), roll(101, 'Present', null, { authorId: 101 })],
    });
    expect(first.seats[0].capacity).toBe('Vacant');
  });
});

describe('jäv', () => {
  const everyone = allPresent([101, 102, 103, 104, 105, 201, 202, 204]);

  it('puts the member out for that item only, with a substitute serving, and records both', () => {
    const [one, two, three] = table({ rules: rfRules, assignments: rf, attendance: everyone, conflicts: [jav(101, 12)] });
    expect(one.seats[0].holderId).toBe(101);
    expect(two.seats[0]).toMatchObject({ holderId: 201, capacity: 'ServingSubstitute', memberOut: 'disqualified' });
    expect(two.disqualified).toEqual([{ personId: 101, servedById: 201 }]);
    expect(three.seats[0].holderId).toBe(101);
    expect(electorate(two).map((e) => e.personId)).not.toContain(101);
  });

  it('leaves the seat empty when no substitute is available, and says so', () => {
    const [, two] = table({
      rules: rfRules,
      assignments: rf,
      attendance: allPresent([101, 102, 103, 104, 105]),
      conflicts: [jav(104, 12)],
    });
    expect(two.seats[3].capacity).toBe('Vacant');
    expect(two.disqualified).toEqual([{ personId: 104, servedById: null }]);
  });

  it('replaces a disqualified serving substitute for the item and brings them back after', () => {
    const events = [...allPresent([102, 103, 104, 105, 201, 202]), roll(101, 'Absent')];
    const [one, two, three] = table({ rules: rfRules, assignments: rf, attendance: events, conflicts: [jav(201, 12)] });
    expect([one, two, three].map((t) => t.seats[0].holderId)).toEqual([201, 202, 201]);
    expect(two.disqualified).toEqual([{ personId: 201, servedById: 202 }]);
  });

  it("honours a withdrawal, and the body's ruling only when staff record it", () => {
    const withdrawn = table({
      rules: rfRules,
      assignments: rf,
      attendance: everyone,
      conflicts: [jav(101, 12), jav(101, 12, 'Withdrawn')],
    });
    expect(withdrawn[1].seats[0].holderId).toBe(101);
    const rejectedByMember = table({
      rules: rfRules,
      assignments: rf,
      attendance: everyone,
      conflicts: [jav(101, 12), jav(101, 12, 'Rejected', { authorId: 101 })],
    });
    expect(rejectedByMember[1].seats[0].holderId).toBe(201);
    const rejectedByBody = table({
      rules: rfRules,
      assignments: rf,
      attendance: everyone,
      conflicts: [jav(101, 12), jav(101, 12, 'Rejected')],
    });
    expect(rejectedByBody[1].seats[0].holderId).toBe(101);
    const forgedByOther = table({
      rules: rfRules,
      assignments: rf,
      attendance: everyone,
      conflicts: [jav(101, 12, 'Declared', { authorId: 102 })],
    });
    expect(forgedByOther[1].seats[0].holderId).toBe(101);
  });
});

describe('quorum', () => {
  it('is lost by departures between items', () => {
    const events = [
      ...allPresent([101, 102, 103, 104, 105]),
      roll(101, 'Departure', 12),
      roll(102, 'Departure', 13),
      roll(103, 'Departure', 13),
    ];
    const t = table({ rules: rfRules, assignments: rf, attendance: events });
    expect(t.map((i) => [i.quorum.held, i.quorum.ok])).toEqual([
      [5, true],
      [4, true],
      [2, false],
    ]);
    expect(t[2].quorum.missing).toBe(1);
  });

  it('is lost by jäv when nobody can serve instead', () => {
    const events = allPresent([101, 102, 104]);
    const t = table({ rules: rfRules, assignments: rf, attendance: events, conflicts: [jav(104, 12)] });
    expect(t[0].quorum.ok).toBe(true);
    expect(t[1].quorum).toMatchObject({ held: 2, ok: false });
  });

  it('counts every seat once: duplicate rows and a member listed as substitute too', () => {
    const dup = [...rf, member(101, 'S', 1), substitute(101, 'S', 3)];
    const [first] = table({ rules: rfRules, assignments: dup, attendance: allPresent([101, 102, 103, 104, 105]) });
    expect(first.seats).toHaveLength(5);
    expect(first.quorum.held).toBe(5);
    expect(first.nonServingPresent).toEqual([]);
  });

  it("counts against the body's seats, not the members on the list (vacancies count as empty)", () => {
    const [first] = table({ rules: { ...rfRules, seats: 7 }, assignments: rf, attendance: allPresent([101, 102, 103, 104]) });
    expect(first.quorum).toMatchObject({ seats: 7, held: 4, required: 4, ok: true });
  });
});

describe('planned seat table (before the meeting)', () => {
  it('expects everyone without a notice and calls in for notices, per item', () => {
    const attendance = [notice(101, 'Absence'), notice(102, 'Absence', [2])];
    const t = table({ rules: { ...rfRules, returnSameDayAllowed: true }, assignments: rf, attendance, mode: 'planned' });
    expect(t.map(holders)).toEqual([
      [201, 102, 103, 104, 105],
      [201, 202, 103, 104, 105],
      [201, 102, 103, 104, 105],
    ]);
  });

  it('where returning the same day is not allowed, a member absent for item 2 does not serve again: the substitute serves on', () => {
    const attendance = [notice(102, 'Absence', [2])];
    const t = table({ rules: rfRules, assignments: rf, attendance, mode: 'planned' });
    expect(t.map(holders)).toEqual([
      [101, 102, 103, 104, 105],
      [101, 201, 103, 104, 105],
      [101, 201, 103, 104, 105],
    ]);
  });

  it('ignores notices written after the start or by someone else', () => {
    const attendance = [notice(101, 'Absence', null, { at: '2026-12-09T08:05:00.000Z' }), notice(102, 'Absence', null, { authorId: 103 })];
    const [first] = table({ rules: rfRules, assignments: rf, attendance, mode: 'planned' });
    expect(holders(first)).toEqual([101, 102, 103, 104, 105]);
  });

  it('does not call in a substitute who reported absence; the next one comes', () => {
    const attendance = [notice(101, 'Absence'), notice(201, 'Absence')];
    const [first] = table({ rules: rfRules, assignments: rf, attendance, mode: 'planned' });
    expect(first.seats[0].holderId).toBe(202);
  });
});

describe('a broken remote link (KL 5:16)', () => {
  const items = agenda(4);
  const present = allPresent([102, 103, 104, 105, 201]);

  it('makes the member absent on the item where it broke, the seat empty there, quorum following; a substitute serves from the next item', () => {
    const events = [...present, roll(101, 'PresentRemote'), roll(101, 'LinkBroken', 12, { authorId: 101 })];
    const [one, two, three] = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(one.seats[0]).toMatchObject({ holderId: 101, remote: true });
    expect(two.seats[0]).toMatchObject({ holderId: null, capacity: 'Vacant', memberOut: 'absent' });
    expect(two.nonServingPresent).toEqual([201]);
    expect([one.quorum.held, two.quorum.held, three.quorum.held]).toEqual([5, 4, 5]);
    expect(three.seats[0]).toMatchObject({ holderId: 201, capacity: 'ServingSubstitute', memberOut: 'absent' });
  });

  it('can cost the quorum on that item', () => {
    const events = [
      ...allPresent([102, 104]),
      roll(103, 'Absent'),
      roll(105, 'Absent'),
      roll(101, 'PresentRemote'),
      roll(101, 'LinkBroken', 12),
    ];
    const [one, two] = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(one.quorum).toMatchObject({ held: 3, ok: true });
    expect(two.quorum).toMatchObject({ held: 2, ok: false, missing: 1 });
  });

  it('gives the member the seat back when the link works again, even on a body that forbids returning', () => {
    const events = [
      ...present,
      roll(101, 'PresentRemote'),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
      roll(101, 'LinkRestored', 14, { authorId: 101 }),
    ];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(rfRules.returnSameDayAllowed).toBe(false);
    expect(t.map((x) => x.seats[0].holderId)).toEqual([101, null, 201, 101]);
    expect(t[3].seats[0]).toMatchObject({ capacity: 'Member', remote: true, memberOut: null });
    expect(t[3].refusedReturns).toEqual([]);
    expect(t[3].nonServingPresent).toEqual([201]);
  });

  it('treats staff recording the person absent for the link the same way, and not as leaving', () => {
    const events = [...present, roll(101, 'PresentRemote'), roll(101, 'LinkAbsent', 12), roll(101, 'LinkRestored', 13)];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(t.map((x) => x.seats[0].holderId)).toEqual([101, null, 101, 101]);
    expect(t[1].seats[0].memberOut).toBe('absent');
  });

  it("counts LinkAbsent only from staff, and nobody's report about someone else", () => {
    const events = [
      ...present,
      roll(101, 'PresentRemote'),
      roll(101, 'LinkAbsent', 12, { authorId: 101 }),
      roll(101, 'LinkBroken', 13, { authorId: 102 }),
    ];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(t.map((x) => x.seats[0].holderId)).toEqual([101, 101, 101, 101]);
  });

  it('does not let a link report bring back a member the roll call has absent, or move one in the room', () => {
    const absent = [...present, roll(101, 'Absent'), roll(101, 'LinkRestored', 12, { authorId: 101 })];
    expect(table({ rules: rfRules, assignments: rf, items, attendance: absent }).map((x) => x.seats[0].holderId)).toEqual([
      201, 201, 201, 201,
    ]);
    const inRoom = [
      ...present,
      roll(101, 'Present'),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
      roll(101, 'LinkRestored', 13, { authorId: 101 }),
    ];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: inRoom });
    expect(t.map((x) => [x.seats[0].holderId, x.seats[0].remote])).toEqual([
      [101, false],
      [101, false],
      [101, false],
      [101, false],
    ]);
  });

  it('is not restored by a link report after the member left for the day', () => {
    const events = [
      ...present,
      roll(101, 'PresentRemote'),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
      roll(101, 'Departure', 13),
      roll(101, 'LinkRestored', 14, { authorId: 101 }),
    ];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(t[3].seats[0]).toMatchObject({ holderId: 201, memberOut: 'left' });
  });

  it("keeps a serving substitute's seat empty for the item on which their link broke, then calls the next", () => {
    const events = [
      ...allPresent([102, 103, 104, 105, 202]),
      roll(101, 'Absent'),
      roll(201, 'PresentRemote'),
      roll(201, 'LinkBroken', 12, { authorId: 201 }),
    ];
    const t = table({ rules: rfRules, assignments: rf, items, attendance: events });
    expect(t.map((x) => x.seats[0].holderId)).toEqual([201, null, 202, 202]);
  });

  it('ignores the confirmation that the person sees and hears the meeting', () => {
    const events = [...present, roll(101, 'RemoteConfirmed', 12, { authorId: 101 })];
    expect(table({ rules: rfRules, assignments: rf, items, attendance: events })[1].seats[0].holderId).toBe(201);
  });
});

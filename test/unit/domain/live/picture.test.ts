import { livePicture, type PictureInput } from '../../../../src/domain/live/picture';
import { meetingStaff } from '../../../../src/domain/live/staff';
import type { AttendanceEvent, ConflictEvent } from '../../../../src/domain/meetings/types';
import { agenda, jav, member, roll, rules, START, substitute } from '../builders';
import { CHAIR, CLERK, debate, debateRules, motions } from './builders';

/**
 * A committee of 5: S 101–103, M 104–105 (105 takes part remotely); substitutes 201 (S) and 204 (M).
 * Items 11 and 12; the chair 901 runs the meeting with clerk 900. On item 12, 103 has declared jäv
 * (201 serves for them); on item 11 the committee upheld a disputed jäv for 104 (204 serves there).
 */
const assignments = [
  member(101, 'S', 1),
  member(102, 'S', 2),
  member(103, 'S', 3),
  member(104, 'M', 4),
  member(105, 'M', 5),
  substitute(201, 'S', 1),
  substitute(204, 'M', 1),
];
const ITEM_1 = 11;
const ITEM_2 = 12;
const staff = meetingStaff(CHAIR, assignments, [CLERK]);

function rollCall(): AttendanceEvent[] {
  return [...[101, 102, 103, 104, 201, 204].map((id) => roll(id, 'Present')), roll(105, 'PresentRemote')];
}

function conflicts(): ConflictEvent[] {
  return [
    jav(103, ITEM_2),
    jav(104, ITEM_1, 'Declared'),
    jav(104, ITEM_1, 'Upheld'),
    // a member cannot uphold jäv (their own or anyone's); only staff record the body's decision
    jav(102, ITEM_2, 'Upheld', { authorId: 102 }),
    // declared and withdrawn: serves
    jav(101, ITEM_2),
    jav(101, ITEM_2, 'Withdrawn'),
  ];
}

function picture(over: Partial<PictureInput> = {}) {
  return livePicture({
    rules: rules({ seats: 5 }),
    debate: debateRules(),
    assignments,
    items: agenda(2),
    attendance: rollCall(),
    conflicts: conflicts(),
    meetingStart: START,
    remoteAllowed: true,
    staff,
    speakers: [],
    proposals: [],
    currentItemId: ITEM_2,
    ...over,
  });
}

describe("the current item's standing", () => {
  it('serving: present members and the substitute serving for the disqualified member', () => {
    const { current } = picture();
    expect(current?.itemId).toBe(ITEM_2);
    const serving = [101, 102, 103, 104, 105, 201, 204].filter((id) => current!.standing.serving(id));
    expect(serving).toEqual([101, 102, 104, 105, 201]);
    expect(current!.seats.seats.map((s) => s.holderId)).toEqual([101, 102, 201, 104, 105]);
  });

  it("disqualified: declared jäv counts; a member's own 'Upheld' and a withdrawn declaration do not", () => {
    const { standing } = picture().current!;
    expect(standing.disqualified(103)).toBe(true);
    expect(standing.disqualified(102)).toBe(false);
    expect(standing.disqualified(101)).toBe(false);
  });

  it('an upheld jäv disqualifies on that item only', () => {
    const p = picture({ currentItemId: ITEM_1 });
    expect(p.current!.standing.disqualified(104)).toBe(true);
    expect(p.current!.standing.serving(204)).toBe(true);
    expect(p.current!.standing.disqualified(103)).toBe(false);
    const onItem2 = picture().current!.standing;
    expect([onItem2.disqualified(104), onItem2.serving(104)]).toEqual([false, true]);
  });

  it('the substitute who does not serve on the item is a non-serving substitute', () => {
    const { standing, seats } = picture().current!;
    expect(seats.nonServingPresent).toEqual([204]);
    expect(standing.nonServingSubstitute(204)).toBe(true);
    expect(standing.nonServingSubstitute(201)).toBe(false);
    expect(standing.serving(204)).toBe(false);
  });

  it('staff are the chair and the clerk, not the members', () => {
    const { standing } = picture().current!;
    expect([CHAIR, CLERK, 101, 204].map((id) => standing.isStaff(id))).toEqual([true, true, false, false]);
  });

  it("knows each person's party; a stranger has none", () => {
    const p = picture();
    expect([p.partyOf(101), p.partyOf(204), p.partyOf(300)]).toEqual(['S', 'M', '']);
  });
});

describe("the current item's speaker list and proposals", () => {
  it('admits the serving, refuses the disqualified and the non-serving substitute', () => {
    const d = debate();
    const first = d.ask(101);
    const jav103 = d.ask(103);
    const sub204 = d.ask(204);
    const sub201 = d.ask(201);
    d.floor(first);
    const { current } = picture({ speakers: d.events });
    expect(current!.speakers.current?.personId).toBe(101);
    expect(current!.speakers.queue.map((r) => [r.requestId, r.personId])).toEqual([[sub201, 201]]);
    expect(current!.speakers.refused).toEqual([
      { eventId: jav103, code: 'disqualified' },
      { eventId: sub204, code: 'substituteMayNotSpeak' },
    ]);
  });

  it('lets the non-serving substitute speak where the body allows it', () => {
    const d = debate();
    d.ask(204);
    expect(picture({ speakers: d.events, debate: debateRules({ substitutesMaySpeak: true }) }).current!.speakers.queue).toHaveLength(1);
  });

  it('the proposal set counts the serving and refuses the rest', () => {
    const m = motions();
    const approve = m.make(101, 'Approve', 'Bifall till förslaget');
    const byJav = m.make(103, 'Reject', 'Avslag');
    const bySub = m.support(204, approve);
    m.support(201, approve);
    m.make(104, 'Reject', 'Avslag', { itemId: ITEM_1 });
    const { proposals } = picture({ proposals: m.events }).current!;
    expect(proposals.itemId).toBe(ITEM_2);
    expect(proposals.proposals.map((p) => [p.id, p.personId, p.supporters])).toEqual([[approve, 101, [201]]]);
    expect(proposals.refused).toEqual([
      { eventId: byJav, code: 'disqualified' },
      { eventId: bySub, code: 'substituteMayNotPropose' },
    ]);
  });

  it("a clerk's request for a member counts, another member's does not", () => {
    const d = debate();
    d.ask(102, 'Speech', null, { authorId: CLERK });
    const forged = d.ask(104, 'Speech', null, { authorId: 101 });
    const { speakers } = picture({ speakers: d.events }).current!;
    expect(speakers.queue.map((r) => [r.personId, r.onBehalf])).toEqual([[102, true]]);
    expect(speakers.refused).toEqual([{ eventId: forged, code: 'notStaff' }]);
  });
});

describe('a remote member whose link breaks', () => {
  const broken = () => [...rollCall(), roll(105, 'LinkBroken', ITEM_2, { authorId: 105 })];

  it('blocks decisions until resolved', () => {
    const attendance = broken();
    const p = picture({ attendance });
    expect(p.blocked).toEqual([{ personId: 105, since: attendance[attendance.length - 1].at }]);
    expect(p.remote.get(105)?.link).toBe('broken');
  });

  it('empties their seat on the item; no substitute takes it during that item', () => {
    const { current } = picture({ attendance: broken() });
    expect(current!.seats.seats[4]).toMatchObject({ memberId: 105, holderId: null, capacity: 'Vacant' });
    expect(current!.standing.serving(105)).toBe(false);
    expect(current!.standing.serving(204)).toBe(false);
  });

  it('keeps their seat on the item before', () => {
    const p = picture({ attendance: broken() });
    expect(p.seats.find((s) => s.itemId === ITEM_1)!.seats[4]).toMatchObject({ holderId: 105, remote: true });
  });

  it('nothing is blocked while the link works', () => {
    const p = picture();
    expect(p.blocked).toEqual([]);
    expect(p.current!.seats.seats[4]).toMatchObject({ holderId: 105, remote: true });
  });

  it('staff recording them absent lifts the block', () => {
    const p = picture({ attendance: [...broken(), roll(105, 'LinkAbsent', ITEM_2)] });
    expect(p.blocked).toEqual([]);
  });
});

describe('the lists and the current item', () => {
  it('lists holds every item with speaker events, and the current item', () => {
    const d = debate();
    d.ask(101, 'Speech', null, { itemId: ITEM_1 });
    expect(picture({ speakers: d.events }).lists.map((l) => l.itemId)).toEqual([ITEM_1, ITEM_2]);
    expect(picture({ speakers: d.events, currentItemId: ITEM_1 }).lists.map((l) => l.itemId)).toEqual([ITEM_1]);
    expect(picture({ speakers: [], currentItemId: null }).lists).toEqual([]);
  });

  it("each item's list has only its own events", () => {
    const d = debate();
    d.ask(101, 'Speech', null, { itemId: ITEM_1 });
    d.ask(102, 'Speech', null, { itemId: ITEM_2 });
    const { lists } = picture({ speakers: d.events });
    expect(lists.map((l) => [l.itemId, l.queue.map((r) => r.personId)])).toEqual([
      [ITEM_1, [101]],
      [ITEM_2, [102]],
    ]);
  });

  it('current is null when the current item is not on the agenda or not set', () => {
    const d = debate();
    d.ask(101, 'Speech', null, { itemId: ITEM_1 });
    const unknown = picture({ speakers: d.events, currentItemId: 99 });
    expect(unknown.current).toBeNull();
    expect(unknown.lists.map((l) => l.itemId)).toEqual([ITEM_1]);
    expect(unknown.seats).toHaveLength(2);
    expect(picture({ currentItemId: null }).current).toBeNull();
  });
});

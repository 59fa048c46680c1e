import { capacityOn, dayKindFor, prefillFromAttendance, presence, type ItemTimes } from '../../../../src/domain/compensation/presence';
import { seatTable } from '../../../../src/domain/meetings/seats';
import type { AttendanceEvent, AttendanceKind, ConflictEvent } from '../../../../src/domain/meetings/types';
import { agenda, jav, member, roll, rules, START, substitute, trust } from '../builders';
import { BODY, RATES, setting } from './builders';

/** A committee of three (S 101, 102; M 103), S substitutes 201, 202; seven items (ids 11–17), 08:00–13:00 UTC. */
const people = [member(101, 'S', 1), member(102, 'S', 2), member(103, 'M', 3), substitute(201, 'S', 1), substitute(202, 'S', 2)];
const items = agenda(7);
const END = new Date(Date.parse(START) + 5 * 3600_000).toISOString();
const t = (minutes: number): string => new Date(Date.parse(START) + minutes * 60_000).toISOString();
/** A movement the clerk records from an item at a time in minutes after the start. */
const move = (personId: number, kind: AttendanceKind, itemId: number, minutes: number, authorId?: number): AttendanceEvent => ({
  ...roll(personId, kind, itemId, authorId === undefined ? {} : { authorId }),
  at: t(minutes),
});
const present = (...ids: number[]) => ids.map((id) => roll(id, 'Present'));

function attend(
  personId: number,
  attendance: AttendanceEvent[],
  o: { conflicts?: ConflictEvent[]; end?: string | null; itemTimes?: ItemTimes[]; returnSameDayAllowed?: boolean } = {},
) {
  const table = seatTable({
    rules: rules({ seats: 3, returnSameDayAllowed: o.returnSameDayAllowed ?? false }),
    assignments: people,
    items,
    attendance,
    conflicts: o.conflicts ?? [],
    meetingStart: START,
    remoteAllowed: true,
    trust,
    mode: 'rollCall',
  });
  const meeting = { start: START, end: o.end === undefined ? END : o.end };
  const input = { personId, table, meeting, attendance, trust, itemTimes: o.itemTimes };
  return { table, input, result: presence(input) };
}

const minutesOf = (r: ReturnType<typeof presence>) => (r.ok ? r.presence.minutes : r.problem.code);
const itemsOf = (r: ReturnType<typeof presence>) => (r.ok ? r.presence.items.map((i) => [i.itemNumber, i.capacity]) : r.problem.code);

describe('a substitute serving for items 3–5 only', () => {
  // 101 leaves before item 3 (10:00); 201 comes in for it and leaves before item 6 (11:30)
  const events = [
    ...present(101, 102, 103),
    move(101, 'Departure', 13, 120),
    move(201, 'Arrival', 13, 121),
    move(201, 'Departure', 16, 210),
  ];

  it('is present from the movement that opened item 3 to the one that opened item 6', () => {
    const { result } = attend(201, events);
    expect(itemsOf(result)).toEqual([3, 4, 5].map((n) => [n, 'ServingSubstitute']));
    expect(result).toMatchObject({ ok: true, presence: { minutes: 90, intervals: [{ start: t(120), end: t(210) }] } });
    expect(minutesOf(attend(101, events).result)).toBe(120);
  });

  it('uses the items’ own times where the minutes have them, breaks left out', () => {
    const itemTimes: ItemTimes[] = [
      [0, 60],
      [60, 120],
      [125, 160],
      [160, 180],
      [190, 220],
      [220, 270],
      [270, 290],
    ].map(([s, e], i) => ({ itemId: items[i].id, start: t(s), end: t(e) }));
    // item 3: 35 min, item 4: 20 min, a break, item 5: 30 min
    const { result } = attend(201, events, { itemTimes });
    expect(result).toMatchObject({
      ok: true,
      presence: {
        minutes: 85,
        intervals: [
          { start: t(125), end: t(180) },
          { start: t(190), end: t(220) },
        ],
      },
    });
  });

  it('prefills a half day on the meeting’s Swedish date, from 10:00 to 11:30', () => {
    const { input } = attend(201, events);
    expect(prefillFromAttendance({ ...input, bodyId: BODY, settings: RATES })).toEqual({
      ok: true,
      prefill: {
        date: '2026-12-09',
        start: t(120),
        end: t(210),
        minutes: 90,
        dayKind: 'Half',
        items: [3, 4, 5].map((n) => ({ itemId: 10 + n, itemNumber: n, capacity: 'ServingSubstitute' })),
      },
    });
  });
});

describe('full or half day by the threshold', () => {
  const leavesAfter = (minutes: number) => attend(102, [...present(101, 102, 103), move(102, 'Departure', 15, minutes)]).input;
  const dayKind = (minutes: number, settings = RATES) => {
    const r = prefillFromAttendance({ ...leavesAfter(minutes), bodyId: BODY, settings });
    return r.ok ? [r.prefill.minutes, r.prefill.dayKind] : r.problem.code;
  };

  it('3 h 59 min is a half day, 4 h a full day', () => {
    expect(dayKind(239)).toEqual([239, 'Half']);
    expect(dayKind(240)).toEqual([240, 'Full']);
    expect([dayKindFor(239, 240), dayKindFor(240, 240)]).toEqual(['Half', 'Full']);
  });

  it('the body’s own threshold beats the general one', () => {
    const threeHours = [...RATES, setting('compensation.halfDayThresholdHours', '3', { bodyId: BODY })];
    expect(dayKind(179, threeHours)).toEqual([179, 'Half']);
    expect(dayKind(180, threeHours)).toEqual([180, 'Full']);
  });

  it('no threshold setting: a problem, not a guess', () => {
    const none = RATES.filter((s) => s.key !== 'compensation.halfDayThresholdHours');
    expect(prefillFromAttendance({ ...leavesAfter(239), bodyId: BODY, settings: none })).toMatchObject({
      ok: false,
      problem: { code: 'settingMissing', key: 'compensation.halfDayThresholdHours' },
    });
  });
});

describe('who counts as present', () => {
  it('a substitute present but not serving attends the whole meeting', () => {
    const { result } = attend(202, present(101, 102, 103, 202));
    expect(minutesOf(result)).toBe(300);
    expect(itemsOf(result)).toEqual(items.map((i) => [i.number, 'NonServingSubstitute']));
  });

  it('jäv on one item takes the member out of the decision, not out of the meeting', () => {
    const { table, result } = attend(103, present(101, 102, 103, 201), { conflicts: [jav(103, 12)] });
    expect(capacityOn(table[1], 103)).toBe('Disqualified');
    expect(minutesOf(result)).toBe(300);
    // a serving substitute with jäv is out of the seat for that item, yet no mere non-serving substitute
    const sub = attend(201, [...present(102, 103, 201), roll(101, 'Absent')], { conflicts: [jav(201, 12)] }).result;
    expect(itemsOf(sub)).toEqual(items.map((i) => [i.number, i.number === 2 ? 'Disqualified' : 'ServingSubstitute']));
    expect(minutesOf(sub)).toBe(300);
  });

  it('a broken remote link is absence until it works again (KL 5:16)', () => {
    const events = [
      roll(103, 'PresentRemote'),
      ...present(101, 102),
      move(103, 'LinkBroken', 13, 120, 103),
      move(103, 'LinkRestored', 14, 140, 103),
    ];
    const { result } = attend(103, events);
    expect(itemsOf(result)).toEqual([1, 2, 4, 5, 6, 7].map((n) => [n, 'Member']));
    expect(minutesOf(result)).toBe(280);
  });

  it('a movement a member wrote for someone else neither moves them nor dates an item', () => {
    const events = [...present(101, 102, 103), move(101, 'Departure', 13, 60, 102), move(101, 'Departure', 13, 120)];
    expect(minutesOf(attend(101, events).result)).toBe(120);
  });

  it('absent all day: no time, and no prefill', () => {
    const { input, result } = attend(103, [...present(101, 102), roll(103, 'Absent')]);
    expect(result).toEqual({ ok: true, presence: { minutes: 0, items: [], intervals: [] } });
    expect(prefillFromAttendance({ ...input, bodyId: BODY, settings: RATES })).toEqual({ ok: false, problem: { code: 'notPresent' } });
  });

  it('a meeting without an end time: known only for someone who left before the last movement', () => {
    const events = [...present(101, 102, 103), move(101, 'Departure', 13, 120)];
    expect(attend(102, events, { end: null }).result).toEqual({ ok: false, problem: { code: 'meetingEndUnknown' } });
    expect(minutesOf(attend(101, events, { end: null }).result)).toBe(120);
  });

  it('a member who comes back (where the body allows it) is present on both stretches', () => {
    const events = [...present(101, 102, 103, 201), move(101, 'Departure', 13, 120), move(101, 'Arrival', 16, 210)];
    const { result } = attend(101, events, { returnSameDayAllowed: true });
    expect(result).toMatchObject({
      ok: true,
      presence: {
        minutes: 120 + 90,
        intervals: [
          { start: t(0), end: t(120) },
          { start: t(210), end: END },
        ],
      },
    });
    expect(minutesOf(attend(101, events).result)).toBe(120);
  });
});

import { sectionCount, sectionNumbers, type NumberedMeeting } from '../../../../src/domain/minutes/numbering';
import type { MinutesItem } from '../../../../src/domain/minutes/types';
import { sv } from './builders';

const BODY = 1;
/** Items 1..n with ids 11, 12, …; `withdrawn` lists agenda numbers taken off the agenda. */
const items = (n: number, withdrawn: number[] = []): MinutesItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: 11 + i, number: i + 1, withdrawn: withdrawn.includes(i + 1) }));
const meeting = (id: number, start: string, bodyId = BODY) => ({ id, bodyId, start });
const held = (meetingId: number, start: string, sectionCount: number, bodyId = BODY): NumberedMeeting => ({
  meetingId,
  bodyId,
  start,
  sectionCount,
});
const sections = (r: ReturnType<typeof sectionNumbers>) => r.items.map((i) => i.section);

// the body met in February (12 sections) and April (9 sections) 2026
const year2026 = [held(1, sv('2026-02-10', '09:00'), 12), held(2, sv('2026-04-14', '09:00'), 9)];

describe('section numbers run per body and calendar year', () => {
  it("continue from the year's earlier meetings", () => {
    const r = sectionNumbers(meeting(3, sv('2026-06-16', '09:00')), items(4), year2026);
    expect(r).toMatchObject({ year: 2026, first: 22 });
    expect(sections(r)).toEqual([22, 23, 24, 25]);
  });

  it("the year's first meeting starts at § 1", () => {
    expect(sections(sectionNumbers(meeting(1, sv('2026-02-10', '09:00')), items(3), year2026))).toEqual([1, 2, 3]);
  });

  it('an item withdrawn from the agenda gets no section, and the next item takes the number', () => {
    const r = sectionNumbers(meeting(3, sv('2026-06-16', '09:00')), items(5, [3]), year2026);
    expect(r.items.map((i) => [i.itemNumber, i.section])).toEqual([
      [1, 22],
      [2, 23],
      [3, null],
      [4, 24],
      [5, 25],
    ]);
  });

  it('follows the agenda order, not the order the items were read in', () => {
    const r = sectionNumbers(meeting(3, sv('2026-06-16', '09:00')), [...items(3)].reverse(), year2026);
    expect(r.items.map((i) => [i.itemId, i.section])).toEqual([
      [11, 22],
      [12, 23],
      [13, 24],
    ]);
  });

  it("leaves out other bodies' meetings, later meetings and the meeting itself", () => {
    const others = [
      ...year2026,
      held(50, sv('2026-03-01', '09:00'), 40, 2),
      held(4, sv('2026-09-01', '09:00'), 7),
      held(3, sv('2026-06-16', '09:00'), 4),
    ];
    expect(sectionNumbers(meeting(3, sv('2026-06-16', '09:00')), items(1), others).first).toBe(22);
  });

  it('of two meetings set at the same time, the one with the lower id comes first', () => {
    const t = sv('2026-06-16', '09:00');
    expect(sectionNumbers(meeting(6, t), items(1), [...year2026, held(5, t, 3)]).first).toBe(25);
    expect(sectionNumbers(meeting(5, t), items(1), [...year2026, held(6, t, 3)]).first).toBe(22);
  });
});

describe('the year boundary', () => {
  const dec31 = held(7, sv('2026-12-31', '10:00'), 5);

  it('a meeting on 31 December continues the old year', () => {
    expect(sectionNumbers(meeting(7, sv('2026-12-31', '10:00')), items(5), year2026).first).toBe(22);
  });

  it('a meeting on 2 January starts the new year at § 1', () => {
    const r = sectionNumbers(meeting(8, sv('2027-01-02', '10:00')), items(2), [...year2026, dec31]);
    expect(r).toMatchObject({ year: 2027, first: 1 });
    expect(sections(r)).toEqual([1, 2]);
  });

  it('goes by the Swedish date: a meeting at 00:30 on New Year’s Day is in the new year though UTC still says 31 December', () => {
    const start = sv('2027-01-01', '00:30');
    expect(start.slice(0, 10)).toBe('2026-12-31');
    expect(sectionNumbers(meeting(9, start), items(2), [...year2026, dec31])).toMatchObject({ year: 2027, first: 1 });
    // and it counts before the next meeting of 2027
    expect(sectionNumbers(meeting(10, sv('2027-01-02', '10:00')), items(1), [dec31, held(9, start, 2)]).first).toBe(3);
  });
});

describe('how many sections a meeting takes', () => {
  it('every item not withdrawn', () => {
    expect(sectionCount(items(6, [2, 5]))).toBe(4);
    expect(sectionCount([])).toBe(0);
  });
});

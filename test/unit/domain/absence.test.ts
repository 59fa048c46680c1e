import { activeAbsences, answerOf, checkAbsenceNotice, checkWithdrawal } from '../../../src/domain/meetings/absence';
import { plannedCallIns } from '../../../src/domain/meetings/callIns';
import { formatItemNumbers, parseItemNumbers } from '../../../src/domain/meetings/itemNumbers';
import { quorum } from '../../../src/domain/meetings/quorum';
import { announcementIsLate } from '../../../src/domain/meetings/announcement';
import { CLERK, member, notice, rules, START, substitute, trust } from './builders';

describe('absence notices (förhinder)', () => {
  it('covers the whole meeting or named items, and a withdrawal removes them', () => {
    const a = activeAbsences([notice(1, 'Absence'), notice(2, 'Absence', [3, 4]), notice(2, 'AbsenceWithdrawn', [4]), notice(3, 'Absence'), notice(3, 'AbsenceWithdrawn')], START, trust);
    expect(a.get(1)).toBe('all');
    expect([...(a.get(2) as Set<number>)]).toEqual([3]);
    expect(a.has(3)).toBe(false);
  });

  it('accepts a notice a clerk writes for a member who phoned in', () => {
    expect(activeAbsences([notice(1, 'Absence', null, { authorId: CLERK })], START, trust).get(1)).toBe('all');
  });

  it('ignores a withdrawal after the meeting started: the notice stands', () => {
    const a = activeAbsences([notice(1, 'Absence'), notice(1, 'AbsenceWithdrawn', null, { at: '2026-12-09T09:00:00.000Z' })], START, trust);
    expect(a.get(1)).toBe('all');
  });

  it('explains why a new notice is refused', () => {
    const base = { meetingStart: START, agendaNumbers: [1, 2, 3, 4, 5], now: new Date('2026-12-01T10:00:00Z') };
    expect(checkAbsenceNotice({ ...base, itemNumbers: null, current: undefined })).toBeNull();
    expect(checkAbsenceNotice({ ...base, now: new Date(START), itemNumbers: null, current: undefined })).toEqual({ kind: 'meetingStarted' });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2, 9], current: undefined })).toEqual({ kind: 'unknownItems', numbers: [9] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2, 3], current: new Set([3, 4]) })).toEqual({ kind: 'overlap', numbers: [3] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2], current: 'all' })).toEqual({ kind: 'overlap', numbers: null });
    expect(checkAbsenceNotice({ ...base, itemNumbers: null, current: new Set([4]) })).toEqual({ kind: 'overlap', numbers: [4] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2], current: new Set([4]) })).toBeNull();
  });

  it('withdraws only an active notice, only before the start', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(checkWithdrawal({ now, meetingStart: START, current: undefined })).toEqual({ kind: 'nothingToWithdraw' });
    expect(checkWithdrawal({ now: new Date('2026-12-09T08:00:01Z'), meetingStart: START, current: 'all' })).toEqual({ kind: 'meetingStarted' });
    expect(checkWithdrawal({ now, meetingStart: START, current: 'all' })).toBeNull();
  });

  it('tells the clerk who is coming, who is not, and who has not answered', () => {
    const events = [notice(1, 'WillAttend'), notice(2, 'Absence', [2]), notice(3, 'WillAttend', null, { authorId: 4 })];
    const a = activeAbsences(events, START, trust);
    expect(answerOf(events, 1, START, trust, a)).toEqual({ kind: 'willAttend' });
    expect(answerOf(events, 2, START, trust, a)).toEqual({ kind: 'absent', items: [2] });
    expect(answerOf(events, 3, START, trust, a)).toEqual({ kind: 'noAnswer' });
  });
});

describe('item numbers as clerks write them', () => {
  it.each([
    ['', null],
    ['3', [3]],
    ['3-5, 8', [3, 4, 5, 8]],
    ['8, 3–4', [3, 4, 8]],
    ['2,2', [2]],
  ])('%p → %p', (text, numbers) => {
    expect(parseItemNumbers(text)).toEqual({ ok: true, numbers });
  });
  it.each(['a', '5-3', '0', '3-'])('refuses %p', (text) => {
    expect(parseItemNumbers(text).ok).toBe(false);
  });
  it('formats ranges back', () => {
    expect(formatItemNumbers([8, 3, 4, 5])).toBe('3-5, 8');
    expect(formatItemNumbers(null)).toBe('');
  });
});

describe('quorum: more than half the seats', () => {
  it.each([
    [71, 36, 35],
    [15, 8, 7],
    [13, 7, 6],
    [7, 4, 3],
    [6, 4, 3],
  ])('%i seats need %i; %i is not enough', (seats, enough, short) => {
    expect(quorum(seats, enough).ok).toBe(true);
    expect(quorum(seats, short)).toMatchObject({ ok: false, missing: enough - short, required: enough });
  });
});

describe('planned call-ins (what the substitute sees on the overview)', () => {
  const rf = rules({ kind: 'RegionalAssembly', seats: 3, substituteRule: 'SamePartyOnly' });
  const people = [member(101, 'S', 1), member(102, 'S', 2), member(103, 'M', 3), substitute(201, 'S', 1), substitute(202, 'S', 2), substitute(203, 'M', 1)];

  it('calls the first substitute for a whole-meeting notice and the next for some items', () => {
    const attendance = [notice(101, 'Absence'), notice(102, 'Absence', [2, 3])];
    const calls = plannedCallIns({ rules: rf, assignments: people, attendance, meetingStart: START, trust });
    expect(calls.get(201)).toEqual({ forMemberId: 101, forMemberName: 'Ledamot 101', items: 'all', except: [] });
    expect(calls.get(202)).toEqual({ forMemberId: 102, forMemberName: 'Ledamot 102', items: [2, 3], except: [] });
    expect(calls.has(203)).toBe(false);
  });

  it('is exact with the agenda at hand', () => {
    const attendance = [notice(101, 'Absence', [1, 2]), notice(201, 'Absence', [2])];
    const calls = plannedCallIns({ rules: rf, assignments: people, attendance, meetingStart: START, trust, itemNumbers: [1, 2, 3] });
    expect(calls.get(201)).toMatchObject({ items: [1] });
    expect(calls.get(202)).toMatchObject({ items: [2] });
  });

  it('calls nobody when a withdrawal cancels the notice', () => {
    const attendance = [notice(101, 'Absence'), notice(101, 'AbsenceWithdrawn')];
    expect(plannedCallIns({ rules: rf, assignments: people, attendance, meetingStart: START, trust }).size).toBe(0);
  });
});

describe('the RF announcement deadline (days before, a setting per body)', () => {
  it.each([
    ['2026-12-02', '2026-12-09', 7, false],
    ['2026-12-03', '2026-12-09', 7, true],
    ['2026-12-03', '2026-12-09', 5, false],
  ])('posted %s for %s with %i days: late = %p', (posted, meeting, days, late) => {
    expect(announcementIsLate(posted as string, meeting as string, days as number)).toBe(late);
  });
});


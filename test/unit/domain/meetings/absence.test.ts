import {
  itemsOut,
  noticeConsequence,
  activeAbsences,
  answerOf,
  checkAbsenceNotice,
  checkWithdrawal,
} from '../../../../src/domain/meetings/absence';
import { CLERK, notice, START, trust } from '../builders';

describe('absence notices (förhinder)', () => {
  it('covers the whole meeting or named items, and a withdrawal removes them', () => {
    const a = activeAbsences(
      [
        notice(1, 'Absence'),
        notice(2, 'Absence', [3, 4]),
        notice(2, 'AbsenceWithdrawn', [4]),
        notice(3, 'Absence'),
        notice(3, 'AbsenceWithdrawn'),
      ],
      START,
      trust,
    );
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
    expect(checkAbsenceNotice({ ...base, now: new Date(START), itemNumbers: null, current: undefined })).toEqual({
      code: 'meetingStarted',
    });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2, 9], current: undefined })).toEqual({ code: 'unknownItems', numbers: [9] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2, 3], current: new Set([3, 4]) })).toEqual({ code: 'overlap', numbers: [3] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2], current: 'all' })).toEqual({ code: 'overlap', numbers: null });
    expect(checkAbsenceNotice({ ...base, itemNumbers: null, current: new Set([4]) })).toEqual({ code: 'overlap', numbers: [4] });
    expect(checkAbsenceNotice({ ...base, itemNumbers: [2], current: new Set([4]) })).toBeNull();
  });

  it('withdraws only an active notice, only before the start', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(checkWithdrawal({ now, meetingStart: START, current: undefined })).toEqual({ code: 'nothingToWithdraw' });
    expect(checkWithdrawal({ now: new Date('2026-12-09T08:00:01Z'), meetingStart: START, current: 'all' })).toEqual({
      code: 'meetingStarted',
    });
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

describe('what a notice for chosen items means (leaving and returning, DOMAIN §2)', () => {
  const agenda = [1, 2, 3, 4, 5, 6];
  it('where returning the same day is not allowed, leaving for item 4 means not serving again that day', () => {
    expect(noticeConsequence(agenda, [4], false)).toEqual({ serves: [1, 2, 3], out: [4, 5, 6], noReturn: [5, 6], leavesAt: 4 });
  });
  it('where returning is allowed, the person serves again from item 5', () => {
    expect(noticeConsequence(agenda, [4], true)).toEqual({ serves: [1, 2, 3, 5, 6], out: [4], noReturn: [], leavesAt: 4 });
  });
  it('absence at the start only is a late arrival, always allowed', () => {
    expect([...itemsOut(agenda, new Set([1, 2]), false)]).toEqual([1, 2]);
    expect([...itemsOut(agenda, 'all', false)]).toEqual(agenda);
  });
});

import { plannedCallIns } from '../../../../src/domain/meetings/callIns';
import { member, notice, rules, START, substitute, trust } from '../builders';

describe('planned call-ins (what the substitute sees on the overview)', () => {
  const rf = rules({ kind: 'RegionalAssembly', seats: 3, substituteRule: 'SamePartyOnly' });
  const people = [
    member(101, 'S', 1),
    member(102, 'S', 2),
    member(103, 'M', 3),
    substitute(201, 'S', 1),
    substitute(202, 'S', 2),
    substitute(203, 'M', 1),
  ];

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

import type { Position, SeatAssignment } from '../../../../src/domain/bodies/types';
import { liveRole, meetingStaff, staffIds } from '../../../../src/domain/live/staff';
import { member, substitute } from '../builders';

/** A committee: 101 chairs it, 102 first vice, 103 second vice, 104–105 members, 201 a substitute; 900 and 903 its clerks. */
const as = (a: SeatAssignment, position: Position): SeatAssignment => ({ ...a, position });
const body = [
  as(member(101, 'S', 1), 'Chair'),
  as(member(102, 'M', 2), 'FirstViceChair'),
  as(member(103, 'V', 3), 'SecondViceChair'),
  member(104, 'S', 4),
  member(105, 'M', 5),
  substitute(201, 'S', 1),
];
const CLERKS = [900, 903];

describe("a meeting's staff", () => {
  it("the body's chair chairs when the meeting names nobody; vices by position; the body's clerks", () => {
    expect(meetingStaff(null, body, CLERKS)).toEqual({ chairId: 101, viceChairIds: [102, 103], clerkIds: [900, 903] });
  });

  it("the meeting's own chair comes first", () => {
    expect(meetingStaff(101, body, CLERKS).chairId).toBe(101);
  });

  it("when the first vice chairs the meeting, the body's chair counts as a vice and the first vice is not listed twice", () => {
    expect(meetingStaff(102, body, CLERKS)).toEqual({ chairId: 102, viceChairIds: [101, 103], clerkIds: [900, 903] });
  });

  it('when someone outside the presidium chairs (ålderspresident), the whole presidium are vices', () => {
    expect(meetingStaff(104, body, CLERKS)).toMatchObject({ chairId: 104, viceChairIds: [101, 102, 103] });
  });

  it('a body without a chair and a meeting without one has no chair', () => {
    const noChair = body.map((a) => (a.position === 'Chair' ? { ...a, position: null } : a));
    expect(meetingStaff(null, noChair, [])).toEqual({ chairId: null, viceChairIds: [102, 103], clerkIds: [] });
  });

  it('clerks and vices are listed once each', () => {
    const twice = [...body, as(substitute(102, 'M', 1), 'FirstViceChair')];
    expect(meetingStaff(null, twice, [900, 903, 900])).toEqual({ chairId: 101, viceChairIds: [102, 103], clerkIds: [900, 903] });
  });

  it('a substitute or member without a position is not staff', () => {
    const s = meetingStaff(null, body, CLERKS);
    expect(staffIds(s)).not.toContain(104);
    expect(staffIds(s)).not.toContain(201);
  });
});

describe('staff ids', () => {
  it('chair, vices and clerks, each once, in id order', () => {
    expect(staffIds({ chairId: 901, viceChairIds: [102, 101], clerkIds: [900, 101] })).toEqual([101, 102, 900, 901]);
  });

  it('without a chair', () => {
    expect(staffIds({ chairId: null, viceChairIds: [], clerkIds: [900] })).toEqual([900]);
    expect(staffIds({ chairId: null, viceChairIds: [], clerkIds: [] })).toEqual([]);
  });
});

describe('which view a person gets', () => {
  const staff = meetingStaff(null, body, CLERKS);

  it("staff get the console: chair, vices, the body's clerks", () => {
    for (const id of [101, 102, 103, 900, 903]) expect(liveRole(staff, id, body)).toBe('console');
  });

  it('a chair from outside the body named for the meeting gets the console', () => {
    expect(liveRole(meetingStaff(950, body, CLERKS), 950, body)).toBe('console');
  });

  it('members and substitutes of the body get the member view', () => {
    for (const id of [104, 105, 201]) expect(liveRole(staff, id, body)).toBe('member');
  });

  it('a clerk of another body, a member of another body and the public only read', () => {
    // 904 clerks another body; 301 sits on another body: neither is in this body's assignments or clerks
    for (const id of [904, 301, 5000]) expect(liveRole(staff, id, body)).toBe('readOnly');
  });
});

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { MeetingDetails, MyMeeting, Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEB = '/sites/politikerportal';

/**
 * The append-only event lists (Attendance, Conflicts) as the trust model needs them (DESIGN §4):
 * who and when come from the server, members cannot change or remove what they wrote, and only
 * events a person wrote themself (or staff wrote for them) change the meeting's picture.
 */
describe('meeting events: trust, append-only, roll call and jäv', () => {
  let now = NOW;
  // the server's clock is the test's: notices count by the server's Created
  const t = seededRegion(ANCHOR, { now: () => now });
  afterEach(() => {
    now = NOW;
  });

  const { upn } = t;
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => now);
  /** PnPjs as the persona, straight at the lists: what a hand-made request can do. */
  const spAs = (persona: string) => standaloneSp(t.siteUrl, () => t.token(upn(persona)));
  const attendanceAs = (persona: string) => spAs(persona).web.getList(`${WEB}/Lists/Attendance`).items;
  const conflictsAs = (persona: string) => spAs(persona).web.getList(`${WEB}/Lists/Conflicts`).items;

  const meetingsOf = async (s: Services, code: string): Promise<MyMeeting[]> =>
    (await s.meetings.myUpcoming(20)).filter((m) => m.bodyCode === code);
  /** Members of the body who are not staff (their events count only when they write them). */
  const plainMembers = (d: MeetingDetails, except: number[]) =>
    d.seatAssignments.filter((a) => a.role === 'Member' && !except.includes(a.personId) && !d.staffIds.includes(a.personId));
  const seatOf = (s: Services, d: MeetingDetails, personId: number, itemIndex = 0) =>
    s.meeting.seatTable(d, 'planned')[itemIndex].seats.find((x) => x.memberId === personId)!;

  it("ignores a member's events for someone else, a forged author and a forged time", async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const me = member.user.siteUserId;
    const m = (await meetingsOf(member, 'RF'))[0];
    const before = await member.meeting.get(m.id);
    const [other, other2, other3, other4] = plainMembers(before, [me]);
    const items = attendanceAs('member');

    // absence for another member; with the author forged as that member; with the author forged as the clerk
    const forged = [
      await items.add({ MeetingId: m.id, PersonId: other.personId, AttendanceEvent: 'Förhinder', Reason: 'för en annan' }),
      await items.add({
        MeetingId: m.id,
        PersonId: other2.personId,
        AttendanceEvent: 'Förhinder',
        AuthorId: other2.personId,
        EditorId: other2.personId,
      }),
      await items.add({
        MeetingId: m.id,
        PersonId: other3.personId,
        AttendanceEvent: 'Förhinder',
        AuthorId: clerk.user.siteUserId,
        Created: '2026-11-01T08:00:00Z',
      }),
    ];
    // jäv declared for another member, and a forged "upheld" ruling the clerk seems to have written
    const items2 = (await member.meeting.get(m.id)).items;
    await conflictsAs('member').add({
      MeetingId: m.id,
      AgendaItemId: items2[0].id,
      PersonId: other4.personId,
      ConflictEvent: 'Anmält jäv',
    });
    await conflictsAs('member').add({
      MeetingId: m.id,
      AgendaItemId: items2[0].id,
      PersonId: other4.personId,
      ConflictEvent: 'Jäv fastställt',
      AuthorId: clerk.user.siteUserId,
    });

    // the server stamped the real author and its own time
    for (const added of forged) {
      const stored = await clerk.meeting.get(m.id).then((d) => d.attendance.find((e) => e.id === (added as { Id: number }).Id)!);
      expect(stored.authorId).toBe(me);
      expect(stored.at).toBe(NOW.toISOString().replace('.000Z', 'Z'));
    }

    const d = await clerk.meeting.get(m.id);
    const answers = new Map(clerk.meeting.answers(d).map((a) => [a.person.personId, a.answer]));
    for (const p of [other, other2, other3]) {
      expect(answers.get(p.personId)).toEqual({ kind: 'noAnswer' });
      expect(seatOf(clerk, d, p.personId)).toMatchObject({ capacity: 'Member', holderId: p.personId, memberOut: null });
    }
    const first = clerk.meeting.seatTable(d, 'planned')[0];
    expect(first.disqualified).toEqual([]);
    expect(seatOf(clerk, d, other4.personId)).toMatchObject({ capacity: 'Member', holderId: other4.personId });

    // the member's own notice, written after the start with a forged earlier Created, does not count
    now = new Date(new Date(m.start).getTime() + 10 * 60_000);
    await items.add({ MeetingId: m.id, PersonId: me, AttendanceEvent: 'Förhinder', Created: '2026-11-20T08:00:00Z' });
    const late = await clerk.meeting.get(m.id);
    const mine = late.attendance.filter((e) => e.personId === me);
    expect(mine.map((e) => e.at)).toEqual([now.toISOString().replace('.000Z', 'Z')]);
    expect(clerk.meeting.answers(late).find((a) => a.person.personId === me)?.answer).toEqual({ kind: 'noAnswer' });
    expect(seatOf(clerk, late, me)).toMatchObject({ capacity: 'Member', holderId: me });
  });

  it("refuses a member's update or delete of an event, even their own, and changes nothing", async () => {
    const member = await servicesFor('member');
    const me = member.user.siteUserId;
    const m = (await meetingsOf(member, 'HSN'))[0];
    await member.meeting.reportAbsence(m.id, [2], 'Tandläkare');
    const d = await member.meeting.get(m.id);
    await member.meeting.declareConflict(m.id, d.items[0].id, 'Styrelseledamot i bolaget');
    const after = await member.meeting.get(m.id);
    const notice = after.attendance.find((e) => e.personId === me && e.kind === 'Absence')!;
    const conflict = after.conflicts.find((e) => e.personId === me && e.kind === 'Declared')!;
    expect(notice).toBeDefined();
    expect(conflict).toBeDefined();

    await expect(attendanceAs('member').getById(notice.id).update({ ItemNumbers: '1-8', Reason: 'ändrat' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(attendanceAs('member').getById(notice.id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(conflictsAs('member').getById(conflict.id).update({ ConflictEvent: 'Återkallat jäv' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(conflictsAs('member').getById(conflict.id).delete()).rejects.toMatchObject({ status: 403 });

    const clerk = await servicesFor('clerk');
    const now2 = await clerk.meeting.get(m.id);
    expect(now2.attendance.find((e) => e.id === notice.id)).toEqual(notice);
    expect(now2.conflicts.find((e) => e.id === conflict.id)).toEqual(conflict);
    expect(clerk.meeting.answers(now2).find((a) => a.person.personId === me)?.answer).toEqual({ kind: 'absent', items: [2] });
    expect(clerk.meeting.seatTable(now2, 'planned')[0].disqualified.map((x) => x.personId)).toEqual([me]);
  });

  it('builds the seat table from the roll call: absent member replaced, late arrival takes the seat back, jäv on one item only', async () => {
    const clerk = await servicesFor('clerk');
    const member = await servicesFor('member');
    const me = member.user.siteUserId;
    const m = (await meetingsOf(member, 'HSN'))[1];
    const d0 = await clerk.meeting.get(m.id);
    expect(d0.items.length).toBeGreaterThanOrEqual(3);
    const [, item2, item3] = d0.items;
    const members = d0.seatAssignments.filter((a) => a.role === 'Member');
    const substitutes = d0.seatAssignments.filter((a) => a.role === 'Substitute');
    const others = members.filter((a) => a.personId !== me);
    const absent = others[0];
    const late = others[others.length - 1];
    expect(absent.personId).not.toBe(late.personId);

    // roll call at the start: everyone present except the absent member and the latecomer; every substitute is there
    for (const a of [...members.filter((x) => x.personId !== absent.personId && x.personId !== late.personId), ...substitutes]) {
      await clerk.meeting.recordAttendance(m.id, a.personId, 'Present', null);
    }
    await clerk.meeting.recordAttendance(m.id, absent.personId, 'Absent', null);
    await clerk.meeting.recordAttendance(m.id, late.personId, 'Arrival', item3.id);
    await member.meeting.declareConflict(m.id, item2.id, 'Jävig i ärendet');

    const d = await clerk.meeting.get(m.id);
    const table = clerk.meeting.seatTable(d, 'rollCall');
    const seat = (itemIndex: number, personId: number) => table[itemIndex].seats.find((s) => s.memberId === personId)!;
    const isSubstituteOf = (holderId: number | null, party: string) =>
      substitutes.some((s) => s.personId === holderId && s.party === party);
    const seats = d.rules.seats;

    // item 1: the absent member's and the latecomer's seats are served by substitutes of their party
    expect(seat(0, me)).toMatchObject({ capacity: 'Member', holderId: me, memberOut: null });
    expect(seat(0, absent.personId)).toMatchObject({ capacity: 'ServingSubstitute', memberOut: 'absent' });
    expect(isSubstituteOf(seat(0, absent.personId).holderId, absent.party)).toBe(true);
    expect(seat(0, late.personId)).toMatchObject({ capacity: 'ServingSubstitute', memberOut: 'absent' });
    expect(isSubstituteOf(seat(0, late.personId).holderId, late.party)).toBe(true);
    expect(table[0].disqualified).toEqual([]);
    expect(table[0].quorum).toEqual({ seats, held: seats, required: Math.floor(seats / 2) + 1, ok: true, missing: 0 });

    // item 2: the member is out for jäv, a substitute of the party serves in their place
    const mine2 = seat(1, me);
    expect(mine2).toMatchObject({ capacity: 'ServingSubstitute', memberOut: 'disqualified' });
    expect(isSubstituteOf(mine2.holderId, members.find((a) => a.personId === me)!.party)).toBe(true);
    expect(table[1].disqualified).toEqual([{ personId: me, servedById: mine2.holderId }]);
    expect(new Set(table[1].seats.map((s) => s.holderId)).size).toBe(seats);
    // the substitute serving for the absent member keeps that seat
    expect(seat(1, absent.personId).holderId).toBe(seat(0, absent.personId).holderId);

    // item 3: the member is back; the latecomer takes their own seat back; the absent member is still replaced
    expect(seat(2, me)).toMatchObject({ capacity: 'Member', holderId: me, memberOut: null });
    expect(seat(2, late.personId)).toMatchObject({ capacity: 'Member', holderId: late.personId, memberOut: null });
    expect(seat(2, absent.personId)).toMatchObject({ capacity: 'ServingSubstitute', holderId: seat(0, absent.personId).holderId });
    expect(table[2].disqualified).toEqual([]);
    expect(table[2].quorum).toMatchObject({ seats, held: seats, ok: true });
    expect(table[2].nonServingPresent).toContain(seat(0, late.personId).holderId);

    // the roll call is the clerk's: without it nobody holds a seat, and the quorum says how many are missing
    const empty = clerk.meeting.seatTable(
      { ...d, attendance: d.attendance.filter((e) => e.authorId !== clerk.user.siteUserId) },
      'rollCall',
    );
    expect(empty[0].quorum).toEqual({ seats, held: 0, required: Math.floor(seats / 2) + 1, ok: false, missing: Math.floor(seats / 2) + 1 });
  });

  it('refuses jäv on an item of another meeting and writes nothing', async () => {
    const member = await servicesFor('member');
    const [rf] = await meetingsOf(member, 'RF');
    const [hsn] = await meetingsOf(member, 'HSN');
    const foreignItem = (await member.meeting.get(hsn.id)).items[0];
    const count = async () => (await conflictsAs('clerk').select('Id').top(5000)()).length;
    const before = await count();
    await expect(member.meeting.declareConflict(rf.id, foreignItem.id, 'fel möte')).rejects.toMatchObject({
      name: 'DataError',
      kind: 'notFound',
      code: 'unknownItem',
    });
    await expect(member.meeting.withdrawConflict(rf.id, foreignItem.id)).rejects.toMatchObject({ kind: 'notFound', code: 'unknownItem' });
    const clerk = await servicesFor('clerk');
    await expect(clerk.meeting.ruleOnConflict(rf.id, foreignItem.id, member.user.siteUserId, true)).rejects.toMatchObject({
      kind: 'notFound',
      code: 'unknownItem',
    });
    await expect(clerk.meeting.recordAttendance(rf.id, member.user.siteUserId, 'Arrival', foreignItem.id)).rejects.toMatchObject({
      kind: 'notFound',
      code: 'unknownItem',
    });
    expect(await count()).toBe(before);
    expect((await member.meeting.get(rf.id)).conflicts.filter((c) => c.itemId === foreignItem.id)).toEqual([]);
  });
});

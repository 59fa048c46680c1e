import type { Services } from '../../../src/data/services';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import '@pnp/sp/files';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');

/** Meetings end to end through PnPjs and the graph client against the seeded region. */
describe('meetings: agenda, absence, notice', () => {
  let now = NOW;
  // the server's clock is the test's: notices count by the server's Created
  const t = seededRegion(ANCHOR, { now: () => now });

  const { upn } = t;
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => now);
  const { graphAs } = t;

  /** The next RF meeting (the anchor day's, 09:00). */
  const rfMeeting = async (s: Services) => (await s.meetings.myUpcoming(10)).find((m) => m.bodyCode === 'RF')!;

  it('reads a meeting with its agenda, documents, seats and staff', async () => {
    const member = await servicesFor('member');
    const m = await rfMeeting(member);
    const d = await member.meeting.get(m.id);
    expect(d.bodyCode).toBe('RF');
    expect(d.rules).toMatchObject({ kind: 'RegionalAssembly', seats: 71, substituteRule: 'SamePartyOnly' });
    expect(d.items.map((i) => i.number)).toEqual(d.items.map((_, i) => i + 1));
    expect(d.items[0].etag).not.toBe('*');
    expect(d.documents.length).toBeGreaterThan(0);
    expect(d.documents[0].url).toMatch(/^\/sites\/politikerportal\/MeetingDocuments\/.+\.pdf$/);
    expect(d.seatAssignments.filter((a) => a.role === 'Member')).toHaveLength(71);
    expect(d.seatAssignments.every((a) => a.name)).toBe(true);
    expect(d.myAssignments.map((a) => a.role)).toEqual(['Member']);
    const clerk = await servicesFor('clerk');
    expect(d.staffIds).toContain(clerk.user.siteUserId);
    expect(d.chair?.displayName).toBeTruthy();
  });

  it('calls in the substitute when a member reports absence, refuses a second notice and one after the start', async () => {
    const member = await servicesFor('member');
    const m = await rfMeeting(member);
    await member.meeting.reportAbsence(m.id, null, 'Sjuk');
    await expect(member.meeting.reportAbsence(m.id, [3], '')).rejects.toMatchObject({ kind: 'invalid', code: 'overlap' });
    const d = await member.meeting.get(m.id);
    const seats = member.meeting.seatTable(d, 'planned');
    const substitute = await servicesFor('substitute');
    const mySeat = seats[0].seats.find((s) => s.memberId === member.user.siteUserId)!;
    expect(mySeat).toMatchObject({ capacity: 'ServingSubstitute', holderId: substitute.user.siteUserId, memberOut: 'absent' });
    expect(member.meeting.answers(d).find((a) => a.person.personId === member.user.siteUserId)?.answer).toEqual({
      kind: 'absent',
      items: 'all',
    });

    const overview = await substitute.meetings.myUpcoming(10);
    expect(overview.find((x) => x.id === m.id)?.calledIn).toEqual({ forMemberName: member.user.displayName, items: 'all' });

    now = new Date(new Date(m.start).getTime() + 60_000);
    try {
      await expect(member.meeting.withdrawAbsence(m.id, null)).rejects.toMatchObject({ kind: 'invalid', code: 'meetingStarted' });
    } finally {
      now = NOW;
    }
  });

  it('publishes the notice to the body group calendar with a Teams link and the called-in substitute as attendee', async () => {
    const clerk = await servicesFor('clerk');
    const member = await servicesFor('member');
    const m = await rfMeeting(member);
    const result = await clerk.clerk.publishNotice(m.id);
    expect(result.teamsJoinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(result.invited).toBe(1);
    // the anchor day's meeting: announced the same day, far later than 7 days before
    expect(result.lateAnnouncement).toBe(true);

    const d = await member.meeting.get(m.id);
    expect(d).toMatchObject({ status: 'Notified', eventId: result.eventId, teamsJoinUrl: result.teamsJoinUrl });
    const window = `startDateTime=${ANCHOR}T00:00:00Z&endDateTime=${ANCHOR}T23:59:59Z`;
    const sub = await graphAs('substitute').api(`/me/calendarView?${window}`).get();
    expect(sub.value.map((e: { id: string }) => e.id)).toContain(result.eventId);

    const again = await clerk.clerk.publishNotice(m.id);
    expect(again.eventId).toBe(result.eventId);

    await clerk.clerk.cancelMeeting(m.id, 'Inställt på grund av storm');
    const cancelled = await member.meeting.get(m.id);
    expect(cancelled.status).toBe('Cancelled');
    // members see why, on the meeting itself
    expect(cancelled.cancellationReason).toBe('Inställt på grund av storm');
    const after = await graphAs('substitute').api(`/me/calendarView?${window}`).get();
    expect(after.value.find((e: { id: string }) => e.id === result.eventId)?.isCancelled).toBe(true);
  });

  it('lets a clerk build an agenda; refuses to delete an item with documents; keeps members out', async () => {
    const clerk = await servicesFor('clerk');
    const member = await servicesFor('member');
    expect(await clerk.clerk.canEdit()).toBe(true);
    expect(await member.clerk.canEdit()).toBe(false);
    // the overview asks its own repository, with the same answer
    expect(await clerk.meetings.canCreate()).toBe(true);
    expect(await member.meetings.canCreate()).toBe(false);
    const bodies = await clerk.clerk.bodies();
    const hsn = bodies.find((b) => b.code === 'HSN')!;
    const people = await clerk.clerk.peopleOf(hsn.id, '2026-12-17');
    // co-signers are members unless the body lets substitutes co-sign
    const members = people.filter((p) => p.role === 'Member');
    const chair = members[0];
    const id = await clerk.clerk.createMeeting({
      bodyId: hsn.id,
      title: 'Extra sammanträde',
      start: '2026-12-28T08:00:00Z',
      end: '2026-12-28T11:00:00Z',
      location: 'Luleå',
      remoteAllowed: true,
      chairId: chair.id,
      coSignerIds: [members[1].id],
      signingDue: null,
    });
    await expect(
      clerk.clerk.createMeeting({
        bodyId: hsn.id,
        title: ' ',
        start: '2026-12-28T08:00:00Z',
        end: '2026-12-28T11:00:00Z',
        location: '',
        remoteAllowed: true,
        chairId: null,
        coSignerIds: [],
        signingDue: null,
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const a = await clerk.clerk.addItem(id, { title: 'A', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false });
    const b = await clerk.clerk.addItem(id, { title: 'B', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false });
    const c = await clerk.clerk.addItem(id, { title: 'C', caseNumber: '', kind: 'Information', proposedDecision: '', confidential: false });
    expect([a.number, b.number, c.number]).toEqual([1, 2, 3]);
    await clerk.clerk.moveItem(id, c.id, 1);
    expect((await clerk.meeting.get(id)).items.map((i) => i.title)).toEqual(['C', 'A', 'B']);
    // the move renumbered A: the form must start from the current version
    await expect(
      clerk.clerk.updateItem(a, { title: 'stale', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    const fresh = (await clerk.meeting.get(id)).items.find((i) => i.id === a.id)!;
    await clerk.clerk.updateItem(fresh, { title: 'A2', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false });
    await expect(
      clerk.clerk.updateItem(fresh, { title: 'A3', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false }),
    ).rejects.toMatchObject({ kind: 'conflict' });

    const doc = await clerk.clerk.uploadDocument(
      id,
      b.id,
      { name: 'Hemlig.pdf', content: new TextEncoder().encode('%PDF-1.4 x').buffer as ArrayBuffer },
      { title: 'Hemlig', kind: 'DecisionBasis', confidential: true },
    );
    expect(doc).toMatchObject({ confidential: true, itemId: b.id });
    await expect(clerk.clerk.deleteItem(b.id)).rejects.toMatchObject({ kind: 'conflict', code: 'documentsAttached' });
    expect((await clerk.meeting.get(id)).items).toHaveLength(3);

    // confidential: a body member sees it, a member of another body does not
    const hsnMember = (await member.meeting.get(id)).seatAssignments.some((s) => s.personId === member.user.siteUserId);
    expect(hsnMember).toBe(true);
    expect((await member.meeting.get(id)).documents.map((x) => x.id)).toContain(doc.id);
    // the RF substitute holds no assignment in HSN (only the body's ledamöter, clerks and owners may read)
    const outsider = await servicesFor('substitute');
    expect((await outsider.meeting.get(id)).documents.map((x) => x.id)).not.toContain(doc.id);
    // the file went into its meeting's restricted Sekretess folder and inherits that restriction
    const asPersona = (p: string) => standaloneSp(t.siteUrl, () => t.token(upn(p)));
    const path = decodeURIComponent(doc.url);
    expect(await asPersona('member').web.getFileByServerRelativePath(path).getText()).toBe('%PDF-1.4 x');
    await expect(asPersona('substitute').web.getFileByServerRelativePath(path).getText()).rejects.toMatchObject({
      status: expect.any(Number),
    });
    expect(path).toBe(`/sites/politikerportal/MeetingDocuments/${id}/Sekretess/Hemlig.pdf`);
    const own = await asPersona('clerk').web.getFileByServerRelativePath(path).listItemAllFields.select('HasUniqueRoleAssignments')();
    expect(own.HasUniqueRoleAssignments).toBe(false);

    await expect(
      member.clerk.updateItem(
        { ...fresh, etag: '*' },
        { title: 'hack', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false },
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(member.clerk.deleteItem(c.id)).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(member.clerk.moveItem(id, c.id, 3)).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await clerk.meeting.get(id)).items.map((i) => i.title)).toEqual(['C', 'A2', 'B']);

    await clerk.clerk.deleteDocument(doc.id);
    await clerk.clerk.deleteItem(b.id);
    expect((await clerk.meeting.get(id)).items.map((i) => [i.number, i.title])).toEqual([
      [1, 'C'],
      [2, 'A2'],
    ]);
  });
});

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { GraphError } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/data/clients/graphClient';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { BodySummary, MyMeeting, Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEB = '/sites/politikerportal';

/** The notice (kallelse) as members and the public meet it: the group calendar and the notice board. */
describe('publishing the notice', () => {
  const now = NOW;
  // the server's clock is the test's: notices count by the server's Created
  const t = seededRegion(ANCHOR, { now: () => now });

  const { upn } = t;
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => now);
  const graphFor = (userPrincipalName: string) =>
    createGraphClient({ baseUrl: `${t.tenant.url}/graph/`, getToken: () => t.token(userPrincipalName) });
  const meetingOf = async (s: Services, code: string, status: MyMeeting['status']): Promise<MyMeeting> =>
    (await s.meetings.myUpcoming(20)).find((m) => m.bodyCode === code && m.status === status)!;
  const bodyOf = async (s: Services, code: string): Promise<BodySummary> => (await s.clerk.bodies()).find((b) => b.code === code)!;
  /** The meeting's day (UTC; every seeded meeting is in the morning), as calendarView's window. */
  const dayOf = (start: string) => ({ startDateTime: `${start.slice(0, 10)}T00:00:00Z`, endDateTime: `${start.slice(0, 10)}T23:59:59Z` });
  const groupEvents = async (
    asUpn: string,
    groupId: string,
    start: string,
  ): Promise<{ id: string; subject: string; body: { content: string } }[]> =>
    (await graphFor(asUpn).api(`/groups/${groupId}/calendarView`).query(dayOf(start)).get()).value;

  it("shows the new event in the body group's calendar to every member of the group, and to nobody else", async () => {
    const clerk = await servicesFor('clerk');
    const member = await servicesFor('member');
    const m = await meetingOf(member, 'HSN', 'Planned');
    const group = (await bodyOf(clerk, 'HSN')).groupId!;
    expect(await groupEvents(upn('clerk'), group, m.start)).toEqual([]);

    const result = await clerk.clerk.publishNotice(m.id);
    const people = t.tenant.context.directory.groupMembers(group);
    expect(people.length).toBeGreaterThan(15);
    for (const p of people) {
      const seen = await groupEvents(p.userPrincipalName, group, m.start);
      expect({ who: p.userPrincipalName, events: seen.map((e) => e.id) }).toEqual({ who: p.userPrincipalName, events: [result.eventId] });
    }
    expect((await groupEvents(upn('member'), group, m.start))[0].subject).toBe(m.title);

    // the RF substitute and payroll are not in the committee's group: Exchange refuses them its calendar
    for (const outsider of ['substitute', 'payroll']) {
      expect(people.some((p) => p.userPrincipalName === upn(outsider))).toBe(false);
      let err: GraphError | null = null;
      await groupEvents(upn(outsider), group, m.start).catch((e: GraphError) => {
        err = e;
      });
      expect(err).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
    }
    // a committee meeting is not announced on the notice board
    const board = await standaloneSp(t.siteUrl, () => t.token(upn('member')))
      .web.getList(`${WEB}/Lists/NoticeBoard`)
      .items.filter(`MeetingId eq ${m.id}`)();
    expect(board).toEqual([]);
  });

  it('updates the seeded event of a meeting already notified instead of sending a second one, and announces RF once on the notice board', async () => {
    const clerk = await servicesFor('clerk');
    const member = await servicesFor('member');
    const m = await meetingOf(member, 'RF', 'Notified');
    const seeded = await member.meeting.get(m.id);
    expect(seeded.eventId).toBeTruthy();
    const group = (await bodyOf(clerk, 'RF')).groupId!;
    const before = await groupEvents(upn('clerk'), group, m.start);
    expect(before.map((e) => e.id)).toEqual([seeded.eventId]);
    // the seed's event has no agenda yet
    expect(before[0].body.content).not.toContain('Föredragningslista');

    const result = await clerk.clerk.publishNotice(m.id);
    expect(result.eventId).toBe(seeded.eventId);
    const after = await groupEvents(upn('clerk'), group, m.start);
    expect(after.map((e) => e.id)).toEqual([seeded.eventId]);
    expect(after[0].body.content).toContain('Föredragningslista');
    for (const item of seeded.items) expect(after[0].body.content).toContain(item.title.replace(/&/g, '&amp;'));
    expect((await member.meeting.get(m.id)).eventId).toBe(seeded.eventId);

    // the public announcement (KL 5:11): body, meeting, the day it was posted, and the agenda
    const board = () =>
      standaloneSp(t.siteUrl, () => t.token(upn('member')))
        .web.getList(`${WEB}/Lists/NoticeBoard`)
        .items.filter(`MeetingId eq ${m.id}`)
        .select('Id', 'Title', 'BodyId', 'MeetingId', 'NoticeKind', 'PostedOn', 'RemoveOn', 'Content')<
        {
          Id: number;
          Title: string;
          BodyId: number;
          MeetingId: number;
          NoticeKind: string;
          PostedOn: string;
          RemoveOn: string;
          Content: string;
        }[]
      >();
    const posted = await board();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      NoticeKind: 'Kungörelse',
      BodyId: seeded.bodyId,
      MeetingId: m.id,
      Title: `Kungörelse: ${seeded.title}`,
    });
    expect(posted[0].PostedOn.slice(0, 10)).toBe(ANCHOR);
    expect(posted[0].Content).toContain(seeded.bodyName);
    for (const item of seeded.items) expect(posted[0].Content).toContain(`${item.number}. ${item.title}`);

    // published again: still one event and one announcement, first posted the same day
    const again = await clerk.clerk.publishNotice(m.id);
    expect(again.eventId).toBe(seeded.eventId);
    expect((await groupEvents(upn('clerk'), group, m.start)).map((e) => e.id)).toEqual([seeded.eventId]);
    const reposted = await board();
    expect(reposted.map((x) => x.Id)).toEqual([posted[0].Id]);
    expect(reposted[0].PostedOn).toBe(posted[0].PostedOn);
  });
});

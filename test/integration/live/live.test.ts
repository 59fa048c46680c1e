import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { listUrl } from '../../../src/data/schema/urls';
import type { LiveClient, Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';
import { until } from '../../support/until';

const ANCHOR = '2026-12-02';
const WEB = '/sites/politikerportal';

/**
 * The live meeting through the real data code: who may write the live state (SharePoint's item
 * permissions, set when the meeting goes live), events the rules ignore, two consoles racing,
 * and a member's client following the chair's writes by polling.
 */
describe('the live meeting against the local tenant', () => {
  const t = seededRegion(ANCHOR);
  const open: LiveClient[] = [];
  afterEach(() => open.splice(0).forEach((c) => c.stop()));

  const servicesForUpn = (upn: string): Promise<Services> => t.servicesForUser(upn);

  const upnOf = async (siteUserId: number): Promise<string> => {
    const owner = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
    const { LoginName } = await owner.web.siteUsers.getById(siteUserId).select('LoginName')<{ LoginName: string }>();
    return LoginName.split('|').pop()!;
  };

  /** Everyone's session on the next RF meeting, with a few members recorded present. */
  async function liveRf() {
    const [chair, clerk, member] = await Promise.all(['chair', 'clerk', 'member'].map((p) => t.servicesFor(p)));
    const meetingId = (await member.meetings.myUpcoming(20)).find((m) => m.bodyCode === 'RF')!.id;
    const chairConsole = await chair.live.open(meetingId, { console: true });
    open.push(chairConsole);
    const assignees = chairConsole.snapshot.meeting.seatAssignments.filter((a) => a.role === 'Member');
    const other = assignees.find((a) => a.personId !== member.user.siteUserId && a.personId !== chair.user.siteUserId)!;
    // the roll call, as the clerk records it on the meeting page
    await clerk.meeting.recordAttendance(meetingId, member.user.siteUserId, 'PresentRemote', null);
    await clerk.meeting.recordAttendance(meetingId, chair.user.siteUserId, 'Present', null);
    await clerk.meeting.recordAttendance(meetingId, other.personId, 'Present', null);
    await chairConsole.refresh();
    return { chair, clerk, member, meetingId, chairConsole, other };
  }

  it('starts the meeting with the live state only its chair, vice chairs and clerks may write; members and another body’s chair are refused', async () => {
    const { chair, member, meetingId, chairConsole } = await liveRf();
    expect(chairConsole.snapshot.state).toBeNull();
    await chairConsole.startMeeting();
    const state = chairConsole.snapshot.state!;
    expect(state).toMatchObject({ phase: 'RollCall', revision: 1 });

    // a member writes the item straight through PnPjs: SharePoint refuses it
    const memberSp = standaloneSp(t.siteUrl, () => t.token(t.upn('member')));
    const liveList = memberSp.web.getList(listUrl({ webUrl: WEB }, 'LiveState'));
    await expect(liveList.items.getById(state.id).update({ Revision: 99 })).rejects.toMatchObject({ status: 403 });
    await expect(liveList.items.add({ MeetingId: meetingId, Phase: 'Avslutat', Revision: 100 })).rejects.toMatchObject({ status: 403 });

    // the chair of another body (in the presidium group, so allowed to start their own meetings)
    const owner = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
    const chairs = await owner.web
      .getList(listUrl({ webUrl: WEB }, 'Assignments'))
      .items.filter(`Position eq 'Ordförande'`)
      .select('Person/EMail', 'BodyId', 'PersonId')
      .expand('Person')
      .top(100)<{ Person: { EMail: string }; BodyId: number; PersonId: number }[]>();
    const rfBody = chairConsole.snapshot.meeting.bodyId;
    const foreign = chairs.find((c) => c.BodyId !== rfBody && c.PersonId !== chair.user.siteUserId)!;
    const foreignSp = standaloneSp(t.siteUrl, () => t.token(foreign.Person.EMail));
    const foreignList = foreignSp.web.getList(listUrl({ webUrl: WEB }, 'LiveState'));
    await expect(foreignList.items.getById(state.id).update({ Phase: 'Avslutat', Revision: 2 }, '*')).rejects.toMatchObject({
      status: 403,
    });
    // they may add an item of their own for this meeting (the list lets the presidium start meetings) — it is ignored
    await foreignList.items.add({ MeetingId: meetingId, Phase: 'Avslutat', Revision: 500 });
    const foreignServices = await servicesForUpn(foreign.Person.EMail);
    const theirView = await foreignServices.live.open(meetingId, { console: false });
    expect(theirView.snapshot.state).toMatchObject({ id: state.id, phase: 'RollCall' });
    // and the console refuses them: they are not staff of this body
    await expect(theirView.startMeeting()).rejects.toMatchObject({ code: 'notStaff' });

    // the member still reads it, and the trusted item is the chair's
    const view = await member.live.open(meetingId, { console: false });
    expect(view.snapshot.state).toMatchObject({ id: state.id, revision: 1 });
  });

  it('ignores what the rules do not allow: a forged floor, a withdrawal of someone else’s request', async () => {
    const { member, meetingId, chairConsole, other } = await liveRf();
    await chairConsole.startMeeting();
    await chairConsole.goToItem(chairConsole.snapshot.meeting.items[0].id);
    const view = await member.live.open(meetingId, { console: false });
    open.push(view);
    await view.requestFloor('Speech');
    const mine = view.picture().current!.speakers.queue.find((r) => r.personId === member.user.siteUserId)!;
    expect(mine).toBeDefined();

    // the member writes a FloorGiven for themself, past the client's checks
    const itemId = chairConsole.snapshot.state!.currentItemId;
    const memberSp = standaloneSp(t.siteUrl, () => t.token(t.upn('member')));
    const speakers = memberSp.web.getList(listUrl({ webUrl: WEB }, 'SpeakerRequests'));
    const forged = await speakers.items.add({
      MeetingId: meetingId,
      AgendaItemId: itemId,
      SpeakerKind: 'Ordet lämnat',
      ReplyTo: mine.requestId,
    });
    // another member withdraws the member's request: the client refuses, and written straight to the list it is ignored
    const otherUpn = await upnOf(other.personId);
    const otherView = await (await servicesForUpn(otherUpn)).live.open(meetingId, { console: false });
    await expect(otherView.withdrawRequest(mine.requestId)).rejects.toMatchObject({ code: 'notOwnRequest' });
    await standaloneSp(t.siteUrl, () => t.token(otherUpn))
      .web.getList(listUrl({ webUrl: WEB }, 'SpeakerRequests'))
      .items.add({ MeetingId: meetingId, AgendaItemId: itemId, SpeakerKind: 'Återkallad', ReplyTo: mine.requestId });

    await chairConsole.refresh();
    const list = chairConsole.picture().current!.speakers;
    expect(list.current).toBeNull();
    expect(list.queue.map((r) => r.requestId)).toContain(mine.requestId);
    expect(list.refused.map((r) => r.eventId)).toContain(forged.Id);
    // the chair gives the floor: that counts
    await chairConsole.giveFloor(mine.requestId);
    expect(chairConsole.picture().current!.speakers.current).toMatchObject({ requestId: mine.requestId, personId: member.user.siteUserId });
  });

  it('two consoles on the same live state: the stale one gets 412, retries on the fresh state, and nothing is lost', async () => {
    const { clerk, meetingId, chairConsole } = await liveRf();
    await chairConsole.startMeeting();
    const clerkConsole = await clerk.live.open(meetingId, { console: true });
    open.push(clerkConsole);
    const before = clerkConsole.snapshot.state!;
    // the chair moves to item 2; the clerk's console still holds revision 1
    const items = chairConsole.snapshot.meeting.items;
    await chairConsole.goToItem(items[1].id);
    const mid = chairConsole.snapshot.state!.revision;
    expect(mid).toBeGreaterThan(before.revision);
    // the clerk adjourns from the stale state: one 412, then the write on the fresh one
    await clerkConsole.setPhase('Adjourned');
    const after = clerkConsole.snapshot.state!;
    expect(after.revision).toBe(mid + 1);
    // the chair's change is kept, the clerk's is added
    const fresh = await (await t.servicesFor('member')).live.open(meetingId, { console: false });
    expect(fresh.snapshot.state).toMatchObject({ phase: 'Adjourned', currentItemId: items[1].id, revision: mid + 1 });
  });

  it('a member’s client follows the chair by polling the small live state; a broken remote link blocks decisions until the chair marks the member absent', async () => {
    const { member, meetingId, chairConsole } = await liveRf();
    await chairConsole.startMeeting();
    await chairConsole.goToItem(chairConsole.snapshot.meeting.items[0].id);
    chairConsole.start();
    const view = await member.live.open(meetingId, { console: false });
    open.push(view);
    view.start();
    await view.requestFloor('Speech');
    const request = view.picture().current!.speakers.queue[0];
    // the console relays the member's event; the chair gives the floor; the member's client sees it
    await until('the console sees the request', () =>
      chairConsole.picture().current!.speakers.queue.some((r) => r.requestId === request.requestId),
    );
    await chairConsole.giveFloor(request.requestId);
    await until('the member sees the floor given', () => view.picture().current?.speakers.current?.requestId === request.requestId);

    await view.reportLink('RemoteConfirmed');
    await view.reportLink('LinkBroken');
    await until('the console sees the broken link', () =>
      chairConsole.picture().blocked.some((b) => b.personId === member.user.siteUserId),
    );
    // the member counts as absent on the item at once
    const seat = () => chairConsole.picture().current!.seats.seats.find((s) => s.memberId === member.user.siteUserId)!;
    expect(seat().holderId).toBeNull();
    await chairConsole.markLinkAbsent(member.user.siteUserId);
    expect(chairConsole.picture().blocked).toEqual([]);
    await view.reportLink('LinkRestored');
    await until('the console sees the link restored', () => chairConsole.picture().remote.get(member.user.siteUserId)?.link === 'ok');
    expect(chairConsole.picture().remote.get(member.user.siteUserId)!.outages).toHaveLength(1);
  });
});

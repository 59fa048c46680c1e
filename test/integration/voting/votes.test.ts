import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { toDataError } from '../../../src/data/errors';
import { listUrl } from '../../../src/data/schema/urls';
import type { LiveClient, Services } from '../../../src/data/services';
import type { VotingDesk } from '../../../src/data/voting/desk';
import type { StepDraft } from '../../../src/data/voting/consoleSteps';
import { seededRegion } from '../../support/region';
import { until } from '../../support/until';

const ANCHOR = '2026-12-02';
const WEB = '/sites/politikerportal';
const list = (sp: SPFI, key: Parameters<typeof listUrl>[1]) => sp.web.getList(listUrl({ webUrl: WEB }, key));

/**
 * Votes through the real data code, and the attack corpus of issue #11: everything a member, an
 * outsider or another body's chair could write past the client is refused by SharePoint's
 * permissions or rejected by the tally with its reason, and the real voters still vote.
 */
describe('votes against the local tenant', () => {
  const t = seededRegion(ANCHOR);
  const open: LiveClient[] = [];
  afterAll(() => open.splice(0).forEach((c) => c.stop()));

  const servicesForUpn = (upn: string): Promise<Services> => t.servicesForUser(upn);
  const spFor = (upn: string) => standaloneSp(t.siteUrl, () => t.token(upn));
  const owner = () => spFor(t.upn('owner'));

  const upnOf = async (siteUserId: number): Promise<string> => {
    const { LoginName } = await owner().web.siteUsers.getById(siteUserId).select('LoginName')<{ LoginName: string }>();
    return LoginName.split('|').pop()!;
  };

  let meetingId = 0;
  let itemId = 0;
  let chairConsole: LiveClient;
  let desk: VotingDesk;
  let memberIds: number[] = [];
  let approveId = 0;
  let rejectId = 0;

  async function memberDesk(upn: string): Promise<{ client: LiveClient; desk: VotingDesk }> {
    const services = await servicesForUpn(upn);
    const client = await services.live.open(meetingId, { console: false });
    open.push(client);
    client.start();
    const d = await client.voting();
    return { client, desk: d };
  }

  beforeAll(async () => {
    const [chair, clerk] = await Promise.all([t.servicesFor('chair'), t.servicesFor('clerk')]);
    meetingId = (await chair.meetings.myUpcoming(20)).find((m) => m.bodyCode === 'RF')!.id;
    chairConsole = await chair.live.open(meetingId, { console: true });
    open.push(chairConsole);
    const members = chairConsole.snapshot.meeting.seatAssignments.filter((a) => a.role === 'Member');
    memberIds = members.map((m) => m.personId);
    // the roll call: every member in the chamber, recorded by the clerk in one batch
    const clerkSp = spFor(t.upn('clerk'));
    const [b, run] = clerkSp.batched();
    const writes = members.map((m) =>
      list(b, 'Attendance').items.add({ MeetingId: meetingId, PersonId: m.personId, AttendanceEvent: 'Närvarande' }),
    );
    await run();
    await Promise.all(writes);
    void clerk;
    await chairConsole.refresh();
    await chairConsole.startMeeting();
    itemId = chairConsole.snapshot.meeting.items.find((i) => i.kind === 'Decision')!.id;
    await chairConsole.goToItem(itemId);
    await chairConsole.propose('Approve', '', memberIds[1]);
    await chairConsole.propose('Reject', '', memberIds[2]);
    await chairConsole.lockProposals();
    const set = chairConsole.picture().current!.proposals.proposals;
    approveId = set.find((p) => p.kind === 'Approve')!.id;
    rejectId = set.find((p) => p.kind === 'Reject')!.id;
    desk = await chairConsole.voting();
  }, 120_000);

  const mainVote = (): StepDraft => ({
    itemId,
    stepKind: 'MainVote',
    kind: 'Open',
    yesProposalId: approveId,
    noProposalId: rejectId,
    question: 'Den som vill bifalla styrelsens förslag röstar ja; den det ej vill röstar nej.',
    yesMeaning: 'Bifall till styrelsens förslag',
    noMeaning: 'Avslag på styrelsens förslag',
  });

  it('refuses to open a question the assembly has not approved, then opens it with the electorate frozen and hashed', async () => {
    await desk.prepareVote(mainVote());
    const vote = desk.view.onScreen!;
    expect(vote).toMatchObject({ status: 'Prepared', approvedAt: null, stepKind: 'MainVote' });
    await expect(desk.openVote(vote.id)).rejects.toMatchObject({ code: 'notApproved' });
    await desk.approveVote(vote.id, { question: mainVote().question, yesMeaning: mainVote().yesMeaning, noMeaning: mainVote().noMeaning });
    expect(desk.view.onScreen!.approvedAt).not.toBeNull();
    await desk.openVote(vote.id);
    const opened = desk.view.onScreen!;
    expect(opened.status).toBe('Open');
    expect(opened.electorate!.voters).toHaveLength(memberIds.length);
    expect(opened.electorate!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chairConsole.snapshot.state).toMatchObject({ phase: 'Voting', openVoteId: vote.id });
  });

  it('lets members vote once, keeps a voter whose key someone else wrote first, and rejects every forged ballot with its reason', async () => {
    const voteId = desk.view.onScreen!.id;
    const [alice, bob, carol] = await Promise.all(memberIds.slice(3, 6).map(upnOf));
    const aliceId = memberIds[3];
    const bobId = memberIds[4];
    const aliceSp = spFor(alice);
    const ballots = list(aliceSp, 'Ballots');

    // Alice writes a key naming Bob before Bob votes: stored (its random part is hers), rejected by the tally
    const squat = await ballots.items.add({ VoteId: voteId, BallotKey: `${voteId}:${bobId}:aaaaaaaaaaaaaaaa`, BallotChoice: 'Nej' });
    // a forged author and time are ignored: the server stamps Alice
    const forged = await ballots.items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${bobId}:bbbbbbbbbbbbbbbb`,
      BallotChoice: 'Nej',
      AuthorId: bobId,
      Created: '2020-01-01T00:00:00Z',
    });
    const stamped = await ballots.items.getById(forged.Id).select('AuthorId')<{ AuthorId: number }>();
    expect(stamped.AuthorId).toBe(aliceId);

    // Alice votes through her client: a receipt; her second ballot is rejected as a duplicate
    const a = await memberDesk(alice);
    await until('Alice sees the open vote', () => a.desk.view.onScreen?.status === 'Open');
    expect(a.desk.view.eligible).toBe(true);
    const receipt = await a.desk.cast('Yes');
    expect(receipt).toMatchObject({ voteId, authorId: aliceId, choice: 'Yes' });
    await expect(a.desk.cast('No')).rejects.toMatchObject({ code: 'alreadyVoted' });
    await ballots.items.add({ VoteId: voteId, BallotKey: `${voteId}:${aliceId}:cccccccccccccccc`, BallotChoice: 'Nej' });

    // Bob votes normally although "his" key was written first
    const b = await memberDesk(bob);
    await until('Bob sees the open vote', () => b.desk.view.onScreen?.status === 'Open');
    await b.desk.cast('No');

    // a reload (a second device) shows Carol's receipt, never a second form
    const c1 = await memberDesk(carol);
    await until('Carol sees the open vote', () => c1.desk.view.onScreen?.status === 'Open');
    const carolReceipt = await c1.desk.cast('Yes');
    const c2 = await memberDesk(carol);
    await until('the second device shows the receipt', () => c2.desk.view.receipt !== null);
    expect(c2.desk.view.receipt!.id).toBe(carolReceipt.id);
    await expect(c2.desk.cast('Yes')).rejects.toMatchObject({ code: 'alreadyVoted' });

    // a retried submission with the same key is "already stored": the same receipt, not a second ballot
    const retried = await ballots.items.add({ VoteId: voteId, BallotKey: receipt.key, BallotChoice: 'Nej' }).catch((e: unknown) => e);
    expect(await toDataError(retried)).toMatchObject({ code: 'duplicateValue' });

    // members cannot change or delete a ballot, their own included
    await expect(ballots.items.getById(receipt.id).update({ BallotChoice: 'Nej' })).rejects.toMatchObject({ status: 403 });
    await expect(ballots.items.getById(receipt.id).delete()).rejects.toMatchObject({ status: 403 });

    // a substitute who does not serve (in the members' group, so the list takes the ballot) is not eligible
    const substitute = chairConsole.snapshot.meeting.seatAssignments.find((x) => x.role === 'Substitute')!;
    const subBallot = await list(spFor(await upnOf(substitute.personId)), 'Ballots').items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${substitute.personId}:dddddddddddddddd`,
      BallotChoice: 'Ja',
    });

    // a ballot for a vote that does not exist is not filed under this one
    const nowhere = await ballots.items
      .add({ VoteId: 999999, BallotKey: `999999:${aliceId}:eeeeeeeeeeeeeeee`, BallotChoice: 'Ja' })
      .then((r: { Id: number }) => r.Id)
      .catch(() => null);

    // the chair sees the turnout: who has voted, never what, until the close
    await until('the console counts three voters', () => desk.view.running?.counted.length === 3);
    await until('the live state carries the turnout', () => chairConsole.snapshot.state?.turnout === 3);

    await desk.closeVote(voteId);
    const closed = desk.view.onScreen!;
    expect(closed).toMatchObject({ status: 'Closed', outcome: 'Yes', decidedBy: 'Vote' });
    expect(closed.result).toMatchObject({ yes: 2, no: 1, abstain: 0, absent: memberIds.length - 3 });
    const rejected = new Map(closed.result!.rejected);
    expect(rejected.get(squat.Id)).toBe('keyMismatch');
    expect(rejected.get(forged.Id)).toBe('keyMismatch');
    expect(rejected.get(subBallot.Id)).toBe('notEligible');
    expect([...rejected.values()]).toContain('duplicate');
    if (nowhere !== null) expect(rejected.has(nowhere)).toBe(false);
    expect(closed.resultHash).toMatch(/^[0-9a-f]{64}$/);
    void b;
    void c1;

    // a ballot after the close is stored but never counted; every member's recount still agrees
    await ballots.items.add({ VoteId: voteId, BallotKey: `${voteId}:${aliceId}:ffffffffffffffff`, BallotChoice: 'Nej' });
    await until('Alice sees the close', () => a.desk.view.onScreen?.status === 'Closed');
    await until(
      'Alice’s client checked the result',
      () => a.desk.view.verification.state !== 'checking' && a.desk.view.verification.state !== 'none',
    );
    expect(a.desk.view.verification).toEqual({ state: 'verified' });
  });

  it('refuses a member and another body’s chair writing the votes or the live state', async () => {
    const voteId = desk.view.onScreen!.id;
    const memberSp = spFor(t.upn('member'));
    await expect(list(memberSp, 'Votes').items.getById(voteId).update({ Outcome: 'Nej' })).rejects.toMatchObject({ status: 403 });
    // the meeting's own staff record and correct the steps, but a vote stays on record for the minutes
    await expect(
      list(spFor(t.upn('clerk')), 'Votes')
        .items.getById(voteId)
        .delete(),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      list(spFor(t.upn('chair')), 'Votes')
        .items.getById(voteId)
        .delete(),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      list(memberSp, 'Votes').items.add({
        MeetingId: meetingId,
        AgendaItemId: itemId,
        Step: 9,
        StepKind: 'Huvudvotering',
        VoteKind: 'Öppen votering',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      list(memberSp, 'LiveState').items.getById(chairConsole.snapshot.state!.id).update({ OpenVote: null }),
    ).rejects.toMatchObject({
      status: 403,
    });

    const chairs = await list(owner(), 'Assignments')
      .items.filter(`Position eq 'Ordförande'`)
      .select('Person/EMail', 'BodyId', 'PersonId')
      .expand('Person')
      .top(100)<{ Person: { EMail: string }; BodyId: number; PersonId: number }[]>();
    const chairId = chairConsole.snapshot.staff.chairId;
    const foreign = chairs.find((c) => c.BodyId !== chairConsole.snapshot.meeting.bodyId && c.PersonId !== chairId)!;
    const foreignSp = spFor(foreign.Person.EMail);
    await expect(
      list(foreignSp, 'Votes')
        .items.getById(voteId)
        .update({ Outcome: 'Nej', ResultHash: '0'.repeat(64) }),
    ).rejects.toMatchObject({
      status: 403,
    });
    // a step they add for this meeting is not this meeting's: the clients ignore it
    await list(foreignSp, 'Votes').items.add({
      Title: 'Förfalskad',
      MeetingId: meetingId,
      AgendaItemId: itemId,
      Step: 1,
      StepKind: 'Huvudförslag',
      VoteKind: 'Öppen votering',
      VoteStatus: 'Stängd',
      Outcome: 'Nej',
    });
    const again = await memberDesk(t.upn('member'));
    await until('the member reads the steps', () => again.desk.view.steps.length > 0);
    expect(again.desk.view.steps.map((s) => s.question)).not.toContain('Förfalskad');
    expect((await list(owner(), 'Votes').items.getById(voteId).select('Outcome')<{ Outcome: string }>()).Outcome).toBe('Ja');
  });

  it('counts every acknowledged ballot when the ballot list answers a storm of 429s', async () => {
    await desk.prepareVote({ ...mainVote(), question: 'Votering under belastning' });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, { question: 'Votering under belastning', yesMeaning: 'Bifall', noMeaning: 'Avslag' });
    await desk.openVote(voteId);
    const voters = await Promise.all(memberIds.slice(20, 32).map(async (id) => ({ id, ...(await memberDesk(await upnOf(id))) })));
    await until('every voter sees the open vote', () => voters.every((v) => v.desk.view.onScreen?.id === voteId && v.desk.view.eligible));
    // the first 30 ballot posts are throttled, with Retry-After: 0
    const from = t.tenant.requests.last();
    t.tenant.faults.add({ pathContains: 'Ballots', method: 'POST', status: 429, retryAfterSeconds: 0, count: 30 });
    const receipts = await Promise.all(voters.map((v, i) => v.desk.cast(i % 3 === 0 ? 'No' : 'Yes')));
    t.tenant.faults.clear();
    expect(t.tenant.requests.since(from).filter((r) => r.status === 429).length).toBe(30);
    expect(new Set(receipts.map((r) => r.id)).size).toBe(voters.length);
    await desk.closeVote(voteId);
    const counted = new Set(desk.view.onScreen!.result!.counted);
    expect(receipts.every((r) => counted.has(r.id))).toBe(true);
    expect(desk.view.onScreen!.result).toMatchObject({ yes: 8, no: 4, abstain: 0 });
    voters.forEach((v) => v.client.stop());
  });

  it('refuses a second question while a vote is open, and finishes a close that stopped after its status write', async () => {
    await desk.prepareVote({ ...mainVote(), question: 'Avbruten stängning' });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, { question: 'Avbruten stängning', yesMeaning: 'Bifall', noMeaning: 'Avslag' });
    await desk.openVote(voteId);
    await expect(desk.prepareVote({ ...mainVote(), question: 'En till' })).rejects.toMatchObject({ code: 'voteStillOpen' });
    const voter = memberIds[40];
    await list(spFor(await upnOf(voter)), 'Ballots').items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${voter}:resume${voter}`,
      BallotChoice: 'Ja',
    });
    // the status write went through, then the connection dropped: the vote is closed and nothing counted
    await list(spFor(t.upn('chair')), 'Votes')
      .items.getById(voteId)
      .update({ VoteStatus: 'Stängd' });
    // a tie the chair could "decide" on an uncounted vote is refused
    await expect(desk.decideTie(voteId, 'No')).rejects.toMatchObject({ code: 'nothingToDecide' });
    await desk.closeVote(voteId);
    expect(desk.view.onScreen).toMatchObject({ status: 'Closed', outcome: 'Yes', decidedBy: 'Vote' });
    expect(desk.view.onScreen!.result).toMatchObject({ yes: 1, no: 0 });
    expect(desk.view.onScreen!.closedAt).not.toBeNull();
  });

  it('a ballot filed in the second the vote closed, after the close read the ballots, is late for everyone: no false alarm', async () => {
    await desk.prepareVote({ ...mainVote(), question: 'Samma sekund' });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, { question: 'Samma sekund', yesMeaning: 'Bifall', noMeaning: 'Avslag' });
    await desk.openVote(voteId);
    const [a, b] = await Promise.all(memberIds.slice(50, 52).map(upnOf));
    await list(spFor(a), 'Ballots').items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${memberIds[50]}:second${memberIds[50]}`,
      BallotChoice: 'Ja',
    });
    await desk.closeVote(voteId);
    const late = await list(spFor(b), 'Ballots').items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${memberIds[51]}:second${memberIds[51]}`,
      BallotChoice: 'Nej',
    });
    const member = await memberDesk(b);
    await until('the member checked the result', () => ['verified', 'alarm'].includes(member.desk.view.verification.state));
    expect(member.desk.view.verification).toEqual({ state: 'verified' });
    // whether or not it fell in the same second on this run, it is never counted
    expect(desk.view.onScreen!.result!.counted).not.toContain(late.Id);
  });

  it('two consoles acting on the same vote at once: one wins, the other is refused, and the step is never half of each', async () => {
    const clerk = await t.servicesFor('clerk');
    const clerkConsole = await clerk.live.open(meetingId, { console: true });
    open.push(clerkConsole);
    const clerkDesk = await clerkConsole.voting();
    await desk.prepareVote({ ...mainVote(), question: 'Två konsoler' });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, { question: 'Två konsoler', yesMeaning: 'Bifall', noMeaning: 'Avslag' });
    await desk.openVote(voteId);
    await clerkConsole.refresh();
    const outcomes = await Promise.allSettled([desk.closeVote(voteId), clerkDesk.cancelVote(voteId)]);
    const step = await list(owner(), 'Votes').items.getById(voteId).select('VoteStatus', 'Result')<{
      VoteStatus: string;
      Result: string | null;
    }>();
    if (step.VoteStatus === 'Avbruten') expect(step.Result).toBeNull();
    else expect(step).toMatchObject({ VoteStatus: 'Stängd', Result: expect.stringContaining('"counted"') });
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes)
      if (o.status === 'rejected') expect((o.reason as { code: string }).code).toMatch(/versionConflict|voteNotOpen|voteClosed/);
  });

  it('a tie where the chair abstained stops for the chair’s decision', async () => {
    const chairId = chairConsole.snapshot.staff.chairId!;
    await desk.prepareVote({ ...mainVote(), question: 'Ny votering: bifall eller avslag?' });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, { question: 'Ny votering: bifall eller avslag?', yesMeaning: 'Bifall', noMeaning: 'Avslag' });
    await desk.openVote(voteId);
    const [x, y] = memberIds.filter((id) => id !== chairId).slice(10, 12);
    for (const [id, choice] of [
      [x, 'Ja'],
      [y, 'Nej'],
    ] as const) {
      await list(spFor(await upnOf(id)), 'Ballots').items.add({
        VoteId: voteId,
        BallotKey: `${voteId}:${id}:tie${id}tie${id}xx`,
        BallotChoice: choice,
      });
    }
    await list(spFor(t.upn('chair')), 'Ballots').items.add({
      VoteId: voteId,
      BallotKey: `${voteId}:${chairId}:chairabstains`,
      BallotChoice: 'Avstår',
    });
    await desk.closeVote(voteId);
    expect(desk.view.onScreen).toMatchObject({ status: 'Closed', outcome: null, decidedBy: null });
    expect(desk.view.onScreen!.result).toMatchObject({ yes: 1, no: 1, abstain: 1 });
    await desk.decideTie(voteId, 'No');
    expect(desk.view.onScreen).toMatchObject({ outcome: 'No', decidedBy: 'ChairDecision' });
  });

  it('refuses a decision by acclamation without quorum', async () => {
    const staffSp = spFor(t.upn('clerk'));
    // most of the assembly leaves: quorum is lost
    const leaving = memberIds.slice(0, 40).filter((id) => id !== chairConsole.snapshot.staff.chairId);
    const [bt, run] = staffSp.batched();
    const writes = leaving.map((id) =>
      list(bt, 'Attendance').items.add({ MeetingId: meetingId, PersonId: id, AttendanceEvent: 'Avgång', AgendaItemId: itemId }),
    );
    await run();
    await Promise.all(writes);
    await chairConsole.refresh();
    expect(chairConsole.picture().current!.seats.quorum.ok).toBe(false);
    await expect(
      desk.recordSettled({ ...mainVote(), stepKind: 'MainDeclared', noProposalId: null, question: 'Huvudförslag' }, 'Yes', 'Acclamation'),
    ).rejects.toMatchObject({ code: 'quorumMissing' });
  });
});

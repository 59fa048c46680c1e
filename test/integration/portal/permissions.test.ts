import { toDataError } from '../../../src/data/errors';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { provisionSite } from '../../../src/data/provisioning';
import { groups } from '../../../src/data/schema/permissions';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** The attacks DESIGN §4 says storage must stop, tried against the provisioned schema. */
describe('permissions of the provisioned site', () => {
  let t: TestTenant;
  const site = '/sites/politikerportal';
  const alice = 'alice@test.local';
  const bob = 'bob@test.local';
  const carol = 'carol@test.local';

  beforeAll(async () => {
    t = await startTestTenant();
    const owner = t.sp('owner@test.local');
    await provisionSite(owner);
    const add = async (group: string, upn: string): Promise<void> => {
      const g = await owner.web.siteGroups.getByName(group)();
      await owner.web.siteGroups.getById(g.Id).users.add(`i:0#.f|membership|${upn}`);
    };
    await add(groups.Members.title, alice);
    await add(groups.Members.title, bob);
    await add(groups.Payroll.title, carol);
    await add(groups.Clerks.title, carol);
    const body = await owner.web
      .getList(`${site}/Lists/Bodies`)
      .items.add({ Title: 'Regionfullmäktige', BodyCode: 'RF', BodyKind: 'Fullmäktige', Seats: 71, SubstituteRule: 'Samma parti' });
    const meeting = await owner.web
      .getList(`${site}/Lists/Meetings`)
      .items.add({ Title: 'RF', BodyId: body.Id, StartTime: '2026-12-01T08:00:00Z', MeetingStatus: 'Kallat' });
    const item = await owner.web
      .getList(`${site}/Lists/AgendaItems`)
      .items.add({ Title: 'Budget', MeetingId: meeting.Id, ItemNumber: 1, ItemKind: 'Beslutsärende' });
    await owner.web.getList(`${site}/Lists/Votes`).items.add({
      Title: 'Ja = bifall',
      MeetingId: meeting.Id,
      AgendaItemId: item.Id,
      VoteKind: 'Öppen votering',
      VoteStatus: 'Öppen',
      Step: 1,
      StepKind: 'Huvudvotering',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const ballots = (upn: string) => t.sp(upn).web.getList(`${site}/Lists/Ballots`);

  it('lets a member cast a ballot, stamped with their identity whatever they claim', async () => {
    const me = await t.sp(alice).web.currentUser();
    const other = await t.sp(bob).web.currentUser();
    const added = await ballots(alice).items.add({
      VoteId: 1,
      BallotKey: `1:${me.Id}`,
      BallotChoice: 'Ja',
      AuthorId: other.Id,
      Created: '2020-01-01T00:00:00Z',
    });
    const stored = await ballots(alice).items.getById(added.Id).select('AuthorId', 'Created')();
    expect(stored.AuthorId).toBe(me.Id);
    expect(stored.Created.startsWith('2020')).toBe(false);
  });

  it('refuses a second ballot with the same key and writes nothing', async () => {
    const me = await t.sp(alice).web.currentUser();
    const before = (await ballots(alice).items()).length;
    // SharePoint Online answers a duplicate unique value with 500 and its own error code (DESIGN §12)
    const err = await ballots(alice)
      .items.add({ VoteId: 1, BallotKey: `1:${me.Id}`, BallotChoice: 'Nej' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 500 });
    expect(await toDataError(err)).toMatchObject({ code: 'duplicateValue', kind: 'conflict' });
    expect((await ballots(alice).items()).length).toBe(before);
  });

  it('refuses a member changing or deleting a ballot, even their own (403)', async () => {
    const [mine] = await ballots(alice).items.filter(`AuthorId eq ${(await t.sp(alice).web.currentUser()).Id}`)();
    await expect(ballots(alice).items.getById(mine.Id).update({ BallotChoice: 'Nej' })).rejects.toMatchObject({ status: 403 });
    await expect(ballots(alice).items.getById(mine.Id).delete()).rejects.toMatchObject({ status: 403 });
    expect((await ballots(alice).items.getById(mine.Id)()).BallotChoice).toBe('Ja');
  });

  it('refuses a clerk changing a ballot too', async () => {
    const [first] = await ballots(carol).items();
    await expect(ballots(carol).items.getById(first.Id).update({ BallotChoice: 'Avstår' })).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a member editing the meeting lists the clerks keep (403)', async () => {
    const meetings = t.sp(alice).web.getList(`${site}/Lists/Meetings`);
    await expect(meetings.items.getById(1).update({ Location: 'Hemma' })).rejects.toMatchObject({ status: 403 });
    await expect(
      meetings.items.add({ Title: 'Eget möte', BodyId: 1, StartTime: '2026-12-02T08:00:00Z', MeetingStatus: 'Planerat' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(t.sp(alice).web.getList(`${site}/Lists/Votes`).items.getById(1).update({ VoteStatus: 'Stängd' })).rejects.toMatchObject({
      status: 403,
    });
  });

  const userId = async (upn: string): Promise<number> => (await t.sp(upn).web.currentUser.select('Id')<{ Id: number }>()).Id;

  it('refuses a clerk making themself clerk or chair of a body: only the owners keep Organ and Uppdrag (403)', async () => {
    // carol is in the Sekreterare group: that alone must not let her become staff of a body she does not serve
    const bodies = t.sp(carol).web.getList(`${site}/Lists/Bodies`);
    await expect(bodies.items.getById(1).update({ ClerksId: [await userId(carol)] })).rejects.toMatchObject({ status: 403 });
    await expect(
      t
        .sp(carol)
        .web.getList(`${site}/Lists/Assignments`)
        .items.add({ PersonId: await userId(carol), BodyId: 1, Role: 'Ledamot', Position: 'Ordförande', ValidFrom: '2026-01-01' }),
    ).rejects.toMatchObject({ status: 403 });
    // and she still reads them, as every page does
    expect((await bodies.items.getById(1).select('Title')()).Title).toBe('Regionfullmäktige');
  });

  it('shows a claim only to its claimant and to payroll, and lets nobody but the owners change it', async () => {
    const claims = (upn: string) => t.sp(upn).web.getList(`${site}/Lists/Claims`);
    // the claimant is the row's Author: there is no claimant, status or attestant column to write
    await expect(
      claims(alice).items.add({
        Title: 'Sammanträde RF',
        BodyId: 1,
        ClaimDate: '2026-12-01T00:00:00Z',
        DayKind: 'Heldag',
        ClaimRole: 'Ledamot',
        Lines: '[]',
        ClaimStatus: 'Attesterad',
      }),
    ).rejects.toBeTruthy();
    const claim = await claims(alice).items.add({
      Title: 'Sammanträde RF',
      BodyId: 1,
      ClaimDate: '2026-12-01T00:00:00Z',
      DayKind: 'Heldag',
      ClaimRole: 'Ledamot',
      Lines: '[]',
    });
    expect((await claims(alice).items()).map((c: { Id: number }) => c.Id)).toContain(claim.Id);
    expect((await claims(bob).items()).map((c: { Id: number }) => c.Id)).not.toContain(claim.Id);
    // a sent claim is a record: not even its claimant edits or deletes it
    await expect(claims(alice).items.getById(claim.Id).update({ Lines: '[{"kind":"MeetingFee"}]' })).rejects.toMatchObject({ status: 403 });
    await expect(claims(alice).items.getById(claim.Id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(claims(bob).items.getById(claim.Id).update({ Title: 'Attesterad' })).rejects.toBeTruthy();
    // payroll overrides the list's read-own-items rule (the claim's own permissions, set on sending, then decide)
    expect((await claims(carol).items()).map((c: { Id: number }) => c.Id)).toContain(claim.Id);
    // members write no events: attestation and transfer are the attestants' and payroll's
    const events = t.sp(alice).web.getList(`${site}/Lists/ClaimEvents`);
    await expect(events.items.add({ ClaimId: claim.Id, ClaimEvent: 'Attesterad' })).rejects.toMatchObject({ status: 403 });
  });
});

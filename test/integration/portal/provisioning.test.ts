import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { createProvisioningService, provisionSite } from '../../../src/data/provisioning';
import { lists } from '../../../src/data/schema/lists';
import { customLevels, groups } from '../../../src/data/schema/permissions';
import { startTestTenant, type TestTenant } from '../../support/tenant';

const OWNER = 'owner@test.local';

describe('provisioning the portal site through PnPjs', () => {
  let t: TestTenant;
  beforeEach(async () => {
    t = await startTestTenant();
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates every list, field, level and group of the schema, then finds nothing left to do', async () => {
    const service = createProvisioningService(t.sp(OWNER));
    const before = await service.inspect();
    expect(before.summary.lists.missing).toBe(lists.length);
    expect(before.summary.levels.missing).toBe(Object.keys(customLevels).length);
    expect(before.summary.groups.missing).toBe(Object.keys(groups).length);

    const progress: number[] = [];
    const result = await service.apply(before, (p) => progress.push(p.done));
    expect(result.failed).toBeUndefined();
    expect(result.applied).toHaveLength(before.steps.length);
    expect(progress[0]).toBe(0);

    const after = await service.inspect();
    expect(after.steps).toEqual([]);

    const sp = t.sp(OWNER);
    const bodies = sp.web.getList('/sites/politikerportal/Lists/Bodies');
    expect((await bodies.select('Title')()).Title).toBe('Organ');
    const code = await bodies.fields.getByInternalNameOrTitle('BodyCode').select('Indexed', 'EnforceUniqueValues', 'Title')();
    expect(code).toMatchObject({ Indexed: true, EnforceUniqueValues: true, Title: 'Kortnamn' });
    const ballots = sp.web.getList('/sites/politikerportal/Lists/Ballots');
    expect((await ballots.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    const claims = await sp.web.getList('/sites/politikerportal/Lists/Claims').select('ReadSecurity', 'WriteSecurity')();
    expect(claims).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const sp = t.sp(OWNER);
    expect(await provisionSite(sp)).toBeGreaterThan(0);
    const seq = t.tenant.requests.last();
    expect(await provisionSite(sp)).toBe(0);
    const writes = t.tenant.requests.since(seq).filter((r) => r.method !== 'GET' && !r.path.includes('$batch'));
    expect(writes).toEqual([]);
  });

  it('adds only what is missing: a removed field comes back as the one step', async () => {
    const sp = t.sp(OWNER);
    await provisionSite(sp);
    await sp.web.getList('/sites/politikerportal/Lists/Meetings').fields.getByInternalNameOrTitle('Location').delete();
    await sp.web
      .getList('/sites/politikerportal/Lists/AgendaItems')
      .fields.getByInternalNameOrTitle('CaseNumber')
      .update({ Indexed: false });
    // a site provisioned before documents restricted deleting their agenda item
    const docItem = sp.web.getList('/sites/politikerportal/MeetingDocuments').fields.getByInternalNameOrTitle('AgendaItem');
    await docItem.update({ RelationshipDeleteBehavior: 0 }, 'SP.FieldLookup');

    const service = createProvisioningService(sp);
    const plan = await service.inspect();
    expect(plan.steps.map((s) => [s.kind, s.id, s.changes ?? []])).toEqual([
      ['createField', 'field:Lists/Meetings:Location', []],
      ['updateField', 'field:Lists/AgendaItems:CaseNumber', ['Indexed']],
      ['updateField', 'field:MeetingDocuments:AgendaItem', ['RelationshipDeleteBehavior']],
    ]);
    expect((await service.apply(plan)).failed).toBeUndefined();
    expect((await service.inspect()).steps).toEqual([]);
    expect((await docItem.select('RelationshipDeleteBehavior')<{ RelationshipDeleteBehavior: number }>()).RelationshipDeleteBehavior).toBe(
      2,
    );
  });

  it("creates the portal's groups with their members visible, and puts back visibility changed by hand", async () => {
    const sp = t.sp(OWNER);
    await provisionSite(sp);
    const visibility = async (title: string) =>
      (await sp.web.siteGroups.getByName(title).select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership: boolean }>())
        .OnlyAllowMembersViewMembership;
    for (const g of Object.values(groups)) expect(await visibility(g.title)).toBe(!g.membersVisible);

    const clerks = await sp.web.siteGroups.getByName(groups.Clerks.title).select('Id')<{ Id: number }>();
    await sp.web.siteGroups.getById(clerks.Id).update({ OnlyAllowMembersViewMembership: true });
    const service = createProvisioningService(sp);
    const plan = await service.inspect();
    expect(plan.steps.map((s) => [s.kind, s.id, s.subject, s.changes ?? []])).toEqual([
      ['updateGroup', 'group:Clerks', groups.Clerks.title, ['OnlyAllowMembersViewMembership']],
    ]);
    expect((await service.apply(plan)).failed).toBeUndefined();
    expect(await visibility(groups.Clerks.title)).toBe(false);

    // idempotent again: nothing to do, nothing written
    const seq = t.tenant.requests.last();
    expect(await provisionSite(sp)).toBe(0);
    expect(t.tenant.requests.since(seq).filter((r) => r.method !== 'GET' && !r.path.includes('$batch'))).toEqual([]);
  });

  it('finishes a half-provisioned site on the next run', async () => {
    const service = createProvisioningService(t.sp(OWNER));
    const plan = await service.inspect();
    const half = { ...plan, steps: plan.steps.slice(0, Math.floor(plan.steps.length / 2)) };
    expect((await service.apply(half)).failed).toBeUndefined();
    const rest = await service.inspect();
    expect(rest.steps.length).toBeGreaterThan(0);
    expect(rest.steps.length).toBeLessThan(plan.steps.length);
    expect((await service.apply(rest)).failed).toBeUndefined();
    expect((await service.inspect()).steps).toEqual([]);
  });

  it('tells a person without the right that they cannot, and the site refuses them', async () => {
    const owner = t.sp(OWNER);
    await provisionSite(owner);
    const group = await owner.web.siteGroups.getByName(groups.Members.title)();
    await owner.web.siteGroups.getById(group.Id).users.add('i:0#.f|membership|alice@test.local');
    const service = createProvisioningService(t.sp('alice@test.local'));
    expect(await service.canManage()).toBe(false);
    expect(await createProvisioningService(owner).canManage()).toBe(true);

    await owner.web.getList('/sites/politikerportal/Lists/Meetings').fields.getByInternalNameOrTitle('Location').delete();
    const plan = await createProvisioningService(owner).inspect();
    const result = await service.apply(plan);
    expect(result.applied).toEqual([]);
    expect(result.failed?.error.status).toBe(403);
    expect(result.failed?.error.code).toBe('accessDenied');
  });
});

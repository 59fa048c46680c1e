import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { PermissionKind as PnpPermissionKind } from '@pnp/sp/security';
import { PermissionKind, toBasePermissions, customLevels } from '../../../src/data/schema/permissions';
import { startTestTenant, type TestTenant } from '../../support/tenant';

let t: TestTenant;
let membersGroupId: number;
let addViewId: number;

beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  const g = (await sp.web.siteGroups.add({ Title: 'Politikerportal Förtroendevalda', Description: 'Members' })) as unknown as {
    Id: number;
  };
  membersGroupId = g.Id;
  await sp.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|alice@test.local');
  await sp.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|bob@test.local');
  const { data } = await sp.web.roleDefinitions.add(
    customLevels.AddAndView.name,
    'add + view',
    1000,
    toBasePermissions(customLevels.AddAndView.kinds),
  );
  addViewId = data.Id;
  const readId = (await sp.web.roleDefinitions.getByType(2)()).Id;
  await sp.web.roleAssignments.add(g.Id, readId);
  await sp.web.lists.add('Ballots', '', 100);
  const ballots = sp.web.lists.getByTitle('Ballots');
  await ballots.breakRoleInheritance(true, false);
  await ballots.roleAssignments.remove(g.Id, readId);
  await ballots.roleAssignments.add(g.Id, addViewId);
});
afterAll(async () => {
  await t.close();
});

describe('permissions as SharePoint enforces them', () => {
  it('lets a member with add-and-view add and read, but not update or delete', async () => {
    const alice = t.sp('alice@test.local').web.lists.getByTitle('Ballots');
    const added = await alice.items.add({ Title: 'Ja' });
    expect((await alice.items.getById(added.Id)()).Title).toBe('Ja');
    const upd = await alice.items
      .getById(added.Id)
      .update({ Title: 'Nej' })
      .catch((e: { status: number; message: string }) => e);
    expect(upd.status).toBe(403);
    expect(upd.message).toContain('-2147024891, System.UnauthorizedAccessException');
    expect(upd.message).toContain('Access denied. You do not have permission to perform this action or access this resource.');
    await expect(alice.items.getById(added.Id).delete()).rejects.toMatchObject({ status: 403 });
    expect((await t.sp('owner@test.local').web.lists.getByTitle('Ballots').items.getById(added.Id)()).Title).toBe('Ja');
    expect(await alice.currentUserHasPermissions(PnpPermissionKind.AddListItems)).toBe(true);
    expect(await alice.currentUserHasPermissions(PnpPermissionKind.EditListItems)).toBe(false);
  });

  it('reports unique role assignments and inherited ones', async () => {
    const sp = t.sp('owner@test.local');
    expect(
      (await sp.web.lists.getByTitle('Ballots').select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>())
        .HasUniqueRoleAssignments,
    ).toBe(true);
    const ras = await sp.web.lists
      .getByTitle('Ballots')
      .roleAssignments.expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/Id')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>();
    expect(ras.find((r) => r.PrincipalId === membersGroupId)?.RoleDefinitionBindings.map((b) => b.Id)).toEqual([addViewId]);
    await sp.web.lists.add('Inheriting', '', 100);
    const inh = sp.web.lists.getByTitle('Inheriting');
    expect((await inh.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    await expect(inh.roleAssignments.add(membersGroupId, addViewId)).rejects.toMatchObject({ status: 400 });
    const perms = await inh.getUserEffectivePermissions('i:0#.f|membership|alice@test.local');
    expect(inh.hasPermissions(perms, PnpPermissionKind.ViewListItems)).toBe(true);
    expect(inh.hasPermissions(perms, PnpPermissionKind.AddListItems)).toBe(false);
    await expect(t.sp('alice@test.local').web.lists.getByTitle('Inheriting').items.add({ Title: 'x' })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('applies item-level read and write security', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('Claims', '', 100);
    const claims = sp.web.lists.getByTitle('Claims');
    await claims.update({ ReadSecurity: 2, WriteSecurity: 2 });
    await claims.breakRoleInheritance(true, false);
    const contributeId = (await sp.web.roleDefinitions.getByType(3)()).Id;
    await claims.roleAssignments.add(membersGroupId, contributeId);
    const a = await t.sp('alice@test.local').web.lists.getByTitle('Claims').items.add({ Title: 'Alices' });
    const b = await t.sp('bob@test.local').web.lists.getByTitle('Claims').items.add({ Title: 'Bobs' });
    const aliceSees = await t.sp('alice@test.local').web.lists.getByTitle('Claims').items();
    expect(aliceSees.map((i: { Title: string }) => i.Title)).toEqual(['Alices']);
    await expect(t.sp('alice@test.local').web.lists.getByTitle('Claims').items.getById(b.Id)()).rejects.toMatchObject({ status: 404 });
    await t.sp('alice@test.local').web.lists.getByTitle('Claims').items.getById(a.Id).update({ Title: 'Alices 2' });
    // the owner overrides list behaviours and sees both
    expect((await claims.items()).length).toBe(2);
    // payroll: Contribute + CancelCheckout ("override list behaviors") on the list reads everyone's
    const { data } = await sp.web.roleDefinitions.add('Payroll', '', 1000, toBasePermissions([...customLevels.Payroll.kinds]));
    const carol = await sp.web.ensureUser('i:0#.f|membership|carol@test.local');
    await claims.roleAssignments.add(carol.Id, data.Id);
    const carolSees = await t.sp('carol@test.local').web.lists.getByTitle('Claims').items();
    expect(carolSees.length).toBe(2);
    await t.sp('carol@test.local').web.lists.getByTitle('Claims').items.getById(b.Id).update({ Title: 'Attesterad' });
    await claims.update({ WriteSecurity: 4 });
    await expect(t.sp('alice@test.local').web.lists.getByTitle('Claims').items.getById(a.Id).update({ Title: 'x' })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('breaks and resets inheritance on an item', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('Docs', '', 100);
    const docs = sp.web.lists.getByTitle('Docs');
    const secret = await docs.items.add({ Title: 'Hemlig' });
    await docs.items.add({ Title: 'Öppen' });
    await docs.items.getById(secret.Id).breakRoleInheritance(false, false);
    expect((await docs.items.getById(secret.Id).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    const aliceDocs = await t.sp('alice@test.local').web.lists.getByTitle('Docs').items();
    expect(aliceDocs.map((i: { Title: string }) => i.Title)).toEqual(['Öppen']);
    await docs.items.getById(secret.Id).resetRoleInheritance();
    expect((await t.sp('alice@test.local').web.lists.getByTitle('Docs').items()).length).toBe(2);
  });

  it('needs ManageLists to create lists and ManagePermissions to change permissions', async () => {
    const alice = t.sp('alice@test.local');
    await expect(alice.web.lists.add('Mine', '', 100)).rejects.toMatchObject({ status: 403 });
    await expect(alice.web.roleAssignments.add(membersGroupId, addViewId)).rejects.toMatchObject({ status: 403 });
    await expect(alice.web.roleDefinitions.add('x', '', 1, toBasePermissions([PermissionKind.ViewListItems]))).rejects.toMatchObject({
      status: 403,
    });
  });
});

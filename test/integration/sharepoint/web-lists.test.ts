import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { PermissionKind as PnpPermissionKind } from '@pnp/sp/security';
import { startTestTenant, type TestTenant } from '../../support/tenant';

let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
});
afterAll(async () => {
  await t.close();
});

describe('web, users and groups', () => {
  it('answers the web with SharePoint fields', async () => {
    const web = await t.sp('owner@test.local').web.select('Title', 'Language', 'ServerRelativeUrl')<{
      Title: string;
      Language: number;
      ServerRelativeUrl: string;
    }>();
    expect(web.Title).toBe('Politikerportal');
    expect(web.Language).toBe(1053);
    expect(web.ServerRelativeUrl).toBe('/sites/politikerportal');
  });

  it('knows the current user and site admin', async () => {
    const me = await t.sp('owner@test.local').web.currentUser();
    expect(me.LoginName).toBe('i:0#.f|membership|owner@test.local');
    expect(me.IsSiteAdmin).toBe(true);
    expect(me.Email).toBe('owner@test.local');
    expect(me.UserPrincipalName).toBe('owner@test.local');
  });

  it('refuses a user without access with 403 and no token with 401', async () => {
    await expect(t.sp('alice@test.local').web()).rejects.toMatchObject({ status: 403 });
    const res = await fetch(`${t.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { 'odata.error': { code: string } };
    expect(body['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
  });

  it('has the associated groups with their levels and lets members in', async () => {
    const sp = t.sp('owner@test.local');
    const owners = await sp.web.associatedOwnerGroup();
    const members = await sp.web.associatedMemberGroup();
    const visitors = await sp.web.associatedVisitorGroup();
    expect([owners.Title, members.Title, visitors.Title]).toEqual([
      'Politikerportal Owners',
      'Politikerportal Members',
      'Politikerportal Visitors',
    ]);
    const ras = await sp.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<
      { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[]
    >();
    const byTitle = Object.fromEntries(ras.map((r) => [r.Member.Title, r.RoleDefinitionBindings.map((b) => b.Name)]));
    expect(byTitle['Politikerportal Owners']).toEqual(['Full Control']);
    expect(byTitle['Politikerportal Members']).toEqual(['Edit']);
    expect(byTitle['Politikerportal Visitors']).toEqual(['Read']);
    const ownerUsers = await sp.web.associatedOwnerGroup.users();
    expect(ownerUsers.map((u) => u.LoginName)).toContain('i:0#.f|membership|owner@test.local');

    await sp.web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|bob@test.local');
    const bobWeb = await t.sp('bob@test.local').web.select('Title')();
    expect(bobWeb.Title).toBe('Politikerportal');
    expect(await t.sp('bob@test.local').web.currentUserHasPermissions(PnpPermissionKind.ViewListItems)).toBe(true);
    expect(await t.sp('bob@test.local').web.currentUserHasPermissions(PnpPermissionKind.ManageLists)).toBe(false);
    const bobPerms = await sp.web.getUserEffectivePermissions('i:0#.f|membership|bob@test.local');
    expect(sp.web.hasPermissions(bobPerms, PnpPermissionKind.ViewListItems)).toBe(true);
    expect(sp.web.hasPermissions(bobPerms, PnpPermissionKind.AddListItems)).toBe(false);
    await sp.web.siteGroups.getById(visitors.Id).users.removeById((await sp.web.ensureUser('bob@test.local')).Id);
    await expect(t.sp('bob@test.local').web()).rejects.toMatchObject({ status: 403 });
  });

  it('creates groups and finds them by name and id', async () => {
    const sp = t.sp('owner@test.local');
    const created = (await sp.web.siteGroups.add({ Title: 'Politikerportal Sekreterare', Description: 'Clerks' })) as unknown as {
      Id: number;
      Title: string;
    };
    expect(created.Title).toBe('Politikerportal Sekreterare');
    const byName = await sp.web.siteGroups.getByName('Politikerportal Sekreterare')();
    expect(byName.Id).toBe(created.Id);
    expect((await sp.web.siteGroups.getById(created.Id)()).Description).toBe('Clerks');
    const all = await sp.web.siteGroups.select('Title')();
    expect(all.map((g) => g.Title)).toContain('Politikerportal Sekreterare');
    const ensured = await sp.web.ensureUser('i:0#.f|membership|carol@test.local');
    const users = await sp.web.siteUsers();
    expect(users.find((u) => u.Id === ensured.Id)?.Title).toBe('Carol Sekreterare');
  });

  it('manages role definitions', async () => {
    const sp = t.sp('owner@test.local');
    const defs = await sp.web.roleDefinitions();
    expect(defs.map((d) => [d.Name, d.RoleTypeKind])).toEqual(
      expect.arrayContaining([
        ['Full Control', 5],
        ['Design', 4],
        ['Edit', 6],
        ['Contribute', 3],
        ['Read', 2],
      ]),
    );
    const { data } = await sp.web.roleDefinitions.add('Add only', 'add + view', 1000, { High: 0, Low: 3 });
    expect(data.Name).toBe('Add only');
    // PnPjs's update always reads BasePermissions, so send them along
    await sp.web.roleDefinitions.getById(data.Id).update({ Description: 'changed', BasePermissions: { High: 0, Low: 7 } });
    const changed = await sp.web.roleDefinitions.getByName('Add only')();
    expect(changed.Description).toBe('changed');
    expect(changed.BasePermissions).toEqual({ High: '0', Low: '7' });
    expect((await sp.web.roleDefinitions.getByType(2)()).Name).toBe('Read');
  });
});

describe('lists and fields', () => {
  it('creates lists with SharePoint URLs and entity names', async () => {
    const sp = t.sp('owner@test.local');
    const created = (await sp.web.lists.add('Meeting Bodies', 'desc', 100, false, { EnableVersioning: true })) as unknown as { Id: string };
    const list = await sp.web.lists
      .getById(created.Id)
      .select(
        'Title',
        'EntityTypeName',
        'ListItemEntityTypeFullName',
        'BaseTemplate',
        'EnableVersioning',
        'ItemCount',
        'RootFolder/ServerRelativeUrl',
      )
      .expand('RootFolder')<{
      Title: string;
      EntityTypeName: string;
      ListItemEntityTypeFullName: string;
      BaseTemplate: number;
      EnableVersioning: boolean;
      ItemCount: number;
      RootFolder: { ServerRelativeUrl: string };
    }>();
    expect(list).toMatchObject({
      Title: 'Meeting Bodies',
      EntityTypeName: 'MeetingBodiesList',
      ListItemEntityTypeFullName: 'SP.Data.MeetingBodiesListItem',
      BaseTemplate: 100,
      EnableVersioning: true,
      ItemCount: 0,
    });
    expect(list.RootFolder.ServerRelativeUrl).toBe('/sites/politikerportal/Lists/MeetingBodies');
    await sp.web.lists.getByTitle('Meeting Bodies').update({ Title: 'Organ', ReadSecurity: 2, WriteSecurity: 2 });
    const renamed = await sp.web
      .getList('/sites/politikerportal/Lists/MeetingBodies')
      .select('Title', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments')();
    expect(renamed).toMatchObject({ Title: 'Organ', ReadSecurity: 2, WriteSecurity: 2, HasUniqueRoleAssignments: false });
    const lib = (await sp.web.lists.add('Handlingar', '', 101)) as unknown as { Id: string };
    const libInfo = await sp.web.lists.getById(lib.Id).select('RootFolder/ServerRelativeUrl').expand('RootFolder')<{
      RootFolder: { ServerRelativeUrl: string };
    }>();
    expect(libInfo.RootFolder.ServerRelativeUrl).toBe('/sites/politikerportal/Handlingar');
    await sp.web.lists.getById(lib.Id).delete();
    await expect(sp.web.lists.getById(lib.Id)()).rejects.toMatchObject({ status: 404 });
  });

  it('answers an unknown list with SharePoint 404', async () => {
    const res = await fetch(`${t.siteUrl}/_api/web/lists/getByTitle('Nope')`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${t.token('owner@test.local')}` },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toContain("List 'Nope' does not exist at site with URL");
  });

  it('creates fields from XML and updates them', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('Fieldtest', '', 100);
    const list = sp.web.lists.getByTitle('Fieldtest');
    await list.fields.createFieldAsXml(
      '<Field Type="Text" Name="Code" StaticName="Code" DisplayName="Kod" Required="TRUE" MaxLength="20" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
    );
    await list.fields.createFieldAsXml(
      '<Field Type="Choice" Name="Kind" StaticName="Kind" DisplayName="Typ"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES><Default>A</Default></Field>',
    );
    await list.fields.createFieldAsXml(
      '<Field Type="User" Name="Person" StaticName="Person" DisplayName="Person" UserSelectionMode="PeopleOnly" />',
    );
    await list.fields.createFieldAsXml('<Field Type="UserMulti" Name="CoSigners" DisplayName="Justerare" Mult="TRUE" />');
    await list.fields.createFieldAsXml('<Field Type="DateTime" Name="When" DisplayName="När" Format="DateOnly" />');
    await list.fields.createFieldAsXml(
      '<Field Type="Lookup" Name="Parent" DisplayName="Organ" List="Lists/MeetingBodies" ShowField="Title" />',
    );
    const code = await list.fields.getByInternalNameOrTitle('Code')();
    expect(code).toMatchObject({
      InternalName: 'Code',
      Title: 'Kod',
      TypeAsString: 'Text',
      FieldTypeKind: 2,
      Required: true,
      Indexed: true,
      EnforceUniqueValues: true,
      MaxLength: 20,
    });
    const parent = await list.fields.getByInternalNameOrTitle('Parent')<{ LookupList: string }>();
    const bodies = await sp.web.getList('/sites/politikerportal/Lists/MeetingBodies').select('Id')();
    expect(parent.LookupList).toBe(`{${bodies.Id}}`);
    expect((await list.fields.getByInternalNameOrTitle('CoSigners')<{ AllowMultipleValues: boolean }>()).AllowMultipleValues).toBe(true);
    expect((await list.fields.getByInternalNameOrTitle('When')<{ DisplayFormat: number }>()).DisplayFormat).toBe(0);
    await list.fields.getByInternalNameOrTitle('Kind').update({ Choices: ['A', 'B', 'C'], Title: 'Sort' }, 'SP.FieldChoice');
    const kind = await list.fields.getByInternalNameOrTitle('Kind')();
    expect(kind.Choices).toEqual(['A', 'B', 'C']);
    expect(kind.Title).toBe('Sort');
    const visible = await list.fields.filter('Hidden eq false').select('InternalName')();
    const names = visible.map((f) => f.InternalName);
    expect(names).toEqual(expect.arrayContaining(['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor', 'Code', 'Kind']));
    expect(names).not.toContain('GUID');
    await expect(
      list.fields.getByInternalNameOrTitle('When').update({ EnforceUniqueValues: true }, 'SP.FieldDateTime'),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('adds fields through fields.add* as well', async () => {
    const sp = t.sp('owner@test.local');
    const list = sp.web.lists.getByTitle('Fieldtest');
    await list.fields.addText('Case Number', { MaxLength: 40, Indexed: true });
    await list.fields.addChoice('Phase', { Choices: ['Ett', 'Två'] });
    const f = await list.fields.getByInternalNameOrTitle('Case_x0020_Number')<{ MaxLength: number; Indexed: boolean; Title: string }>();
    expect(f).toMatchObject({ MaxLength: 40, Indexed: true, Title: 'Case Number' });
    expect((await list.fields.getByInternalNameOrTitle('Phase')()).Choices).toEqual(['Ett', 'Två']);
    const added = await list.items.add({ Title: 't', Code: 'c1', Case_x0020_Number: '2026/1', Phase: 'Två' });
    expect(added.Case_x0020_Number).toBe('2026/1');
  });

  it('keeps site users in the hidden User Information List', async () => {
    const sp = t.sp('owner@test.local');
    const carol = await sp.web.ensureUser('carol@test.local');
    const info = await sp.web.siteUserInfoList.select('Title', 'Hidden', 'BaseTemplate')();
    expect(info).toMatchObject({ Title: 'User Information List', Hidden: true, BaseTemplate: 112 });
    const row = await sp.web.siteUserInfoList.items.getById(carol.Id).select('Title', 'EMail', 'Name')();
    expect(row).toMatchObject({ Title: 'Carol Sekreterare', EMail: 'carol@test.local', Name: 'i:0#.f|membership|carol@test.local' });
    const person = await sp.web.lists.getByTitle('Fieldtest').fields.getByInternalNameOrTitle('Person')<{ LookupList: string }>();
    expect(person.LookupList.toLowerCase()).toBe(`{${(await sp.web.siteUserInfoList.select('Id')()).Id}}`);
  });

  it('removes a group with everything it was granted', async () => {
    const sp = t.sp('owner@test.local');
    const g = (await sp.web.siteGroups.add({ Title: 'Temporär' })) as unknown as { Id: number };
    await sp.web.roleAssignments.add(g.Id, (await sp.web.roleDefinitions.getByType(2)()).Id);
    await sp.web.siteGroups.removeById(g.Id);
    await expect(sp.web.siteGroups.getById(g.Id)()).rejects.toMatchObject({ status: 404 });
    const ras = await sp.web.roleAssignments();
    expect(ras.map((r: { PrincipalId: number }) => r.PrincipalId)).not.toContain(g.Id);
  });
});

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { startTestTenant, type TestTenant } from '../../support/tenant';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';

const LIB = `${SITE_PATH}/Docs`;
let t: TestTenant;
let readId: number;

beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  const g = (await sp.web.siteGroups.add({ Title: 'Members', Description: '' })) as unknown as { Id: number };
  for (const u of ['alice', 'bob']) await sp.web.siteGroups.getById(g.Id).users.add(`i:0#.f|membership|${u}@test.local`);
  readId = (await sp.web.roleDefinitions.getByType(2)()).Id;
  await sp.web.roleAssignments.add(g.Id, readId);
  await sp.web.lists.add('Docs', '', 101, false, { EnableVersioning: true });
});
afterAll(async () => {
  await t.close();
});

/** A browser's session cookie for `upn`, as `/_local/login/complete` sets it. */
async function signIn(upn: string): Promise<string> {
  const res = await fetch(`${t.tenant.url}/_local/login/complete?user=${encodeURIComponent(upn)}&returnUrl=/`, { redirect: 'manual' });
  // the file session (FedAuth) comes with the authority's own session cookie (ESTSAUTH)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('FedAuth=')) ?? '';
  expect(cookie).toMatch(/^FedAuth=[^;]+;/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  expect(cookie).toMatch(/Path=\//);
  expect(cookie).toMatch(/Max-Age=\d+/);
  return cookie.split(';')[0];
}

describe('folders in a document library', () => {
  it('adds folders, files in them (same names in two folders), and filters by FileDirRef', async () => {
    const lib = t.sp('owner@test.local').web.lists.getByTitle('Docs');
    const a = await lib.rootFolder.folders.addUsingPath('17');
    expect(a).toMatchObject({ Name: '17', ServerRelativeUrl: `${LIB}/17` });
    await lib.rootFolder.folders.addUsingPath('18');
    await expect(lib.rootFolder.folders.addUsingPath('17')).rejects.toMatchObject({ status: 400 });
    const f17 = t.sp('owner@test.local').web.getFolderByServerRelativePath(`${LIB}/17`);
    const f18 = t.sp('owner@test.local').web.getFolderByServerRelativePath(`${LIB}/18`);
    const up = await f17.files.addUsingPath('Tjänsteskrivelse.pdf', '%PDF-17', { Overwrite: false });
    expect(up.ServerRelativeUrl).toBe(`${LIB}/17/Tjänsteskrivelse.pdf`);
    await f18.files.addUsingPath('Tjänsteskrivelse.pdf', '%PDF-18', { Overwrite: false });
    await expect(f17.files.addUsingPath('Tjänsteskrivelse.pdf', 'x', { Overwrite: false })).rejects.toMatchObject({ status: 400 });
    // a second upload with Overwrite is a new version of the same file
    await f17.files.addUsingPath('Tjänsteskrivelse.pdf', '%PDF-17 v2', { Overwrite: true });
    const file = f17.files.getByUrl('Tjänsteskrivelse.pdf');
    expect(await file.getText()).toBe('%PDF-17 v2');
    expect((await file.select('UIVersionLabel')()).UIVersionLabel).toBe('2.0');
    const item = await file.listItemAllFields.select('FileDirRef', 'FileLeafRef', 'FileRef')();
    expect(item).toMatchObject({ FileDirRef: `${LIB}/17`, FileLeafRef: 'Tjänsteskrivelse.pdf', FileRef: `${LIB}/17/Tjänsteskrivelse.pdf` });
    const in18 = await lib.items.filter(`FileDirRef eq '${LIB}/18'`).select('FileLeafRef', 'FileSystemObjectType')();
    expect(in18).toEqual([expect.objectContaining({ FileLeafRef: 'Tjänsteskrivelse.pdf', FileSystemObjectType: 0 })]);
    const folders = await lib.items.filter('FSObjType eq 1').select('FileLeafRef', 'FileSystemObjectType')();
    expect(folders.map((f: { FileLeafRef: string }) => f.FileLeafRef)).toEqual(['17', '18']);
    expect((await f17.select('ItemCount')()).ItemCount).toBe(1);
    await expect(t.sp('owner@test.local').web.getFolderByServerRelativePath(`${LIB}/19`)()).rejects.toMatchObject({ status: 404 });
  });

  it('a folder with its own permissions: files added later inherit them, others cannot read or add', async () => {
    const owner = t.sp('owner@test.local');
    const lib = owner.web.lists.getByTitle('Docs');
    await owner.web.getFolderByServerRelativePath(`${LIB}/17`).folders.addUsingPath('Sekretess');
    const folder = owner.web.getFolderByServerRelativePath(`${LIB}/17/Sekretess`);
    const { Id } = await folder.listItemAllFields.select('Id')<{ Id: number }>();
    await lib.items.getById(Id).breakRoleInheritance(false, false);
    const alice = await owner.web.siteUsers.getByLoginName('i:0#.f|membership|alice@test.local')();
    await lib.items.getById(Id).roleAssignments.add(alice.Id, readId);
    expect((await folder.listItemAllFields.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);

    await folder.files.addUsingPath('Hemlig.pdf', '%PDF-hemlig');
    const path = `${LIB}/17/Sekretess/Hemlig.pdf`;
    const fileItem = await owner.web.getFileByServerRelativePath(path).listItemAllFields.select('Id', 'HasUniqueRoleAssignments')();
    expect(fileItem.HasUniqueRoleAssignments).toBe(false); // inherits from the folder, from the start
    expect(await t.sp('alice@test.local').web.getFileByServerRelativePath(path).getText()).toBe('%PDF-hemlig');
    const bob = t.sp('bob@test.local');
    await expect(bob.web.getFileByServerRelativePath(path).getText()).rejects.toMatchObject({ status: 404 });
    const bobSees = await bob.web.lists.getByTitle('Docs').items.select('FileLeafRef')();
    expect(bobSees.map((r: { FileLeafRef: string }) => r.FileLeafRef)).not.toContain('Hemlig.pdf');
    expect(bobSees.map((r: { FileLeafRef: string }) => r.FileLeafRef)).not.toContain('Sekretess');
    await expect(bob.web.getFolderByServerRelativePath(`${LIB}/17/Sekretess`)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('files at their URLs for a signed-in browser (FedAuth cookie)', () => {
  it('serves a readable PDF inline, refuses others and strangers, and never lets the cookie reach /_api', async () => {
    const url = `${t.tenant.url}${encodeURI(`${LIB}/17/Tjänsteskrivelse.pdf`)}`;
    const alice = await signIn('alice@test.local');
    const res = await fetch(url, { headers: { cookie: alice } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''${encodeURIComponent('Tjänsteskrivelse.pdf')}`);
    expect(await res.text()).toBe('%PDF-17 v2');

    const secret = `${t.tenant.url}${LIB}/17/Sekretess/Hemlig.pdf`;
    expect((await fetch(secret, { headers: { cookie: alice } })).status).toBe(200);
    const bob = await signIn('bob@test.local');
    const refused = await fetch(secret, { headers: { cookie: bob } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('hemlig');
    const carol = await signIn('carol@test.local'); // no access to the site at all
    expect((await fetch(url, { headers: { cookie: carol } })).status).toBe(403);
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${t.tenant.url}${LIB}/17/nope.pdf`, { headers: { cookie: alice } })).status).toBe(404);
    expect((await fetch(`${t.tenant.url}${LIB}/17/Tjänsteskrivelse.pdf`, { headers: { cookie: 'FedAuth=forged' } })).status).toBe(401);

    // the cookie is for reading files only: no REST, no writes, no Graph
    expect((await fetch(`${t.siteUrl}/_api/web/lists`, { headers: { cookie: alice, accept: 'application/json' } })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: { cookie: alice } })).status).toBe(401);
    expect((await fetch(`${t.tenant.url}/graph/v1.0/me`, { headers: { cookie: alice } })).status).toBe(401);

    const out = await fetch(`${t.tenant.url}/_local/logout?returnUrl=/`, { redirect: 'manual' });
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie()).toEqual(expect.arrayContaining([expect.stringMatching(/^FedAuth=; .*Max-Age=0/)]));
  });
});

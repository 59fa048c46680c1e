import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { startTestTenant, type TestTenant } from '../../support/tenant';
import { startTenant } from '../../../tools/local-tenant/src/server';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';

let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
});
afterAll(async () => {
  await t.close();
});

describe('files in document libraries', () => {
  it('uploads, reads, versions, updates fields and deletes a file', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('MeetingDocuments', '', 101, false, { EnableVersioning: true });
    const lib = sp.web.lists.getByTitle('MeetingDocuments');
    await lib.fields.createFieldAsXml('<Field Type="Boolean" Name="Confidential" DisplayName="Sekretess"><Default>0</Default></Field>');
    const up = await lib.rootFolder.files.addUsingPath('kallelse.txt', 'version ett', { Overwrite: true });
    expect(up.Name).toBe('kallelse.txt');
    expect(up.ServerRelativeUrl).toBe('/sites/politikerportal/MeetingDocuments/kallelse.txt');
    const file = sp.web.getFileByServerRelativePath('/sites/politikerportal/MeetingDocuments/kallelse.txt');
    expect(await file.getText()).toBe('version ett');
    const item = await file.listItemAllFields.select('Id', 'FileLeafRef', 'FileRef', 'File_x0020_Size', 'OData__UIVersionString')();
    expect(item).toMatchObject({
      FileLeafRef: 'kallelse.txt',
      FileRef: '/sites/politikerportal/MeetingDocuments/kallelse.txt',
      File_x0020_Size: 11,
      OData__UIVersionString: '1.0',
    });
    await expect(
      sp.web
        .getFolderByServerRelativePath('/sites/politikerportal/MeetingDocuments')
        .files.addUsingPath('kallelse.txt', 'nej', { Overwrite: false }),
    ).rejects.toMatchObject({ status: 400 });
    await sp.web
      .getFolderByServerRelativePath('/sites/politikerportal/MeetingDocuments')
      .files.addUsingPath('kallelse.txt', Buffer.from('version två!'), { Overwrite: true });
    const buf = Buffer.from(await file.getBuffer());
    expect(buf.toString('utf8')).toBe('version två!');
    const info = await file.select('UIVersionLabel', 'Length')();
    expect(info.UIVersionLabel).toBe('2.0');
    const older = await file.versions();
    expect(older.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['1.0']);
    expect(Buffer.from(await file.versions.getById(older[0].ID).getBuffer()).toString('utf8')).toBe('version ett');
    await lib.items.getById(item.Id).update({ Confidential: true });
    expect((await file.listItemAllFields.select('Confidential')()).Confidential).toBe(true);
    await file.delete();
    await expect(file()).rejects.toMatchObject({ status: 404 });
    expect((await lib.select('ItemCount')()).ItemCount).toBe(0);
  });
});

describe('list view threshold', () => {
  it('refuses unindexed filters and sorts over 5 000 items, fast on indexed ones', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('Big', '', 100);
    const big = sp.web.lists.getByTitle('Big');
    await big.fields.createFieldAsXml('<Field Type="Integer" Name="VoteId" DisplayName="Vote" Indexed="TRUE" />');
    await big.fields.createFieldAsXml('<Field Type="Text" Name="Note" DisplayName="Note" />');
    for (let i = 1; i <= 10000; i++)
      t.tenant.sharepoint.addItem('Lists/Big', { Title: `b${i}`, VoteId: i % 100, Note: `n${i}` }, t.users.owner);
    const hits = await big.items.filter('VoteId eq 7').select('Id').top(5000)();
    expect(hits).toHaveLength(100);
    const err = (await big.items
      .filter("Note eq 'n5'")()
      .catch((e: unknown) => e)) as { status: number; message: string };
    expect(err.status).toBe(500);
    expect(err.message).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(err.message).toContain('exceeds the list view threshold');
    await expect(big.items.orderBy('Note')()).rejects.toMatchObject({ status: 500 });
    // an indexed clause narrows first, so SharePoint can answer
    expect((await big.items.filter("VoteId eq 5 and Note eq 'n105'").select('Title')()).map((i: { Title: string }) => i.Title)).toEqual([
      'b105',
    ]);
    const firstPage = await big.items.select('Id')();
    expect(firstPage).toHaveLength(100);
  });
});

describe('throttling faults', () => {
  it('PnPjs retries 429 with Retry-After and then succeeds', async () => {
    t.tenant.faults.add({ pathContains: '/_api/web/lists', status: 429, retryAfterSeconds: 1, count: 2 });
    const before = t.tenant.requests.last();
    const lists = await t.sp('owner@test.local').web.lists.select('Title')();
    expect(lists.length).toBeGreaterThan(0);
    const sent = t.tenant.requests.since(before);
    expect(sent.map((r) => r.status)).toEqual([429, 429, 200]);
  }, 15000);
});

describe('persistence', () => {
  it('keeps lists, items and permissions across a restart with the same data folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-persist-'));
    const mkUser = (tenant: Awaited<ReturnType<typeof startTenant>>) =>
      tenant.context.directory.addUser({
        userPrincipalName: 'p@test.local',
        displayName: 'P Q',
        givenName: 'P',
        surname: 'Q',
        mail: 'p@test.local',
        jobTitle: null,
        mobilePhone: null,
        businessPhones: [],
        officeLocation: null,
        persona: 'owner',
        mfa: true,
        accountEnabled: true,
      });
    const first = await startTenant({ dataDir: dir, port: 0 });
    const owner = mkUser(first);
    first.sharepoint.bootstrap(owner);
    const url = `${first.url}${SITE_PATH}`;
    const sp1 = spfi(url).using(
      SPBrowser({ baseUrl: url }),
      InjectHeaders({ Authorization: `Bearer ${first.context.tokens.issue(owner).token}` }),
    );
    await sp1.web.lists.add('Kept', '', 100);
    await sp1.web.lists.getByTitle('Kept').items.add({ Title: 'still here' });
    await first.close();
    const second = await startTenant({ dataDir: dir, port: 0 });
    expect(second.sharepoint.isBootstrapped()).toBe(true);
    const url2 = `${second.url}${SITE_PATH}`;
    const owner2 = second.context.directory.userByUpn('p@test.local')!;
    const sp2 = spfi(url2).using(
      SPBrowser({ baseUrl: url2 }),
      InjectHeaders({ Authorization: `Bearer ${second.context.tokens.issue(owner2).token}` }),
    );
    const items = await sp2.web.lists.getByTitle('Kept').items();
    expect(items.map((i: { Title: string }) => i.Title)).toEqual(['still here']);
    expect((await sp2.web.currentUser()).IsSiteAdmin).toBe(true);
    const again = await sp2.web.lists.getByTitle('Kept').items.add({ Title: 'next' });
    expect(again.Id).toBe(2);
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

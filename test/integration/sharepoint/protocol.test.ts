import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/context-info';
import { startTestTenant, type TestTenant } from '../../support/tenant';

let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  await sp.web.lists.add('Votes', '', 100);
  await sp.web.lists
    .getByTitle('Votes')
    .fields.createFieldAsXml('<Field Type="Text" Name="VoteKey" DisplayName="Key" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
});
afterAll(async () => {
  await t.close();
});

describe('wire protocol', () => {
  it('answers contextinfo with a form digest', async () => {
    const info = await t.sp('owner@test.local').web.getContextInfo();
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.WebFullUrl).toBe(t.siteUrl);
  });

  it('speaks odata=verbose: d.results, __metadata, collections as results', async () => {
    const sp = spfi(t.siteUrl).using(
      SPBrowser({ baseUrl: t.siteUrl }),
      InjectHeaders({ Authorization: `Bearer ${t.token('owner@test.local')}`, Accept: 'application/json;odata=verbose' }),
    );
    await sp.web.lists.getByTitle('Votes').items.add({ Title: 'v1', VoteKey: 'k1' });
    const items = await sp.web.lists.getByTitle('Votes').items.select('Title', 'Id')();
    expect(items[0].Title).toBe('v1');
    expect(items[0].__metadata.type).toBe('SP.Data.VotesListItem');
    expect(items[0].__metadata.etag).toBe('"1"');
    const res = await fetch(`${t.siteUrl}/_api/web/lists/getByTitle('Nope')/items`, {
      headers: { Accept: 'application/json;odata=verbose', Authorization: `Bearer ${t.token('owner@test.local')}` },
    });
    const body = (await res.json()) as { error: { code: string; message: { lang: string; value: string } } };
    expect(res.status).toBe(404);
    expect(body.error.message.lang).toBe('en-US');
  });

  it('batches reads and writes; a failing part fails alone and carries its SharePoint error', async () => {
    const sp = t.sp('owner@test.local');
    const before = t.tenant.requests.last();
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Votes');
    const ok = list.items.add({ Title: 'v2', VoteKey: 'k2' });
    const dup = list.items.add({ Title: 'v3', VoteKey: 'k1' }).catch((e: { status: number; message: string }) => e);
    const read = batched.web.select('Title')();
    const missing = batched.web.lists
      .getByTitle('Nope')()
      .catch((e: { status: number }) => e);
    await execute();
    expect((await ok).VoteKey).toBe('k2');
    const dupErr = (await dup) as { status: number; message: string };
    expect(dupErr.status).toBe(500);
    expect(dupErr.message).toContain('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect((await read).Title).toBe('Politikerportal');
    expect(((await missing) as { status: number }).status).toBe(404);
    expect(t.tenant.requests.since(before)).toHaveLength(1);
    const keys = (await sp.web.lists.getByTitle('Votes').items.select('VoteKey')()).map((i: { VoteKey: string }) => i.VoteKey);
    expect(keys.sort()).toEqual(['k1', 'k2']);
  });

  it('updates inside a batch with IF-Match and returns the new ETag', async () => {
    const sp = t.sp('owner@test.local');
    const [batched, execute] = sp.batched();
    const item = batched.web.lists.getByTitle('Votes').items.getById(1);
    const upd = item.update({ Title: 'v1b' }, '"1"');
    const stale = batched.web.lists
      .getByTitle('Votes')
      .items.getById(1)
      .update({ Title: 'stale' }, '"1"')
      .catch((e: { status: number }) => e);
    await execute();
    expect((await upd).etag).toBe('"2"');
    expect(((await stale) as { status: number }).status).toBe(412);
    expect((await sp.web.lists.getByTitle('Votes').items.getById(1)()).Title).toBe('v1b');
  });

  it('answers an unknown segment and a bad token as SharePoint does', async () => {
    const bad = await fetch(`${t.siteUrl}/_api/web/nosuchthing`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${t.token('owner@test.local')}` },
    });
    expect(bad.status).toBe(400);
    const forged = await fetch(`${t.siteUrl}/_api/web`, { headers: { Accept: 'application/json', Authorization: 'Bearer a.b.c' } });
    expect(forged.status).toBe(401);
  });
});

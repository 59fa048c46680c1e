import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { startTestTenant, type TestTenant } from '../../support/tenant';

let t: TestTenant;
let ownerId: number;
let aliceId: number;

beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  await sp.web.lists.add('Bodies', '', 100);
  const bodies = sp.web.lists.getByTitle('Bodies');
  await bodies.fields.createFieldAsXml(
    '<Field Type="Text" Name="BodyCode" DisplayName="Kod" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="10" />',
  );
  await sp.web.lists.add('Meetings', '', 100, false, { EnableVersioning: true });
  const meetings = sp.web.lists.getByTitle('Meetings');
  await meetings.fields.createFieldAsXml(
    '<Field Type="Lookup" Name="Body" DisplayName="Organ" List="Lists/Bodies" ShowField="Title" Indexed="TRUE" />',
  );
  await meetings.fields.createFieldAsXml('<Field Type="DateTime" Name="StartTime" DisplayName="Start" Indexed="TRUE" />');
  await meetings.fields.createFieldAsXml(
    '<Field Type="Choice" Name="Status" DisplayName="Status" Required="TRUE"><CHOICES><CHOICE>Planerat</CHOICE><CHOICE>Kallat</CHOICE></CHOICES></Field>',
  );
  await meetings.fields.createFieldAsXml('<Field Type="User" Name="Chair" DisplayName="Ordförande" />');
  await meetings.fields.createFieldAsXml('<Field Type="UserMulti" Name="CoSigners" DisplayName="Justerare" Mult="TRUE" />');
  await meetings.fields.createFieldAsXml('<Field Type="Boolean" Name="Public" DisplayName="Offentlig"><Default>1</Default></Field>');
  await meetings.fields.createFieldAsXml('<Field Type="Number" Name="Seats" DisplayName="Platser" />');
  ownerId = (await sp.web.ensureUser('owner@test.local')).Id;
  aliceId = (await sp.web.ensureUser('alice@test.local')).Id;
  t.tenant.sharepoint.addItem('Lists/Bodies', { Title: 'Regionfullmäktige', BodyCode: 'RF' }, t.users.owner);
  t.tenant.sharepoint.addItem('Lists/Bodies', { Title: 'Regionstyrelsen', BodyCode: 'RS' }, t.users.owner);
});
afterAll(async () => {
  await t.close();
});

describe('items', () => {
  it('adds an item with server stamps and ignores forged ones', async () => {
    const sp = t.sp('owner@test.local');
    const added = await sp.web.lists.getByTitle('Meetings').items.add({
      Title: 'Möte 1',
      BodyId: 1,
      StartTime: '2026-03-01T09:00:00Z',
      Status: 'Planerat',
      ChairId: aliceId,
      CoSignersId: [ownerId, aliceId],
      Seats: 71,
      AuthorId: aliceId,
      Created: '2000-01-01T00:00:00Z',
      Id: 999,
    });
    expect(added.Id).toBe(1);
    expect(added.ID).toBe(1);
    expect(added['odata.etag']).toBe('"1"');
    expect(added.AuthorId).toBe(ownerId);
    expect(added.EditorId).toBe(ownerId);
    expect(added.Created).not.toBe('2000-01-01T00:00:00Z');
    expect(added.Public).toBe(true);
    expect(added.CoSignersId).toEqual([ownerId, aliceId]);
    expect(added.StartTime).toBe('2026-03-01T09:00:00Z');
    expect(added.GUID).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('selects and expands people and lookups', async () => {
    const sp = t.sp('owner@test.local');
    const [item] = await sp.web.lists
      .getByTitle('Meetings')
      .items.select('Title', 'Body/Title', 'Body/BodyCode', 'Chair/EMail', 'Chair/Id', 'Author/Title', 'CoSigners/Title')
      .expand('Body', 'Chair', 'Author', 'CoSigners')();
    expect(item.Title).toBe('Möte 1');
    expect(item.Body.Title).toBe('Regionfullmäktige');
    expect(item.Body.BodyCode).toBe('RF');
    expect(item.Chair.EMail).toBe('alice@test.local');
    expect(item.Chair.Id).toBe(aliceId);
    expect(item.Author.Title).toBe('Olle Ägare');
    expect(item.CoSigners.map((c: { Title: string }) => c.Title)).toEqual(['Olle Ägare', 'Alice Ledamot']);
    expect(item.StartTime).toBeUndefined();
  });

  it('filters and orders as OData', async () => {
    const sp = t.sp('owner@test.local');
    const list = sp.web.lists.getByTitle('Meetings');
    await list.items.add({ Title: 'Möte 2', BodyId: 2, StartTime: '2026-04-01T09:00:00Z', Status: 'Kallat', Seats: 15 });
    await list.items.add({ Title: 'Annat', BodyId: 1, StartTime: '2026-05-01T09:00:00Z', Status: 'Kallat', Public: false });
    const titles = async (q: string, order?: string): Promise<string[]> => {
      let c = list.items.filter(q).select('Title');
      if (order) c = c.orderBy(order, false);
      return (await c()).map((i: { Title: string }) => i.Title);
    };
    expect(await titles('BodyId eq 1')).toEqual(['Möte 1', 'Annat']);
    expect(await titles('Body/Id eq 2')).toEqual(['Möte 2']);
    expect(await titles("StartTime ge datetime'2026-04-01T00:00:00Z' and Status eq 'Kallat'")).toEqual(['Möte 2', 'Annat']);
    expect(await titles("StartTime lt '2026-04-01T00:00:00Z'")).toEqual(['Möte 1']);
    expect(await titles("startswith(Title,'Möte')", 'StartTime')).toEqual(['Möte 2', 'Möte 1']);
    expect(await titles("substringof('nat',Title) or (Seats gt 20 and not (Public eq 0))")).toEqual(['Möte 1', 'Annat']);
    expect(await titles('Public eq 0')).toEqual(['Annat']);
    expect(await titles(`Chair/Id eq ${aliceId}`)).toEqual(['Möte 1']);
    expect(await titles(`CoSignersId eq ${ownerId}`)).toEqual(['Möte 1']);
    expect(await titles('Seats eq null')).toEqual(['Annat']);
    expect(await titles("Body/Title eq 'Regionstyrelsen'")).toEqual(['Möte 2']);
    const top = await list.items.select('Title').orderBy('StartTime', false).top(1)();
    expect(top.map((i: { Title: string }) => i.Title)).toEqual(['Annat']);
  });

  it('refuses malformed queries, unknown fields and bodies with 400 in SharePoint shape', async () => {
    const sp = t.sp('owner@test.local');
    const list = sp.web.lists.getByTitle('Meetings');
    await expect(list.items.filter("Title eq 'x")()).rejects.toMatchObject({ status: 400 });
    await expect(list.items.filter('Nope eq 1')()).rejects.toMatchObject({ status: 400 });
    await expect(list.items.select('Nope')()).rejects.toMatchObject({ status: 400 });
    const err = await list.items.add({ Nope: 1, Title: 'x', Status: 'Kallat' }).catch((e: { status: number; message: string }) => e);
    expect(err.status).toBe(400);
    expect(err.message).toContain("The property 'Nope' does not exist on type 'SP.Data.MeetingsListItem'");
    await expect(list.items.add({ Title: 'x', Status: 'Okänd' })).rejects.toMatchObject({ status: 400 });
    await expect(list.items.add({ Title: 'x' })).rejects.toMatchObject({ status: 400 });
    await expect(list.items.add({ Title: 'x'.repeat(256), Status: 'Kallat' })).rejects.toMatchObject({ status: 400 });
    await expect(list.items.add({ Title: 'x', Status: 'Kallat', Seats: 'many' })).rejects.toMatchObject({ status: 400 });
    const count = (await list.select('ItemCount')()).ItemCount;
    expect(count).toBe(3);
    const raw = await fetch(`${t.siteUrl}/_api/web/lists/getByTitle('Meetings')/items`, {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=verbose',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${t.token('owner@test.local')}`,
      },
      body: '{"Title": ',
    });
    expect(raw.status).toBe(400);
    const body = (await raw.json()) as { error: { code: string; message: { value: string } } };
    expect(body.error.code).toMatch(/^-1, /);
  });

  it('updates with ETags: a stale one is 412 and nothing changes', async () => {
    const sp = t.sp('owner@test.local');
    const item = sp.web.lists.getByTitle('Meetings').items.getById(1);
    const r = await item.update({ Title: 'Möte 1 (ändrat)' }, '"1"');
    expect(r.etag).toBe('"2"');
    const err = await item.update({ Title: 'stale' }, '"1"').catch((e: { status: number; message: string }) => e);
    expect(err.status).toBe(412);
    const now = await item();
    expect(now.Title).toBe('Möte 1 (ändrat)');
    expect(now['odata.etag']).toBe('"2"');
    await item.update({ ChairId: null, CoSignersId: [] });
    const cleared = await item.select('ChairId', 'CoSignersId')();
    expect(cleared.ChairId).toBeNull();
    expect(cleared.CoSignersId).toEqual([]);
    const versions = await item.versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions[2].Title).toBe('Möte 1');
  });

  it('keeps unique columns unique on add and update', async () => {
    const sp = t.sp('owner@test.local');
    const bodies = sp.web.lists.getByTitle('Bodies');
    const err = await bodies.items.add({ Title: 'Dubblett', BodyCode: 'rf' }).catch((e: { status: number; message: string }) => e);
    // SharePoint Online answers a duplicate with 500 and this code (DESIGN §12)
    expect(err.status).toBe(500);
    expect(err.message).toContain('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(err.message).toContain('duplicate values were found in the following field(s) in the list: [Kod].');
    await expect(bodies.items.getById(2).update({ BodyCode: 'RF' })).rejects.toMatchObject({ status: 500 });
    expect((await bodies.items.getById(2)()).BodyCode).toBe('RS');
    expect((await bodies.items()).length).toBe(2);
    await bodies.items.add({ Title: 'Dubbel', BodyCode: 'X' });
    await bodies.items.add({ Title: 'Dubbel', BodyCode: 'Y' });
    // making Title unique where duplicates exist is refused
    await bodies.fields.getByInternalNameOrTitle('Title').update({ Indexed: true }, 'SP.FieldText');
    await expect(
      bodies.fields.getByInternalNameOrTitle('Title').update({ EnforceUniqueValues: true }, 'SP.FieldText'),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuses to delete an item another list restricts by lookup', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('AgendaItems', '', 100);
    const agenda = sp.web.lists.getByTitle('AgendaItems');
    await agenda.fields.createFieldAsXml(
      '<Field Type="Lookup" Name="Meeting" DisplayName="Möte" List="Lists/Meetings" ShowField="Title" Indexed="TRUE" RelationshipDeleteBehavior="Restrict" />',
    );
    const meeting = await sp.web.lists.getByTitle('Meetings').items.add({ Title: 'Med ärenden', Status: 'Planerat' });
    const a = await agenda.items.add({ Title: '§1', MeetingId: meeting.Id });
    await expect(sp.web.lists.getByTitle('Meetings').items.getById(meeting.Id).delete()).rejects.toMatchObject({ status: 400 });
    await agenda.items.getById(a.Id).delete();
    await sp.web.lists.getByTitle('Meetings').items.getById(meeting.Id).delete();
    await expect(sp.web.lists.getByTitle('Meetings').items.getById(meeting.Id)()).rejects.toMatchObject({ status: 404 });
  });

  it('deletes and recycles items', async () => {
    const sp = t.sp('owner@test.local');
    const list = sp.web.lists.getByTitle('Bodies');
    const a = await list.items.add({ Title: 'Temp A' });
    const b = await list.items.add({ Title: 'Temp B' });
    await list.items.getById(a.Id).delete();
    await list.items.getById(b.Id).recycle();
    await expect(list.items.getById(a.Id)()).rejects.toMatchObject({ status: 404 });
    await expect(list.items.getById(b.Id)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('batch, changes and paging', () => {
  it('runs 20 adds in one $batch request', async () => {
    const sp = t.sp('owner@test.local');
    await sp.web.lists.add('Ballots', '', 100);
    const before = t.tenant.requests.last();
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Ballots');
    const results: Promise<{ Id: number }>[] = [];
    for (let i = 0; i < 20; i++) results.push(list.items.add({ Title: `Röst ${i}` }));
    await execute();
    const ids = (await Promise.all(results)).map((r) => r.Id);
    expect(new Set(ids).size).toBe(20);
    const sent = t.tenant.requests.since(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toContain('/_api/$batch');
    expect(sent[0].parts).toBe(20);
    expect((await sp.web.lists.getByTitle('Ballots').items.top(100)()).length).toBe(20);
  });

  it('reports changes since a change token', async () => {
    const sp = t.sp('owner@test.local');
    const list = sp.web.lists.getByTitle('Ballots');
    const { CurrentChangeToken } = await list.select('CurrentChangeToken')();
    const added = await list.items.add({ Title: 'Ny' });
    await list.items.getById(1).update({ Title: 'Ändrad' });
    await list.items.getById(2).delete();
    const changes = await list.getChanges({
      Add: true,
      Update: true,
      DeleteObject: true,
      Item: true,
      ChangeTokenStart: CurrentChangeToken,
    });
    expect(changes.map((c: { ChangeType: number; ItemId: number }) => [c.ChangeType, c.ItemId])).toEqual([
      [1, added.Id],
      [2, 1],
      [3, 2],
    ]);
    const last = changes[changes.length - 1].ChangeToken;
    expect(await list.getChanges({ Add: true, Update: true, DeleteObject: true, Item: true, ChangeTokenStart: last })).toEqual([]);
  });

  it('pages with next links that PnPjs follows', async () => {
    const sp = t.sp('owner@test.local');
    const pages: number[] = [];
    const seen: number[] = [];
    for await (const page of sp.web.lists.getByTitle('Ballots').items.select('Id').top(6)) {
      pages.push(page.length);
      seen.push(...page.map((i: { Id: number }) => i.Id));
    }
    expect(pages).toEqual([6, 6, 6, 2]);
    expect(new Set(seen).size).toBe(20);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('pages in $orderby order, each item once', async () => {
    const sp = t.sp('owner@test.local');
    const all = await sp.web.lists.getByTitle('Meetings').items.select('Title').orderBy('StartTime', false)();
    const paged: string[] = [];
    for await (const page of sp.web.lists.getByTitle('Meetings').items.select('Title').orderBy('StartTime', false).top(1))
      paged.push(...page.map((i: { Title: string }) => i.Title));
    expect(paged).toEqual(all.map((i: { Title: string }) => i.Title));
    expect(paged.length).toBeGreaterThanOrEqual(3);
  });
});

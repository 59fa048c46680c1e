import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Issue 9: getChanges is security-trimmed as SharePoint trims change queries: nobody learns of items they may not read. */
let t: TestTenant;
let start: { StringValue: string };
let ids: { alice: number; bob: number; bobGone: number; aliceGone: number; secret: number };

const claims = (upn: string) => t.sp(upn).web.lists.getByTitle('Claims');
const changes = async (upn: string): Promise<{ ItemId: number; ChangeType: number }[]> =>
  (await claims(upn).getChanges({ Add: true, Update: true, DeleteObject: true, Item: true, ChangeTokenStart: start })) as {
    ItemId: number;
    ChangeType: number;
  }[];

beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  const g = (await sp.web.siteGroups.add({ Title: 'Förtroendevalda', Description: 'Members' })) as unknown as { Id: number };
  await sp.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|alice@test.local');
  await sp.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|bob@test.local');
  await sp.web.lists.add('Claims', '', 100);
  await claims('owner@test.local').update({ ReadSecurity: 2, WriteSecurity: 2 });
  await claims('owner@test.local').breakRoleInheritance(true, false);
  await claims('owner@test.local').roleAssignments.add(g.Id, (await sp.web.roleDefinitions.getByType(3)()).Id);
  start = (await claims('owner@test.local').select('CurrentChangeToken')()).CurrentChangeToken as { StringValue: string };

  const alice = (await claims('alice@test.local').items.add({ Title: 'Alices' })).Id as number;
  const bob = (await claims('bob@test.local').items.add({ Title: 'Bobs' })).Id as number;
  await claims('bob@test.local').items.getById(bob).update({ Title: 'Bobs 2' });
  const bobGone = (await claims('bob@test.local').items.add({ Title: 'Bobs, borttagen' })).Id as number;
  await claims('bob@test.local').items.getById(bobGone).delete();
  const aliceGone = (await claims('alice@test.local').items.add({ Title: 'Alices, borttagen' })).Id as number;
  await claims('alice@test.local').items.getById(aliceGone).delete();
  // an item of the owner's with its own permissions: the owner alone
  const secret = (await claims('owner@test.local').items.add({ Title: 'Hemlig' })).Id as number;
  await claims('owner@test.local').items.getById(secret).breakRoleInheritance(false, false);
  ids = { alice, bob, bobGone, aliceGone, secret };
});
afterAll(() => t.close());

describe('getChanges on a list with item-level security', () => {
  it("shows a member only changes to items they may read — never the ids of other people's claims", async () => {
    const seen = await changes('alice@test.local');
    const items = new Set(seen.map((c) => c.ItemId));
    expect(items.has(ids.alice)).toBe(true);
    expect(items.has(ids.bob)).toBe(false);
    expect(items.has(ids.bobGone)).toBe(false);
    expect(items.has(ids.secret)).toBe(false);
  });

  it('still tells a member of the deletion of their own item', async () => {
    const seen = await changes('alice@test.local');
    expect(seen.filter((c) => c.ItemId === ids.aliceGone).map((c) => c.ChangeType)).toEqual([1, 3]);
    const bobs = await changes('bob@test.local');
    expect(bobs.filter((c) => c.ItemId === ids.bobGone).map((c) => c.ChangeType)).toEqual([1, 3]);
    expect(bobs.some((c) => c.ItemId === ids.alice)).toBe(false);
  });

  it('shows the owner (who overrides list behaviours) every change', async () => {
    const items = new Set((await changes('owner@test.local')).map((c) => c.ItemId));
    for (const id of Object.values(ids)) expect(items.has(id)).toBe(true);
  });
});

import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Issue 9: a write whose SQL fails inside the transaction leaves nothing behind — on disk or in memory. */
let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  await sp.web.lists.add('Claims', '', 100);
});
afterAll(() => t.close());

// An injected failure inside the write: the change-log insert (the last statement of an item write) aborts.
const failChangeLog = (): void => {
  t.tenant.context.db.exec("CREATE TRIGGER fail_changes BEFORE INSERT ON sp_changes BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
};
const healChangeLog = (): void => {
  t.tenant.context.db.exec('DROP TRIGGER fail_changes');
};

describe('a write that fails inside its transaction', () => {
  it('adds no phantom item and keeps the next id', async () => {
    const list = t.sp('owner@test.local').web.lists.getByTitle('Claims');
    failChangeLog();
    const err = await list.items.add({ Title: 'phantom' }).catch((e: { status: number; message: string }) => e);
    healChangeLog();
    expect(err.status).toBe(500);
    // no internal exception text reaches the client
    expect(err.message).not.toContain('injected failure');
    expect(await list.items()).toEqual([]);
    expect((await list.select('ItemCount')()).ItemCount).toBe(0);
    const real = await list.items.add({ Title: 'real' });
    expect(real.Id).toBe(1);
  });

  it('leaves an update undone in memory as on disk', async () => {
    const list = t.sp('owner@test.local').web.lists.getByTitle('Claims');
    failChangeLog();
    await expect(list.items.getById(1).update({ Title: 'changed' })).rejects.toMatchObject({ status: 500 });
    healChangeLog();
    const item = await list.items.getById(1).select('Title', 'Modified')();
    expect(item.Title).toBe('real');
    expect(item['odata.etag']).toBe('"1"');
  });

  it('leaves a delete undone', async () => {
    const list = t.sp('owner@test.local').web.lists.getByTitle('Claims');
    failChangeLog();
    await expect(list.items.getById(1).delete()).rejects.toMatchObject({ status: 500 });
    healChangeLog();
    expect((await list.items.getById(1).select('Title')()).Title).toBe('real');
  });
});

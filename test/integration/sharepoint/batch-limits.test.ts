import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Issue 9: `$batch` bounded as SharePoint bounds it, malformed ones refused, one big batch not stalling others. */
let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
  await t.sp('owner@test.local').web.lists.add('Votes', '', 100);
});
afterAll(() => t.close());

const add = (i: number, changeset = `changeset_${i}`): string =>
  [
    `Content-Type: multipart/mixed; boundary="${changeset}"`,
    '',
    `--${changeset}`,
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `POST ${t.siteUrl}/_api/web/lists/getByTitle('Votes')/items HTTP/1.1`,
    'Content-Type: application/json;odata=verbose',
    '',
    JSON.stringify({ Title: `v${i}` }),
    `--${changeset}--`,
  ].join('\r\n');
const read = (): string =>
  [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `GET ${t.siteUrl}/_api/web/lists/getByTitle('Votes')/items?$select=Id&$top=5000 HTTP/1.1`,
    'Accept: application/json',
    '',
  ].join('\r\n');
const body = (parts: string[], close = '--batch_x--'): string => `${parts.map((p) => `--batch_x\r\n${p}`).join('\r\n')}\r\n${close}\r\n`;
const post = (text: string): Promise<Response> =>
  fetch(`${t.siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${t.token('owner@test.local')}`,
      'content-type': 'multipart/mixed; boundary=batch_x',
      accept: 'application/json',
    },
    body: text,
  });
const count = async (): Promise<number> =>
  (await t.sp('owner@test.local').web.lists.getByTitle('Votes').select('ItemCount')()).ItemCount as number;

describe('SharePoint $batch limits', () => {
  it('refuses more than 100 requests in one batch with 400, running none of them', async () => {
    const res = await post(body(Array.from({ length: 101 }, (_, i) => add(i))));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      'odata.error': {
        code: '-1, Microsoft.Data.OData.ODataException',
        message: { value: expect.stringContaining("maximum number of '100'") },
      },
    });
    expect(await count()).toBe(0);
    const ok = await post(body(Array.from({ length: 100 }, (_, i) => add(i))));
    expect(ok.status).toBe(200);
    expect(await count()).toBe(100);
  });

  it('refuses a changeset inside a changeset', async () => {
    const nested = ['Content-Type: multipart/mixed; boundary="outer"', '', '--outer', add(1, 'inner'), '--outer--'].join('\r\n');
    const res = await post(body([nested]));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ 'odata.error': { code: '-1, Microsoft.Data.OData.ODataException' } });
  });

  it('refuses a batch whose closing boundary is wrong or missing (it does not answer 200 with no parts)', async () => {
    expect((await post(body([read()], '--batch_y--'))).status).toBe(400);
    expect((await post(body([read()], ''))).status).toBe(400);
    expect((await post('--batch_x\r\n')).status).toBe(400);
  });

  it('lets another client in while a big batch runs', async () => {
    const big = post(body(Array.from({ length: 100 }, () => read())));
    let batchDone = 0;
    void big.then(() => (batchDone = performance.now()));
    await new Promise((r) => setTimeout(r, 5));
    const other = await fetch(`${t.siteUrl}/_api/web?$select=Title`, {
      headers: { authorization: `Bearer ${t.token('alice@test.local')}`, accept: 'application/json' },
    });
    const otherDone = performance.now();
    expect(other.status).toBeLessThan(500);
    expect((await big).status).toBe(200);
    expect(otherDone).toBeLessThan(batchDone);
  });
});

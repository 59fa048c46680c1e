import { startTenant } from '../../../tools/local-tenant/src/server';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';
import { startTestTenant, type TestTenant } from '../../support/tenant';
import { jsonOf, rawRequest, startTenantChild, statusOf } from './fixtures/rawHttp';

/** Issue 9: no request, however broken, takes the tenant down or lets one client stall the rest. */
describe('a tenant process facing broken clients', () => {
  let tenant: Awaited<ReturnType<typeof startTenantChild>>;
  beforeAll(async () => {
    tenant = await startTenantChild();
  }, 40_000);
  afterAll(() => tenant.stop());

  const alive = async (): Promise<number> =>
    (
      await fetch(`http://localhost:${tenant.port}${SITE_PATH}/_api/web`, {
        headers: { authorization: `Bearer ${tenant.token}`, accept: 'application/json' },
      })
    ).status;

  it('survives a body cut short (Content-Length 100000, ten bytes, then close), signed in or not', async () => {
    for (const auth of ['', `Authorization: Bearer ${tenant.token}\r\n`]) {
      const head = `POST ${SITE_PATH}/_api/web/lists HTTP/1.1\r\nHost: localhost:${tenant.port}\r\n${auth}Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n`;
      await rawRequest(tenant.port, head + '0123456789', { endAfterWrite: true, waitMs: 300 });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(tenant.child.exitCode).toBeNull();
    expect(await alive()).toBe(200);
  });

  it('survives a malformed chunked body and answers that request 400', async () => {
    const head = `POST ${SITE_PATH}/_api/web/lists HTTP/1.1\r\nHost: localhost:${tenant.port}\r\nAuthorization: Bearer ${tenant.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const raw = await rawRequest(tenant.port, head + 'zz\r\nhello\r\n0\r\n\r\n', { waitMs: 800 });
    expect(statusOf(raw)).toBe(400);
    await new Promise((r) => setTimeout(r, 200));
    expect(tenant.child.exitCode).toBeNull();
    expect(await alive()).toBe(200);
  });
});

describe('limits, as SharePoint applies them', () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await startTestTenant();
  });
  afterAll(() => t.close());

  it('refuses a body over the limit from its Content-Length, before it is sent, in SharePoint’s shape', async () => {
    const head = `POST ${SITE_PATH}/_api/web/lists HTTP/1.1\r\nHost: localhost:${t.tenant.port}\r\nAuthorization: Bearer ${t.token('owner@test.local')}\r\nContent-Type: application/json\r\nContent-Length: 300000000\r\n\r\n`;
    const raw = await rawRequest(t.tenant.port, head);
    expect(statusOf(raw)).toBe(413);
    expect(jsonOf(raw)).toMatchObject({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { value: expect.stringContaining('The request message is too big') },
      },
    });
  });

  it('answers an anonymous request with a large body 401 without reading the body', async () => {
    const head = `POST ${SITE_PATH}/_api/web/lists HTTP/1.1\r\nHost: localhost:${t.tenant.port}\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n`;
    const raw = await rawRequest(t.tenant.port, head); // the body never comes
    expect(statusOf(raw)).toBe(401);
  });

  it('answers a URL over 16 KB with 414 and SharePoint’s JSON error', async () => {
    const res = await fetch(`${t.siteUrl}/_api/web/lists?$filter=${'a'.repeat(17_000)}`, {
      headers: { authorization: `Bearer ${t.token('owner@test.local')}`, accept: 'application/json' },
    });
    expect(res.status).toBe(414);
    expect(await res.json()).toMatchObject({
      'odata.error': { code: expect.any(String), message: { lang: 'en-US', value: 'The request URL is too long.' } },
    });
  });

  it('answers a Graph URL over 16 KB with 414 in Graph’s shape', async () => {
    const res = await fetch(`${t.tenant.url}/graph/v1.0/users?$filter=${'a'.repeat(17_000)}`, {
      headers: { authorization: `Bearer ${t.token('owner@test.local')}` },
    });
    expect(res.status).toBe(414);
    expect(await res.json()).toMatchObject({ error: { code: 'RequestUriTooLong', message: expect.any(String) } });
  });
});

describe('loopback is not a wall against the browser', () => {
  it('refuses Host names other than loopback ones with the served port (DNS rebinding)', async () => {
    const t = await startTestTenant();
    try {
      const ask = async (host: string): Promise<number> =>
        statusOf(await rawRequest(t.tenant.port, `GET /_local/personas HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
      expect(await ask('evil.example')).toBe(400);
      expect(await ask(`evil.example:${t.tenant.port}`)).toBe(400);
      expect(await ask('localhost')).toBe(400);
      expect(await ask(`localhost:${t.tenant.port + 1}`)).toBe(400);
      expect(await ask(`localhost:${t.tenant.port}`)).toBe(200);
      expect(await ask(`127.0.0.1:${t.tenant.port}`)).toBe(200);
      expect(await ask(`[::1]:${t.tenant.port}`)).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('takes control bodies as JSON only', async () => {
    const t = await startTestTenant();
    try {
      const rule = JSON.stringify({ pathContains: '/_api/web', status: 503, count: 1 });
      // what a cross-site form post can send without a preflight
      const plain = await fetch(`${t.tenant.url}/_local/faults`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: rule });
      expect(plain.status).toBe(415);
      expect((await fetch(`${t.siteUrl}/_api/web`, { headers: { authorization: `Bearer ${t.token('owner@test.local')}` } })).status).toBe(
        200,
      );
      const asJson = await fetch(`${t.tenant.url}/_local/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: rule,
      });
      expect(asJson.status).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('keeps fault injection and the request log off unless started for tests; /_local/token stays', async () => {
    const tenant = await startTenant({ dataDir: ':memory:', port: 0, testMode: false });
    try {
      const faults = await fetch(`${tenant.url}/_local/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pathContains: '/', status: 503, count: 100 }),
      });
      expect(faults.status).toBe(404);
      expect((await fetch(`${tenant.url}/_local/faults`, { method: 'DELETE' })).status).toBe(404);
      expect((await fetch(`${tenant.url}/_local/requests`)).status).toBe(404);
      tenant.context.directory.addUser({
        userPrincipalName: 'x@test.local',
        displayName: 'X Y',
        givenName: 'X',
        surname: 'Y',
        mail: 'x@test.local',
        jobTitle: null,
        mobilePhone: null,
        businessPhones: [],
        officeLocation: null,
        persona: null,
        mfa: true,
        accountEnabled: true,
      });
      const token = await fetch(`${tenant.url}/_local/token?user=x@test.local`);
      expect(token.status).toBe(200);
      expect(((await token.json()) as { access_token: string }).access_token).toMatch(/^ey/);
    } finally {
      await tenant.close();
    }
  });
});

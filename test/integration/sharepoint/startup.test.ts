import { startTenant, type RunningTenant } from '../../../tools/local-tenant/src/server';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';

/** Issue 7: while the data is still being seeded or upgraded, the tenant says so (503 + Retry-After) instead of "access denied". */
describe('a tenant that is still starting', () => {
  let tenant: RunningTenant;
  let token: string;
  beforeAll(async () => {
    tenant = await startTenant({ dataDir: ':memory:', port: 0, testMode: true, ready: false });
    const owner = tenant.context.directory.addUser({
      userPrincipalName: 'owner@test.local',
      displayName: 'O Ä',
      givenName: 'O',
      surname: 'Ä',
      mail: 'owner@test.local',
      jobTitle: null,
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona: 'owner',
      mfa: true,
      accountEnabled: true,
    });
    tenant.sharepoint.bootstrap(owner);
    token = tenant.context.tokens.issue(owner).token;
  });
  afterAll(() => tenant.close());

  it('answers SharePoint, Graph and the sign-in page 503 with Retry-After until ready, then serves them', async () => {
    const spRes = await fetch(`${tenant.url}${SITE_PATH}/_api/web`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    expect(spRes.status).toBe(503);
    expect(Number(spRes.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await spRes.json()).toMatchObject({
      'odata.error': { code: expect.stringContaining('SPServerUnavailableException'), message: { lang: 'en-US' } },
    });

    const graphRes = await fetch(`${tenant.url}/graph/v1.0/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(graphRes.status).toBe(503);
    expect(graphRes.headers.get('retry-after')).not.toBeNull();
    expect(await graphRes.json()).toMatchObject({ error: { code: 'ServiceNotAvailable' } });

    const login = await fetch(`${tenant.url}/_local/login`);
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).not.toBeNull();
    expect(await login.text()).toContain('Försök igen');
    expect((await fetch(`${tenant.url}/_local/token?user=owner@test.local`)).status).toBe(503);

    // the seeder, in process, gets through with the start-up key
    const seeder = await fetch(`${tenant.url}${SITE_PATH}/_api/web`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'x-local-tenant-startup': tenant.startupKey },
    });
    expect(seeder.status).toBe(200);

    tenant.ready();
    expect(
      (await fetch(`${tenant.url}${SITE_PATH}/_api/web`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }))
        .status,
    ).toBe(200);
    expect((await fetch(`${tenant.url}/_local/login`)).status).toBe(200);
  });
});

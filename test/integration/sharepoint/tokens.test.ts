import { startTestTenant, type TestTenant } from '../../support/tenant';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';
import type { TokenClaims } from '../../../tools/local-tenant/src/tokens';

/** Issue 9: bearer tokens are checked as Entra ID-protected APIs check them (5 minutes of clock skew). */
let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
});
afterAll(() => t.close());

const forge = (claims: Partial<TokenClaims>, resource?: 'sharepoint' | 'graph'): string =>
  t.tenant.context.tokens.issue(t.users.owner, { claims, resource }).token;
const sp = async (token: string): Promise<number> =>
  (await fetch(`${t.tenant.url}${SITE_PATH}/_api/web`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }))
    .status;
const graph = async (token: string): Promise<number> =>
  (await fetch(`${t.tenant.url}/graph/v1.0/me`, { headers: { authorization: `Bearer ${token}` } })).status;
const now = (): number => Math.floor(Date.now() / 1000);

describe('bearer tokens', () => {
  it('accepts the sign-in token (both audiences) at SharePoint and Graph', async () => {
    expect(await sp(t.token('owner@test.local'))).toBe(200);
    expect(await graph(t.token('owner@test.local'))).toBe(200);
  });

  it("wants SharePoint's audience at SharePoint and Graph's at Graph", async () => {
    expect(await sp(forge({}, 'graph'))).toBe(401);
    expect(await graph(forge({}, 'graph'))).toBe(200);
    expect(await graph(forge({}, 'sharepoint'))).toBe(401);
    expect(await sp(forge({}, 'sharepoint'))).toBe(200);
    expect(await graph(forge({ aud: '00000003-0000-0000-c000-000000000000' }))).toBe(200);
    expect(await sp(forge({ aud: 'api://someone-else' }))).toBe(401);
    expect(await graph(forge({ aud: ['api://someone-else'] }))).toBe(401);
  });

  it('refuses a token from another issuer', async () => {
    expect(await sp(forge({ iss: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0' }))).toBe(401);
    const res = await fetch(`${t.tenant.url}/graph/v1.0/me`, {
      headers: { authorization: `Bearer ${forge({ iss: 'https://evil.example/v2.0' })}` },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: expect.stringContaining('Issuer') } });
  });

  it('refuses nbf or iat in the future beyond 5 minutes of skew, and an expired token', async () => {
    expect(await sp(forge({ nbf: now() + 600 }))).toBe(401);
    expect(await graph(forge({ iat: now() + 600, nbf: now() }))).toBe(401);
    expect(await sp(forge({ exp: now() - 600 }))).toBe(401);
    // within the skew: accepted, as Entra ID-protected APIs do
    expect(await sp(forge({ nbf: now() + 120, iat: now() + 120 }))).toBe(200);
    expect(await graph(forge({ exp: now() - 120 }))).toBe(200);
  });

  it('issues single-audience tokens from /_local/token?resource=', async () => {
    const get = async (q: string): Promise<{ status: number; token?: string }> => {
      const res = await fetch(`${t.tenant.url}/_local/token?user=owner@test.local${q}`);
      return { status: res.status, token: res.ok ? ((await res.json()) as { access_token: string }).access_token : undefined };
    };
    const g = await get('&resource=graph');
    expect(await graph(g.token!)).toBe(200);
    expect(await sp(g.token!)).toBe(401);
    const both = await get('');
    expect(await sp(both.token!)).toBe(200);
    expect(await graph(both.token!)).toBe(200);
    expect((await get('&resource=exchange')).status).toBe(400);
  });
});

import type { Browser, Page } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { LOCAL_TENANT_ID } from '../../tools/local-tenant/src/tokens';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(180_000);

/** Access tokens live 20 s here, so a session that outlives one proves MSAL's silent renewal. */
const LIFETIME_S = 20;

describe('end to end: sign-in with @azure/msal-browser against the local authority', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const person = (persona: string) => region.people.find((p) => p.persona === persona)!;

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor, LOCAL_TENANT_TOKEN_LIFETIME_S: String(LIFETIME_S) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  interface Logged {
    method: string;
    path: string;
    user: string | null;
    status: number;
  }
  const log = async (since: number): Promise<{ last: number; requests: Logged[] }> =>
    (await (await fetch(`${tenant.url}/_local/requests?since=${since}`)).json()) as { last: number; requests: Logged[] };
  const authority = (r: Logged) => r.path.startsWith(`/${LOCAL_TENANT_ID}/`) || r.path.startsWith('/_local/login');
  const tokenPosts = (rs: Logged[]) => rs.filter((r) => r.method === 'POST' && r.path.startsWith(`/${LOCAL_TENANT_ID}/oauth2/v2.0/token`));

  let member: Page;

  it('signs a member in (code flow with PKCE, by redirect) and comes back to the page asked for', async () => {
    const before = (await log(0)).last;
    member = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await member.goto(`${tenant.portalUrl}/#/kalender`);
    await member.waitForURL(/\/_local\/login\?flow=/);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'signin-personas');
    await member.getByRole('link', { name: new RegExp(person('member').displayName) }).click();
    await member.getByText(/Kalendern visar \d+ händelse/).waitFor();
    expect(new URL(member.url()).hash).toBe('#/kalender');

    const { requests } = await log(before);
    const trips = requests.filter(authority).map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')} ${r.status}`);
    // discovery, authorize → the persona page, the choice → back with a code; then only discovery and the token endpoint
    // (every token call goes there in this test: a 20 s token is inside MSAL's 5-minute renewal window)
    expect(trips.slice(0, 4)).toEqual([
      `GET /${LOCAL_TENANT_ID}/v2.0/.well-known/openid-configuration 200`,
      `GET /${LOCAL_TENANT_ID}/oauth2/v2.0/authorize 302`,
      'GET /_local/login 200',
      'GET /_local/login/complete 302',
    ]);
    expect(trips.slice(4).filter((t) => !/openid-configuration 200$|\/token 200$/.test(t))).toEqual([]);
    expect(tokenPosts(requests).length).toBeGreaterThan(0);
    expect(tokenPosts(requests).every((r) => r.status === 200)).toBe(true);
    // SharePoint and Graph got the member's own tokens
    const api = requests.filter((r) => r.path.startsWith('/sites/') || r.path.startsWith('/graph/'));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((r) => r.user === person('member').upn && r.status < 400)).toBe(true);
  });

  it('keeps the session alive past the access token lifetime by silent renewal with the refresh token', async () => {
    const before = (await log(0)).last;
    await member.waitForTimeout((LIFETIME_S + 5) * 1000);
    await member.goto(`${tenant.portalUrl}/#/`);
    await member.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
    const { requests } = await log(before);
    // renewed at the token endpoint, never through the sign-in page
    expect(tokenPosts(requests).length).toBeGreaterThan(0);
    expect(tokenPosts(requests).every((r) => r.status === 200)).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/_local/login') || r.path.includes('/authorize'))).toEqual([]);
    expect(requests.filter((r) => r.path.startsWith('/sites/') && r.status === 401)).toEqual([]);
  });

  it('signs out: the session ends, and the portal asks who is signing in', async () => {
    await member.getByRole('button', { name: 'Logga ut' }).click();
    await member.waitForURL(/\/_local\/login\?flow=/);
    expect(await member.getByRole('heading', { name: 'Logga in' }).count()).toBe(1);
    // back to the portal: no silent way in any more
    await member.goto(`${tenant.portalUrl}/`);
    await member.waitForURL(/\/_local\/login\?flow=/);
    await member.context().close();
  });

  it('refuses a sign-in without two factors: the refusal page, no data read, and its token gets 401', async () => {
    const before = (await log(0)).last;
    const page = await (await browser.newContext({ viewport: { width: 400, height: 800 } })).newPage();
    await page.goto(`${tenant.portalUrl}/`);
    await page.waitForURL(/\/_local\/login\?flow=/);
    await page.getByRole('link', { name: new RegExp(person('nomfa').displayName) }).click();
    await page.getByRole('heading', { name: 'Inloggningen saknar tvåfaktorsautentisering' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'signin-refused-400');
    const { requests } = await log(before);
    expect(tokenPosts(requests)).toEqual([]);
    expect(requests.filter((r) => r.path.startsWith('/sites/') || r.path.startsWith('/graph/'))).toEqual([]);

    const token = (
      (await (await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(person('nomfa').upn)}`)).json()) as { access_token: string }
    ).access_token;
    const sp = await fetch(`${tenant.url}/sites/politikerportal/_api/web`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    expect(sp.status).toBe(401);
    const graph = await fetch(`${tenant.url}/graph/v1.0/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(graph.status).toBe(401);
    expect(await graph.json()).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: expect.stringContaining('AADSTS50076') },
    });
    await page.context().close();
  });
});

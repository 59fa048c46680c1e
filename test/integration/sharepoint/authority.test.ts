import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type JsonWebKey as NodeJwk,
  type KeyObject,
} from 'crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { startTestTenant, type TestTenant } from '../../support/tenant';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';
import { getMeta } from '../../../tools/local-tenant/src/db';
import type { DirectoryUser } from '../../../tools/local-tenant/src/directory';
import { ISSUER, LOCAL_TENANT_ID } from '../../../tools/local-tenant/src/tokens';
import { PORTAL_CLIENT_ID } from '../../../tools/local-tenant/src/authority/registration';

/** The local tenant as an Entra ID v2.0 authority, driven as @azure/msal-browser and a browser drive it. */
const AUTHORITY = `/${LOCAL_TENANT_ID}`;
const OWNER = 'owner@test.local';
let t: TestTenant;
let nomfa: DirectoryUser;
let redirectUri: string;

beforeAll(async () => {
  t = await startTestTenant();
  // the test tenant's users all have two factors; the refusal needs one without
  nomfa = t.tenant.context.directory.addUser({
    userPrincipalName: 'nomfa@test.local',
    displayName: 'Nils Utanfaktor',
    givenName: 'Nils',
    surname: 'Utanfaktor',
    mail: 'nomfa@test.local',
    jobTitle: null,
    mobilePhone: null,
    businessPhones: [],
    officeLocation: null,
    persona: 'nomfa',
    mfa: false,
    accountEnabled: true,
  });
  redirectUri = `${t.tenant.url}/`;
});
afterAll(() => t.close());

/** A browser's cookies for the tenant: Set-Cookie stores, an empty value or Max-Age=0 removes. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** A GET without following redirects; with a jar, it sends and keeps the cookies. `cookie` sends a fixed header instead. */
async function get(path: string, jar?: Jar, cookie?: string): Promise<Response> {
  const c = cookie ?? jar?.header();
  const res = await fetch(new URL(path, t.tenant.url), { redirect: 'manual', headers: c ? { cookie: c } : {} });
  jar?.take(res);
  return res;
}

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
}

function newFlow(): Flow {
  return { verifier: randomBytes(48).toString('base64url'), state: randomBytes(8).toString('hex'), nonce: randomBytes(8).toString('hex') };
}

const challengeOf = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/** The authorize URL MSAL builds (fragment response mode, PKCE S256); `extra` overrides or, with '', drops a parameter. */
function authorizeUrl(flow: Flow, extra: Record<string, string> = {}): string {
  const p: Record<string, string> = {
    client_id: PORTAL_CLIENT_ID,
    response_type: 'code',
    redirect_uri: redirectUri,
    response_mode: 'fragment',
    scope: `${t.tenant.url}/.default openid profile offline_access`,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: challengeOf(flow.verifier),
    code_challenge_method: 'S256',
    ...extra,
  };
  for (const [k, v] of Object.entries(p)) if (v === '') delete p[k];
  return `${AUTHORITY}/oauth2/v2.0/authorize?${new URLSearchParams(p)}`;
}

/** The parameters the authority put in the redirect URI's fragment (and that it went to the redirect URI). */
function fragment(res: Response): URLSearchParams {
  expect(res.status).toBe(302);
  const loc = res.headers.get('location') ?? '';
  expect(loc.startsWith(`${redirectUri}#`)).toBe(true);
  return new URLSearchParams(loc.slice(redirectUri.length + 1));
}

/** The persona page's flow id from a redirect to it. */
function loginFlow(res: Response): string {
  expect(res.status).toBe(302);
  const loc = new URL(res.headers.get('location') ?? '', t.tenant.url);
  expect(loc.pathname).toBe('/_local/login');
  const flow = loc.searchParams.get('flow');
  expect(flow).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  return flow!;
}

/** A sign-in through the persona page; returns the code from the redirect. */
async function signIn(jar: Jar, upn: string, flow: Flow, extra: Record<string, string> = {}): Promise<string> {
  const id = loginFlow(await get(authorizeUrl(flow, extra), jar));
  const back = fragment(await get(`/_local/login/complete?user=${encodeURIComponent(upn)}&flow=${encodeURIComponent(id)}`, jar));
  expect(back.get('state')).toBe(flow.state);
  return back.get('code')!;
}

/** Single sign-on with the session cookie: a code without the persona page. */
async function ssoCode(jar: Jar, flow: Flow): Promise<string> {
  const back = fragment(await get(authorizeUrl(flow), jar));
  expect(back.get('code')).toBeTruthy();
  return back.get('code')!;
}

const tokenPost = (form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${t.tenant.url}${AUTHORITY}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
    body: new URLSearchParams(form).toString(),
  });

const redeem = (code: string, flow: Flow, overrides: Record<string, string> = {}): Promise<Response> => {
  const form: Record<string, string> = {
    client_id: PORTAL_CLIENT_ID,
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: flow.verifier,
    scope: `${t.tenant.url}/.default openid profile offline_access`,
    ...overrides,
  };
  for (const [k, v] of Object.entries(form)) if (v === '') delete form[k];
  return tokenPost(form);
};

interface TokenBody {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  client_info: string;
  expires_in: number;
  token_type: string;
}

async function tokens(res: Response): Promise<TokenBody> {
  expect(res.status).toBe(200);
  return (await res.json()) as TokenBody;
}

/** Entra ID's token endpoint error: `error`, `error_codes` and a description starting "AADSTS<n>:". */
async function expectTokenError(res: Response, status: number, error: string, code: number): Promise<void> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string; error_codes: number[]; error_description: string };
  expect(body.error).toBe(error);
  expect(body.error_codes).toEqual([code]);
  expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
}

const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

const sp = (token: string): Promise<Response> =>
  fetch(`${t.tenant.url}${SITE_PATH}/_api/web`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
const graph = (token: string): Promise<Response> =>
  fetch(`${t.tenant.url}/graph/v1.0/me`, { headers: { authorization: `Bearer ${token}` } });

async function jwks(): Promise<{ keys: JWK[] }> {
  const res = await fetch(`${t.tenant.url}${AUTHORITY}/discovery/v2.0/keys`);
  expect(res.status).toBe(200);
  return (await res.json()) as { keys: JWK[] };
}

/** A full sign-in as the owner: code, then tokens for SharePoint. */
async function ownerTokens(jar = new Jar()): Promise<{ jar: Jar; flow: Flow; body: TokenBody }> {
  const flow = newFlow();
  const code = await signIn(jar, OWNER, flow);
  return { jar, flow, body: await tokens(await redeem(code, flow)) };
}

describe('discovery and keys', () => {
  it('publishes the endpoints on the tenant and an RS256 key that signs its ID tokens', async () => {
    const res = await fetch(`${t.tenant.url}${AUTHORITY}/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Record<string, unknown>;
    const base = `${t.tenant.url}${AUTHORITY}`;
    // the issuer is Entra ID's string for the tenant, as in the tokens (independent of the port)
    expect(d.issuer).toBe(ISSUER);
    expect(d.authorization_endpoint).toBe(`${base}/oauth2/v2.0/authorize`);
    expect(d.token_endpoint).toBe(`${base}/oauth2/v2.0/token`);
    expect(d.jwks_uri).toBe(`${base}/discovery/v2.0/keys`);
    expect(d.end_session_endpoint).toBe(`${base}/oauth2/v2.0/logout`);
    expect(d.code_challenge_methods_supported).toEqual(['S256']);

    const keys = (await (await fetch(d.jwks_uri as string)).json()) as { keys: JWK[] };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const { body } = await ownerTokens();
    expect(decodeProtectedHeader(body.id_token!)).toEqual({ typ: 'JWT', alg: 'RS256', kid: keys.keys[0].kid });
  });
});

describe('authorization code flow with PKCE', () => {
  it('signs in through the persona page and issues tokens the APIs accept', async () => {
    const jar = new Jar();
    const flow = newFlow();
    const id = loginFlow(await get(authorizeUrl(flow), jar));
    expect(jar.has('ESTSAUTH')).toBe(false);

    const page = await get(`/_local/login?flow=${encodeURIComponent(id)}`, jar);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Olle Ägare');
    expect(html).toContain(`href="/_local/login/complete?user=${encodeURIComponent(OWNER)}&amp;flow=${encodeURIComponent(id)}"`);
    expect(html).toContain(
      `href="/_local/login/complete?user=${encodeURIComponent('nomfa@test.local')}&amp;flow=${encodeURIComponent(id)}"`,
    );

    const back = fragment(await get(`/_local/login/complete?user=${encodeURIComponent(OWNER)}&flow=${encodeURIComponent(id)}`, jar));
    expect(back.get('state')).toBe(flow.state);
    expect(back.get('code')).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(JSON.parse(Buffer.from(back.get('client_info')!, 'base64url').toString())).toEqual({
      uid: t.users.owner.id,
      utid: LOCAL_TENANT_ID,
    });
    expect(jar.has('ESTSAUTH')).toBe(true);
    expect(jar.has('FedAuth')).toBe(true);

    const body = await tokens(await redeem(back.get('code')!, flow));
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    const access = claimsOf(body.access_token) as { exp: number; iat: number };
    expect(access.exp - access.iat).toBe(body.expires_in);
    expect(typeof body.access_token).toBe('string');
    expect(typeof body.refresh_token).toBe('string');
    expect(body.client_info).toBe(back.get('client_info'));

    const { payload } = await jwtVerify(body.id_token!, createLocalJWKSet(await jwks()), {
      issuer: ISSUER,
      audience: PORTAL_CLIENT_ID,
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({
      nonce: flow.nonce,
      ver: '2.0',
      oid: t.users.owner.id,
      tid: LOCAL_TENANT_ID,
      preferred_username: OWNER,
      name: 'Olle Ägare',
    });
    expect(payload.amr).toBeUndefined();
    expect(payload.acrs).toBeUndefined();

    expect(claimsOf(body.access_token)).toMatchObject({
      aud: '00000003-0000-0ff1-ce00-000000000000',
      amr: ['pwd', 'mfa'],
      appid: PORTAL_CLIENT_ID,
    });
    expect((await sp(body.access_token)).status).toBe(200);
    // a SharePoint token is for SharePoint only
    expect((await graph(body.access_token)).status).toBe(401);

    const renewed = await tokens(
      await tokenPost({
        client_id: PORTAL_CLIENT_ID,
        grant_type: 'refresh_token',
        refresh_token: body.refresh_token!,
        scope: 'https://graph.microsoft.com/.default offline_access',
      }),
    );
    expect(claimsOf(renewed.access_token).aud).toBe('https://graph.microsoft.com');
    expect(renewed.id_token).toBeUndefined();
    expect(renewed.refresh_token).toBeTruthy();
    const me = await graph(renewed.access_token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { userPrincipalName: string }).userPrincipalName).toBe(OWNER);
    expect((await sp(renewed.access_token)).status).toBe(401);
  });

  it('redeems a code once, only with its verifier and its redirect URI', async () => {
    const { jar } = await ownerTokens();

    // replay of the redeemed code: take a fresh one, redeem it, then again
    const f1 = newFlow();
    const code = await ssoCode(jar, f1);
    expect((await redeem(code, f1)).status).toBe(200);
    await expectTokenError(await redeem(code, f1), 400, 'invalid_grant', 70008);

    const f2 = newFlow();
    await expectTokenError(await redeem(await ssoCode(jar, f2), f2, { code_verifier: newFlow().verifier }), 400, 'invalid_grant', 501481);

    const f3 = newFlow();
    await expectTokenError(await redeem(await ssoCode(jar, f3), f3, { code_verifier: '' }), 400, 'invalid_request', 9002325);

    // another registered redirect URI is still not the one the code was issued to
    const f4 = newFlow();
    const other = `http://127.0.0.1:${t.tenant.port}/`;
    await expectTokenError(await redeem(await ssoCode(jar, f4), f4, { redirect_uri: other }), 400, 'invalid_request', 50011);
  });
});

describe('authorize errors', () => {
  async function errorPage(res: Response, code: number): Promise<void> {
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain(`AADSTS${code}:`);
  }

  it('shows a page rather than redirecting for an unknown client or an unregistered redirect URI', async () => {
    await errorPage(await get(authorizeUrl(newFlow(), { client_id: '11111111-2222-3333-4444-555555555555' })), 700016);
    await errorPage(await get(authorizeUrl(newFlow(), { redirect_uri: 'https://evil.example/' })), 50011);
    // exact match: the tenant's origin with another path is not registered either
    await errorPage(await get(authorizeUrl(newFlow(), { redirect_uri: `${t.tenant.url}/callback` })), 50011);
  });

  it('sends a request without PKCE back to the registered redirect URI with the error', async () => {
    const flow = newFlow();
    const back = fragment(await get(authorizeUrl(flow, { code_challenge: '' })));
    expect(back.get('error')).toBe('invalid_request');
    expect(back.get('error_codes')).toBe('9002325');
    expect(back.get('error_description')).toMatch(/^AADSTS9002325: /);
    expect(back.get('state')).toBe(flow.state);
    expect(back.has('code')).toBe(false);
  });
});

describe('single sign-on and prompt', () => {
  it('answers with a code from the session cookie, login_required with prompt=none and no session, the page with prompt=login', async () => {
    const { jar } = await ownerTokens();
    expect(jar.has('ESTSAUTH')).toBe(true);
    const flow = newFlow();
    const code = await ssoCode(jar, flow);
    expect((await tokens(await redeem(code, flow))).access_token).toBeTruthy();

    const none = newFlow();
    const silent = fragment(await get(authorizeUrl(none, { prompt: 'none' })));
    expect(silent.get('error')).toBe('login_required');
    expect(silent.get('error_description')).toMatch(/^AADSTS50058: /);
    expect(silent.get('state')).toBe(none.state);
    expect(silent.has('code')).toBe(false);

    // with the session, prompt=none is silent success
    expect(fragment(await get(authorizeUrl(newFlow(), { prompt: 'none' }), jar)).get('code')).toBeTruthy();

    loginFlow(await get(authorizeUrl(newFlow(), { prompt: 'login' }), jar));
  });
});

describe('step-up (authentication context)', () => {
  const claims = JSON.stringify({ access_token: { acrs: { essential: true, value: 'c1' } } });

  it('asks again for an authentication context the session has not satisfied, and puts it in the token', async () => {
    const { jar, body: plain } = await ownerTokens();
    expect(claimsOf(plain.access_token).acrs).toBeUndefined();

    const flow = newFlow();
    const id = loginFlow(await get(authorizeUrl(flow, { claims }), jar));
    const page = await get(`/_local/login?flow=${encodeURIComponent(id)}`, jar);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Bekräfta att det är du');

    const back = fragment(await get(`/_local/login/complete?user=${encodeURIComponent(OWNER)}&flow=${encodeURIComponent(id)}`, jar));
    const stepped = await tokens(await redeem(back.get('code')!, flow));
    expect(claimsOf(stepped.access_token).acrs).toEqual(['c1']);
    expect(claimsOf(stepped.id_token!).acrs).toEqual(['c1']);
    expect((await sp(stepped.access_token)).status).toBe(200);

    // the new session has satisfied c1: asking again is single sign-on
    expect(fragment(await get(authorizeUrl(newFlow(), { claims }), jar)).get('code')).toBeTruthy();
  });
});

describe('two factors required', () => {
  it('sends a sign-in without MFA back with interaction_required and no code', async () => {
    const jar = new Jar();
    const flow = newFlow();
    const id = loginFlow(await get(authorizeUrl(flow), jar));
    const back = fragment(
      await get(`/_local/login/complete?user=${encodeURIComponent(nomfa.userPrincipalName)}&flow=${encodeURIComponent(id)}`, jar),
    );
    expect(back.get('error')).toBe('interaction_required');
    expect(back.get('error_codes')).toBe('50076');
    expect(back.get('error_description')).toMatch(/^AADSTS50076: .*multi-factor authentication/);
    expect(back.get('state')).toBe(flow.state);
    expect(back.has('code')).toBe(false);
  });

  it('gives a browser session without MFA no code either', async () => {
    const jar = new Jar();
    const plain = await get(`/_local/login/complete?user=${encodeURIComponent(nomfa.userPrincipalName)}&returnUrl=/`, jar);
    expect(plain.status).toBe(302);
    expect(jar.has('ESTSAUTH')).toBe(true);
    const back = fragment(await get(authorizeUrl(newFlow()), jar));
    expect(back.get('error')).toBe('interaction_required');
    expect(back.has('code')).toBe(false);
    const silent = fragment(await get(authorizeUrl(newFlow(), { prompt: 'none' }), jar));
    expect(silent.get('error')).toBe('interaction_required');
    expect(silent.get('error_description')).toMatch(/^AADSTS50076: /);
  });

  it('refuses a script token without MFA at SharePoint and Graph', async () => {
    const res = await fetch(`${t.tenant.url}/_local/token?user=${encodeURIComponent(nomfa.userPrincipalName)}`);
    expect(res.status).toBe(200);
    const token = ((await res.json()) as { access_token: string }).access_token;
    expect(claimsOf(token).amr).toEqual(['pwd']);

    const s = await sp(token);
    expect(s.status).toBe(401);
    expect(((await s.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe(
      '-2147024891, System.UnauthorizedAccessException',
    );

    const g = await graph(token);
    expect(g.status).toBe(401);
    const err = ((await g.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('InvalidAuthenticationToken');
    expect(err.message).toMatch(/AADSTS50076/);
    expect(err.message).toMatch(/multi-factor/);
  });
});

describe('forged tokens', () => {
  let claims: Record<string, unknown>;
  let kid: string;
  let tenantKey: KeyObject;
  let publicPem: string;

  beforeAll(async () => {
    const res = await fetch(`${t.tenant.url}/_local/token?user=${encodeURIComponent(OWNER)}`);
    claims = claimsOf(((await res.json()) as { access_token: string }).access_token);
    const key = (await jwks()).keys[0];
    kid = key.kid!;
    publicPem = createPublicKey({ key: { kty: key.kty, n: key.n, e: key.e } as NodeJwk, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    // the tenant's own private key, so the unknown-kid case has a signature that is otherwise genuine
    tenantKey = createPrivateKey(getMeta(t.tenant.context.db, 'signing_key')!);
  });

  const rs256 = (header: object, key: KeyObject): string => {
    const input = `${b64(header)}.${b64(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
  };

  async function refused(token: string, message: RegExp): Promise<void> {
    expect((await sp(token)).status).toBe(401);
    const g = await graph(token);
    expect(g.status).toBe(401);
    const err = ((await g.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('InvalidAuthenticationToken');
    expect(err.message).toMatch(message);
  }

  it('accepts the same claims signed by the tenant (the forgeries below differ only in their signature)', async () => {
    const genuine = rs256({ typ: 'JWT', alg: 'RS256', kid }, tenantKey);
    expect((await sp(genuine)).status).toBe(200);
    expect((await graph(genuine)).status).toBe(200);
  });

  it('refuses a token signed by another RSA key under the tenant kid', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await refused(rs256({ typ: 'JWT', alg: 'RS256', kid }, other), /Invalid signature/);
  });

  it('refuses alg none with an empty signature', async () => {
    await refused(`${b64({ typ: 'JWT', alg: 'none', kid })}.${b64(claims)}.`, /signature/i);
  });

  it('refuses HS256 keyed with the published public key', async () => {
    const input = `${b64({ typ: 'JWT', alg: 'HS256', kid })}.${b64(claims)}`;
    await refused(`${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`, /Invalid signature/);
  });

  it('refuses a kid the key set does not have', async () => {
    await refused(rs256({ typ: 'JWT', alg: 'RS256', kid: 'not-a-tenant-key' }, tenantKey), /kid/);
  });
});

describe('sign-out', () => {
  it('ends the session and its refresh tokens, clears the cookies and returns to a registered URI', async () => {
    const { jar, body } = await ownerTokens();
    const refresh = (): Promise<Response> =>
      tokenPost({
        client_id: PORTAL_CLIENT_ID,
        grant_type: 'refresh_token',
        refresh_token: body.refresh_token!,
        scope: 'User.Read offline_access',
      });
    expect((await refresh()).status).toBe(200);
    const oldCookie = jar.header();
    expect(oldCookie).toMatch(/ESTSAUTH=/);

    const out = await get(`${AUTHORITY}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(redirectUri)}`, jar);
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(redirectUri);
    const cleared = out.headers.getSetCookie();
    expect(cleared).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ESTSAUTH=;.*Max-Age=0/), expect.stringMatching(/^FedAuth=;.*Max-Age=0/)]),
    );
    expect(jar.has('ESTSAUTH')).toBe(false);
    expect(jar.has('FedAuth')).toBe(false);

    await expectTokenError(await refresh(), 400, 'invalid_grant', 700084);
    // a browser that kept the old cookie is not signed in any more
    loginFlow(await get(authorizeUrl(newFlow()), undefined, oldCookie));
  });

  it('shows a page instead of redirecting to an unregistered post-logout URI', async () => {
    const out = await get(`${AUTHORITY}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`);
    expect(out.status).toBe(200);
    expect(out.headers.get('location')).toBeNull();
    expect(out.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await out.text()).toContain('Du har loggat ut');
  });
});

describe('CORS of the token endpoint', () => {
  it('allows the registered origin and no other', async () => {
    const { body } = await ownerTokens();
    const form = {
      client_id: PORTAL_CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token!,
      scope: 'User.Read offline_access',
    };
    const ours = await tokenPost(form, { origin: t.tenant.url });
    expect(ours.status).toBe(200);
    expect(ours.headers.get('access-control-allow-origin')).toBe(t.tenant.url);

    const evil = await tokenPost(form, { origin: 'https://evil.example' });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    // errors carry the header too, or the app could not read them
    const bad = await tokenPost({ ...form, refresh_token: 'nope' }, { origin: t.tenant.url });
    expect(bad.headers.get('access-control-allow-origin')).toBe(t.tenant.url);
    await expectTokenError(bad, 400, 'invalid_grant', 700084);
  });
});

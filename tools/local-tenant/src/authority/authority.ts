import { createHash, randomUUID } from 'crypto';
import type { Directory, DirectoryUser } from '../directory';
import type { TenantRequest, TenantResponse } from '../http';
import { clearedSessionCookie as clearedFileCookie, cookieValue, sessionCookie as fileSessionCookie } from '../sessionCookie';
import { esc } from '../login';
import { AUDIENCES, ISSUER, LOCAL_TENANT_ID, type Api, type TokenService } from '../tokens';
import { aadsts, redirect, redirectError, tokenError, withParams, type AuthorityError } from './errors';
import { Grants, pkceMatches, REFRESH_LIFETIME_S, SESSION_LIFETIME_S, type AuthRequest, type Grant } from './grants';
import { CONSENTED_SCOPES, PORTAL_CLIENT_ID, registeredOrigin, registeredRedirect } from './registration';

/**
 * The local tenant as an OpenID Connect authority that `@azure/msal-browser` signs in against,
 * shaped like Entra ID's v2.0 endpoints at `/<tenant id>/…`: discovery, keys, authorize (the
 * persona page is its sign-in screen), token (authorization code with PKCE, refresh), logout.
 *
 * Conditional access is the tenant's: a sign-in without two factors gets no code and no token
 * (AADSTS50076), and the APIs refuse any token without "mfa" in `amr` (tokens.ts).
 */
export const AUTHORITY_PATH = `/${LOCAL_TENANT_ID}`;
/** Entra ID's browser session cookie. */
const SESSION_COOKIE = 'ESTSAUTH';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_RESOURCES = new Set<string>(AUDIENCES.graph);

export interface AuthorityOptions {
  directory: Directory;
  tokens: TokenService;
  /** The tenant's own origins (http and https): the registration's redirect URIs and SharePoint's resource. */
  origins(): string[];
  /** Access and ID token lifetime; tests shorten it to see silent renewal. */
  accessTokenLifetimeS: number;
  now?: () => number;
}

export class Authority {
  readonly grants: Grants;
  private readonly now: () => number;

  constructor(private readonly o: AuthorityOptions) {
    this.now = o.now ?? Date.now;
    this.grants = new Grants(this.now);
  }

  /** Requests under `/<tenant id>/`. */
  handle(req: TenantRequest, origin: string): TenantResponse {
    const p = req.url.pathname.slice(AUTHORITY_PATH.length);
    if (req.method === 'GET' && p === '/v2.0/.well-known/openid-configuration') return this.discovery(origin);
    if (req.method === 'GET' && p === '/discovery/v2.0/keys')
      return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: this.o.tokens.jwks };
    if (req.method === 'GET' && p === '/oauth2/v2.0/authorize') return this.authorize(req);
    if (p === '/oauth2/v2.0/token') {
      if (req.method === 'OPTIONS') return { status: 204, headers: this.cors(req, { 'access-control-allow-methods': 'POST' }) };
      if (req.method === 'POST') return this.token(req);
    }
    if (req.method === 'GET' && p === '/oauth2/v2.0/logout') return this.logout(req);
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  }

  private discovery(origin: string): TenantResponse {
    const base = `${origin}${AUTHORITY_PATH}`;
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body: {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['none'],
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        // Entra ID's issuer string, as in the tokens (it does not depend on the port)
        issuer: ISSUER,
        request_uri_parameter_supported: false,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        claims_parameter_supported: true,
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'name', 'nonce', 'oid', 'preferred_username', 'tid', 'ver', 'acrs'],
        tenant_region_scope: 'EU',
        cloud_instance_name: 'microsoftonline.com',
        msgraph_host: 'graph.microsoft.com',
      },
    };
  }

  private authorize(req: TenantRequest): TenantResponse {
    const q = req.url.searchParams;
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    // never redirect to a URI the registration does not list: show the error here instead
    if (clientId !== PORTAL_CLIENT_ID) return errorPage(aadsts.unknownClient(clientId));
    if (!registeredRedirect(clientId, redirectUri, this.o.origins())) return errorPage(aadsts.redirectMismatch());
    const mode = q.get('response_mode') === 'query' ? 'query' : 'fragment';
    const state = q.get('state');
    if (q.get('response_type') !== 'code') return redirectError(redirectUri, mode, state, aadsts.responseType());
    const challenge = q.get('code_challenge');
    if (!challenge || q.get('code_challenge_method') !== 'S256') return redirectError(redirectUri, mode, state, aadsts.pkceRequired());
    const request: AuthRequest = {
      clientId,
      redirectUri,
      responseMode: mode,
      state,
      nonce: q.get('nonce'),
      codeChallenge: challenge,
      scopes: (q.get('scope') ?? '').split(/\s+/).filter(Boolean),
      acrs: requestedAcrs(q.get('claims')),
    };
    const prompt = q.get('prompt');
    const session = this.grants.session(cookieValue(req.headers.cookie, SESSION_COOKIE));
    // a fresh sign-in is needed when asked for, or for an authentication context the session has not satisfied
    const fresh = prompt === 'login' || prompt === 'select_account' || request.acrs.some((a) => !session?.acrs.includes(a));
    if (session && !fresh) return this.complete(session.userId, request, session, req);
    if (prompt === 'none') return redirectError(redirectUri, mode, state, session ? aadsts.mfaRequired() : aadsts.loginRequired());
    const page = `/_local/login?flow=${encodeURIComponent(this.grants.park(request))}`;
    // A step-up runs in MSAL's popup, which takes any page of the app's own origin for the answer and
    // closes it: Entra ID's sign-in is on another origin, so the local one shows its page on the other
    // loopback name (the certificate covers both).
    return redirect(request.acrs.length ? `${otherLoopback(req.url)}${page}` : page);
  }

  /**
   * The persona page's choice: a sign-in with the person's methods now (two factors for
   * everyone but the persona without them). With `flow`, back to the app with a code; without,
   * a browser session only, then `returnUrl` (scripts and tests for people not on the page).
   */
  signIn(user: DirectoryUser, flow: string | null, returnUrl: string, req: TenantRequest): TenantResponse {
    if (flow !== null && !user.mfa) {
      // conditional access stops a one-factor sign-in here: no session is kept for it
      const request = this.grants.takeFlow(flow);
      return request ? redirectError(request.redirectUri, request.responseMode, request.state, aadsts.mfaRequired()) : expiredPage();
    }
    const sid = this.grants.startSession({
      userId: user.id,
      authTime: Math.floor(this.now() / 1000),
      amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
      acrs: flow ? (this.grants.flow(flow)?.acrs ?? []) : [],
    });
    const session = this.grants.session(sid)!;
    if (flow === null) return redirect(returnUrl, this.sessionCookies(user, sid, req));
    const request = this.grants.takeFlow(flow);
    if (!request) return expiredPage();
    return this.complete(user.id, request, session, req);
  }

  private complete(userId: string, request: AuthRequest, session: Omit<Grant, 'clientId'>, req: TenantRequest): TenantResponse {
    const user = this.o.directory.userById(userId);
    const back = (e: AuthorityError) => redirectError(request.redirectUri, request.responseMode, request.state, e);
    if (!user || !user.accountEnabled) return back(aadsts.disabled());
    // conditional access: no second factor, no code (the session keeps the first factor only)
    if (!session.amr.includes('mfa')) return back(aadsts.mfaRequired());
    const code = this.grants.issueCode({ ...session, clientId: request.clientId }, request);
    const p = new URLSearchParams({ code, client_info: clientInfo(user), session_state: sessionState(session.sid) });
    if (request.state !== null) p.set('state', request.state);
    return redirect(withParams(request.redirectUri, request.responseMode, p), this.sessionCookies(user, session.sid, req));
  }

  private token(req: TenantRequest): TenantResponse {
    const cors = this.cors(req);
    const fail = (e: AuthorityError) => tokenError(e, cors);
    if (!/^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) return fail(aadsts.badRequest('grant_type'));
    const form = new URLSearchParams(req.body.toString('utf8'));
    const clientId = form.get('client_id') ?? '';
    if (clientId !== PORTAL_CLIENT_ID) return fail(aadsts.unknownClient(clientId));
    let grant: Grant;
    let scopes: string[];
    let nonce: string | null = null;
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = this.grants.redeem(form.get('code') ?? '');
      if (!code || code.grant.clientId !== clientId) return fail(aadsts.badCode());
      if (form.get('redirect_uri') !== code.request.redirectUri) return fail(aadsts.redirectMismatch());
      const verifier = form.get('code_verifier');
      if (!verifier) return fail(aadsts.pkceRequired());
      if (!pkceMatches(verifier, code.request.codeChallenge)) return fail(aadsts.pkceMismatch());
      grant = code.grant;
      scopes = splitScopes(form.get('scope')) ?? code.request.scopes;
      nonce = code.request.nonce;
    } else if (grantType === 'refresh_token') {
      const found = this.grants.refreshGrant(form.get('refresh_token') ?? '', clientId);
      if (!found) return fail(aadsts.badRefreshToken());
      grant = found;
      scopes = splitScopes(form.get('scope')) ?? ['openid', 'profile', 'offline_access'];
    } else return fail(aadsts.badGrantType());

    const user = this.o.directory.userById(grant.userId);
    if (!user || !user.accountEnabled) return fail(aadsts.disabled());
    if (!grant.amr.includes('mfa')) return fail(aadsts.mfaRequired());
    const resource = resourceOf(scopes, this.o.origins());
    if (!resource) return fail(aadsts.manyResources());

    const lifetime = this.o.accessTokenLifetimeS;
    const access = this.o.tokens.issue(user, {
      resource: resource.api,
      lifetimeS: lifetime,
      appid: clientId,
      scp: resource.scp,
      amr: grant.amr,
      acrs: grant.acrs,
      nowMs: this.now(),
    });
    const body: Record<string, unknown> = {
      token_type: 'Bearer',
      // the scopes as asked (MSAL keys its cache on them)
      scope: scopes.filter((s) => s !== 'offline_access').join(' '),
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: access.token,
      client_info: clientInfo(user),
    };
    if (scopes.includes('openid')) body.id_token = this.idToken(user, grant, nonce);
    if (scopes.includes('offline_access')) {
      body.refresh_token = this.grants.issueRefresh(grant);
      body.refresh_token_expires_in = REFRESH_LIFETIME_S;
    }
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...cors },
      body,
    };
  }

  /** A v2.0 ID token as Entra ID issues it: no `amr` (v1.0 only), `acrs` when a context was satisfied. */
  private idToken(user: DirectoryUser, grant: Grant, nonce: string | null): string {
    const iat = Math.floor(this.now() / 1000);
    return this.o.tokens.sign({
      aud: grant.clientId,
      iss: ISSUER,
      iat,
      nbf: iat,
      exp: iat + this.o.accessTokenLifetimeS,
      name: user.displayName,
      ...(nonce ? { nonce } : {}),
      oid: user.id,
      preferred_username: user.userPrincipalName,
      // pairwise subject: per application, as Entra ID's
      sub: createHash('sha256').update(`${user.id}:${grant.clientId}`).digest('base64url').slice(0, 43),
      tid: LOCAL_TENANT_ID,
      ...(grant.acrs.length ? { acrs: grant.acrs } : {}),
      sid: sessionState(grant.sid),
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
      ver: '2.0',
    });
  }

  /** Ends the browser's session (and its refresh tokens). */
  endSession(req: TenantRequest): void {
    this.grants.endSession(cookieValue(req.headers.cookie, SESSION_COOKIE));
  }

  clearedCookies(): string[] {
    return [`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`];
  }

  private logout(req: TenantRequest): TenantResponse {
    this.endSession(req);
    const cleared = [...this.clearedCookies(), clearedFileCookie()];
    const post = req.url.searchParams.get('post_logout_redirect_uri');
    if (post && registeredRedirect(PORTAL_CLIENT_ID, post, this.o.origins())) return redirect(post, cleared);
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      cookies: cleared,
      body: signedOutPage(),
    };
  }

  private sessionCookies(user: DirectoryUser, sid: string, req: TenantRequest): string[] {
    const secure = req.url.protocol === 'https:' ? '; Secure' : '';
    // the file session (SharePoint's FedAuth) goes with the sign-in: document links open in the browser
    const file = this.o.tokens.issue(user, {
      resource: 'sharepoint',
      lifetimeS: SESSION_LIFETIME_S,
      amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
    });
    return [
      `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_LIFETIME_S}${secure}`,
      fileSessionCookie(file.token, SESSION_LIFETIME_S),
    ];
  }

  private cors(req: TenantRequest, extra: Record<string, string> = {}): Record<string, string> {
    const origin = req.headers.origin;
    return registeredOrigin(origin, this.o.origins()) ? { 'access-control-allow-origin': origin!, vary: 'Origin', ...extra } : {};
  }
}

function splitScopes(raw: string | null): string[] | null {
  const s = (raw ?? '').split(/\s+/).filter(Boolean);
  return s.length ? s : null;
}

/**
 * The one resource a token request is for (Entra ID issues a token per resource): Graph for bare
 * names and Graph's URI, SharePoint for the tenant's own origin or SharePoint's application id.
 */
export function resourceOf(scopes: string[], origins: readonly string[]): { api: Api; scp: string } | null {
  const named = scopes.filter((s) => !OIDC_SCOPES.has(s));
  let api: Api | null = null;
  const names: string[] = [];
  for (const s of named) {
    const cut = s.lastIndexOf('/');
    const res = cut > 0 ? s.slice(0, cut) : 'https://graph.microsoft.com';
    const which: Api | null = GRAPH_RESOURCES.has(res)
      ? 'graph'
      : origins.includes(res) || res === AUDIENCES.sharepoint[0]
        ? 'sharepoint'
        : null;
    if (!which || (api && api !== which)) return null;
    api = which;
    names.push(cut > 0 ? s.slice(cut + 1) : s);
  }
  const chosen: Api = api ?? 'graph';
  const scp = names.length === 0 ? 'User.Read' : names.includes('.default') ? CONSENTED_SCOPES[chosen] : names.join(' ');
  return { api: chosen, scp };
}

/** The authentication contexts a `claims` request asks for: `{"access_token":{"acrs":{"essential":true,"value":"c1"}}}`. */
export function requestedAcrs(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const acrs = (JSON.parse(raw) as { access_token?: { acrs?: { value?: unknown; values?: unknown } } })?.access_token?.acrs;
    const values = [acrs?.value, ...(Array.isArray(acrs?.values) ? acrs.values : [])];
    return values.filter((v): v is string => typeof v === 'string' && /^c([1-9]|[1-9][0-9])$/.test(v));
  } catch {
    return [];
  }
}

function clientInfo(user: DirectoryUser): string {
  return Buffer.from(JSON.stringify({ uid: user.id, utid: LOCAL_TENANT_ID })).toString('base64url');
}

function sessionState(sid: string): string {
  return createHash('sha256').update(sid).digest('hex').slice(0, 36);
}

function page(status: number, title: string, text: string): TenantResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${text}</main></body></html>`,
  };
}

function errorPage(e: AuthorityError): TenantResponse {
  return page(
    400,
    'Inloggningen kunde inte göras',
    `<p>Appen bad om en inloggning som inte är tillåten.</p><p lang="en"><code>AADSTS${e.code}: ${esc(e.description)}</code></p>`,
  );
}

function expiredPage(): TenantResponse {
  return page(400, 'Inloggningen har gått ut', '<p>Det tog för lång tid, eller så användes länken redan. <a href="/">Börja om</a>.</p>');
}

function signedOutPage(): string {
  return page(200, 'Du har loggat ut', '<p><a href="/">Logga in igen</a></p>').body as string;
}

/** The same port on the other loopback name (localhost ↔ 127.0.0.1); '' (this origin) for any other host. */
export function otherLoopback(url: URL): string {
  const other = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : null;
  return other ? `${url.protocol}//${other}${url.port ? `:${url.port}` : ''}` : '';
}

/**
 * The `/_local/*` endpoints: sign-in (stands in for Entra ID), tokens for scripts and tests,
 * personas, and — only when the tenant runs for tests — fault injection and the request log.
 */
import type { Authority } from './authority/authority';
import type { Directory } from './directory';
import type { Faults, FaultRule } from './faults';
import type { TenantRequest, TenantResponse } from './http';
import { loginPage, safeReturnUrl } from './login';
import { clearedSessionCookie } from './sessionCookie';
import type { RequestLog } from './requestLog';
import type { TokenService } from './tokens';

export interface ControlDeps {
  directory: Directory;
  tokens: TokenService;
  authority: Authority;
  faults: Faults;
  requests: RequestLog;
  /** Fault injection and the request log answer only then (a browser page must not reach them otherwise). */
  testMode: boolean;
}

const jsonError = (status: number, error: string, description: string): TenantResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: { error, error_description: description },
});
const notFound = (): TenantResponse => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' });

/** A body-carrying control request must say it is JSON: a cross-site form post (text/plain) cannot. */
function isJson(req: TenantRequest): boolean {
  return /^application\/json(\s*;|$)/i.test(req.headers['content-type'] ?? '');
}

export function controlRequest(req: TenantRequest, d: ControlDeps): TenantResponse {
  const p = req.url.pathname;
  if (req.body.length > 0 && !isJson(req))
    return jsonError(415, 'unsupported_media_type', 'The local control endpoints accept application/json bodies only.');
  if (p === '/_local/login' && req.method === 'GET') {
    // the authority's sign-in screen (`flow` is its parked authorize request), or a plain sign-in to `returnUrl`
    const flow = req.url.searchParams.get('flow');
    const request = flow ? d.authority.grants.flow(flow) : null;
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      body: loginPage(d.directory.personas(), {
        flow: request ? flow : null,
        returnUrl: safeReturnUrl(req.url.searchParams.get('returnUrl')),
        stepUp: (request?.acrs.length ?? 0) > 0,
      }),
    };
  }
  if (p === '/_local/login/complete' && req.method === 'GET') {
    const user = d.directory.userByUpn(req.url.searchParams.get('user') ?? '');
    if (!user) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Okänd användare.' };
    return d.authority.signIn(user, req.url.searchParams.get('flow'), safeReturnUrl(req.url.searchParams.get('returnUrl')), req);
  }
  if (p === '/_local/logout' && req.method === 'GET') {
    // sign-out ends the authority's session and the file session; back to where the caller asks (same origin only)
    d.authority.endSession(req);
    return {
      status: 302,
      headers: { location: safeReturnUrl(req.url.searchParams.get('returnUrl')), 'cache-control': 'no-store' },
      cookies: [clearedSessionCookie(), ...d.authority.clearedCookies()],
    };
  }
  if (p === '/_local/token' && req.method === 'GET') {
    const user = d.directory.userByUpn(req.url.searchParams.get('user') ?? '');
    if (!user) return jsonError(404, 'invalid_user', 'No such user in the local tenant.');
    const resource = req.url.searchParams.get('resource');
    if (resource !== null && resource !== 'sharepoint' && resource !== 'graph')
      return jsonError(400, 'invalid_resource', "resource must be 'sharepoint' or 'graph' (or absent for a token both accept).");
    const { token, claims } = d.tokens.issue(user, { resource: resource ?? undefined });
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: { token_type: 'Bearer', access_token: token, id_token: token, expires_in: claims.exp - claims.iat },
    };
  }
  if (p === '/_local/personas' && req.method === 'GET') {
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: d.directory.personas().map((u) => ({ upn: u.userPrincipalName, displayName: u.displayName, persona: u.persona })),
    };
  }
  if (!d.testMode) return notFound();
  if (p === '/_local/faults') {
    if (req.method === 'DELETE') {
      d.faults.clear();
      return { status: 204 };
    }
    if (req.method === 'POST') {
      if (!isJson(req)) return jsonError(415, 'unsupported_media_type', 'A fault is posted as application/json.');
      try {
        d.faults.add(JSON.parse(req.body.toString('utf8')) as FaultRule);
        return { status: 201 };
      } catch (e) {
        return jsonError(400, 'invalid_fault', e instanceof SyntaxError ? 'The body is not valid JSON.' : (e as Error).message);
      }
    }
  }
  if (p === '/_local/requests' && req.method === 'GET') {
    const since = Number(req.url.searchParams.get('since') ?? '0');
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { last: d.requests.last(), requests: d.requests.since(since, req.url.searchParams.get('user') ?? undefined) },
    };
  }
  return notFound();
}

/** What `/_local/login` shows while the data is not ready yet. */
export const STARTING_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>Startar – lokal Microsoft 365-miljö</title></head>
<body><main><h1>Startar…</h1><p>Den lokala miljön förbereder sina data. Försök igen om en liten stund (sidan laddas om av sig själv).</p>
<p lang="en">The local tenant is starting; try again in a moment.</p></main></body></html>`;

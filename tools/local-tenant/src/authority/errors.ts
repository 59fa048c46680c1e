import { randomUUID } from 'crypto';
import type { TenantResponse } from '../http';

/**
 * Entra ID's error shapes: the token endpoint answers JSON with `error`, an `error_description`
 * starting with the AADSTS code, and `error_codes`; the authorize endpoint redirects back with
 * `error` and `error_description` (or shows a page when it cannot trust the redirect URI).
 */
export interface AuthorityError {
  error: string;
  /** The AADSTS number, e.g. 50076 (multi-factor authentication required). */
  code: number;
  description: string;
}

export const aadsts = {
  mfaRequired: (resource = 'the portal'): AuthorityError => ({
    error: 'interaction_required',
    code: 50076,
    description: `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resource}'.`,
  }),
  loginRequired: (): AuthorityError => ({
    error: 'login_required',
    code: 50058,
    description: 'A silent sign-in request was sent but no user is signed in.',
  }),
  unknownClient: (id: string): AuthorityError => ({
    error: 'unauthorized_client',
    code: 700016,
    description: `Application with identifier '${id}' was not found in the directory.`,
  }),
  redirectMismatch: (): AuthorityError => ({
    error: 'invalid_request',
    code: 50011,
    description: 'The redirect URI specified in the request does not match the redirect URIs configured for the application.',
  }),
  pkceRequired: (): AuthorityError => ({
    error: 'invalid_request',
    code: 9002325,
    description: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  }),
  pkceMismatch: (): AuthorityError => ({
    error: 'invalid_grant',
    code: 501481,
    description: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  badCode: (): AuthorityError => ({
    error: 'invalid_grant',
    code: 70008,
    description: 'The provided authorization code or refresh token has expired or was already redeemed.',
  }),
  badRefreshToken: (): AuthorityError => ({
    error: 'invalid_grant',
    code: 700084,
    description: 'The refresh token was issued to a single page app (SPA), and has expired or been revoked.',
  }),
  badRequest: (what: string): AuthorityError => ({
    error: 'invalid_request',
    code: 900144,
    description: `The request body must contain the following parameter: '${what}'.`,
  }),
  badGrantType: (): AuthorityError => ({
    error: 'unsupported_grant_type',
    code: 70003,
    description: 'The app requested an unsupported grant type.',
  }),
  responseType: (): AuthorityError => ({
    error: 'unsupported_response_type',
    code: 700054,
    description: "response_type must be 'code' for this application.",
  }),
  manyResources: (): AuthorityError => ({
    error: 'invalid_scope',
    code: 28000,
    description: 'Provided value for the input parameter scope is not valid because it contains more than one resource.',
  }),
  disabled: (): AuthorityError => ({ error: 'invalid_grant', code: 50057, description: 'The user account is disabled.' }),
};

function described(e: AuthorityError): string {
  return `AADSTS${e.code}: ${e.description}\r\nTrace ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`;
}

/** The token endpoint's JSON error (400, or 401 for a client it does not know). */
export function tokenError(e: AuthorityError, headers: Record<string, string> = {}): TenantResponse {
  return {
    status: e.error === 'unauthorized_client' ? 401 : 400,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: {
      error: e.error,
      error_description: described(e),
      error_codes: [e.code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
    },
  };
}

/** Back to the app's redirect URI with the error in the fragment or query, as MSAL reads it. */
export function redirectError(redirectUri: string, mode: 'fragment' | 'query', state: string | null, e: AuthorityError): TenantResponse {
  const p = new URLSearchParams({ error: e.error, error_description: described(e), error_codes: String(e.code) });
  if (state !== null) p.set('state', state);
  return redirect(withParams(redirectUri, mode, p));
}

export function withParams(uri: string, mode: 'fragment' | 'query', p: URLSearchParams): string {
  return mode === 'query' ? `${uri}${uri.includes('?') ? '&' : '?'}${p}` : `${uri}#${p}`;
}

export function redirect(location: string, cookies: string[] = []): TenantResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, cookies };
}

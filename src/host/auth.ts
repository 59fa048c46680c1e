/**
 * Sign-in state of the standalone host, as pure functions over strings and times, so they
 * are testable without a browser. The host never verifies signatures: the server does that
 * on every request. It only reads the claims to decide whether to show the portal at all.
 */

export interface TokenSet {
  accessToken: string;
  idToken: string;
}

/** The claims the host reads (a subset of an Entra ID token's). */
export interface IdClaims {
  oid?: string;
  upn?: string;
  name?: string;
  /** Authentication methods; contains "mfa" when two factors were used. */
  amr?: string[];
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/** Tokens from a sign-in redirect's fragment (`#access_token=…&id_token=…&token_type=Bearer`), if any. */
export function tokensFromHash(hash: string): TokenSet | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const accessToken = params.get('access_token');
  if (!accessToken) return null;
  return { accessToken, idToken: params.get('id_token') || accessToken };
}

/** The payload of a JWT, or null when it is not one. */
export function decodeJwt(token: string): IdClaims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    // The payload is UTF-8 (names hold å, ä, ö); atob gives bytes, percent-decoding makes them text.
    const json = decodeURIComponent(Array.from(atob(b64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    const claims = JSON.parse(json) as unknown;
    return claims && typeof claims === 'object' ? (claims as IdClaims) : null;
  } catch {
    return null;
  }
}

/** Expired, or expiring within `skewSeconds` (a request started now must not fail half-way). */
export function isExpired(claims: IdClaims, nowMs: number, skewSeconds = 60): boolean {
  return typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs + skewSeconds * 1000;
}

/** DESIGN §4: a sign-in without two factors is refused. */
export function hasMfa(claims: IdClaims): boolean {
  return Array.isArray(claims.amr) && claims.amr.includes('mfa');
}

/** The local tenant's sign-in page, returning to a same-origin path. */
export function loginUrl(returnPath: string): string {
  return `/_local/login?returnUrl=${encodeURIComponent(returnPath || '/')}`;
}

/** Sign-out: the tenant clears the browser's file session (its FedAuth cookie), then the sign-in page. */
export function logoutUrl(returnPath: string): string {
  return `/_local/logout?returnUrl=${encodeURIComponent(loginUrl(returnPath))}`;
}

export type SignInState =
  { kind: 'signedIn'; tokens: TokenSet; claims: IdClaims } | { kind: 'refused'; claims: IdClaims } | { kind: 'signIn' };

/** What to do with the tokens at hand: use them, refuse them (no two-factor), or sign in again. */
export function signInState(tokens: TokenSet | null, nowMs: number): SignInState {
  if (!tokens) return { kind: 'signIn' };
  const claims = decodeJwt(tokens.idToken) ?? decodeJwt(tokens.accessToken);
  if (!claims || isExpired(claims, nowMs)) return { kind: 'signIn' };
  if (!hasMfa(claims)) return { kind: 'refused', claims };
  return { kind: 'signedIn', tokens, claims };
}

/**
 * The browser session for opening files, as SharePoint's FedAuth cookie: a browser following a
 * document link sends no bearer token. The cookie holds a SharePoint-only token (signed, expiring
 * with the sign-in token), is HttpOnly and SameSite=Lax, and is honoured only for GET/HEAD of
 * files — never for `/_api` or Graph, so a cross-site page cannot make it write anything.
 */
import { SITE_PATH } from './context';

export const SESSION_COOKIE = 'FedAuth';

export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** Whether a request may be authenticated by the cookie: reading a file of the site, nothing else. */
export function cookieMayAuthenticate(method: string, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const lp = pathname.toLowerCase();
  if (!lp.startsWith(SITE_PATH + '/')) return false;
  return !/^\/_(api|vti_bin|layouts)(\/|$)/.test(lp.slice(SITE_PATH.length));
}

/** The value of cookie `name` in a `Cookie` header, if any. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** The token in the session cookie of a `Cookie` header, if any. */
export function cookieToken(cookieHeader: string | undefined): string | null {
  return cookieValue(cookieHeader, SESSION_COOKIE);
}

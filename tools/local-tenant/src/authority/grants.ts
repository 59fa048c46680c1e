import { createHash, randomBytes, timingSafeEqual } from 'crypto';

/**
 * What the authority remembers between requests, in memory (a restart signs everyone out, as a
 * revoked session would): sign-in requests waiting for the persona page, single-use codes,
 * refresh tokens and browser sessions (Entra ID's ESTSAUTH cookie).
 */

/** A sign-in: who, when, with which methods, which authentication contexts it satisfied. */
export interface Grant {
  userId: string;
  clientId: string;
  /** Seconds since the epoch. */
  authTime: number;
  amr: string[];
  acrs: string[];
  /** The browser session it belongs to (sign-out revokes its refresh tokens). */
  sid: string;
}

/** An authorize request, parked while the person chooses who they are. */
export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  responseMode: 'fragment' | 'query';
  state: string | null;
  nonce: string | null;
  codeChallenge: string;
  scopes: string[];
  /** Authentication contexts the claims request asks for (step-up). */
  acrs: string[];
}

interface Code {
  grant: Grant;
  request: AuthRequest;
  expiresAt: number;
}

/** Entra ID's limits: codes live 10 minutes, SPA refresh tokens 24 hours. */
const CODE_LIFETIME_MS = 10 * 60_000;
const FLOW_LIFETIME_MS = 30 * 60_000;
export const REFRESH_LIFETIME_S = 24 * 3600;
export const SESSION_LIFETIME_S = 24 * 3600;

const opaque = (): string => randomBytes(32).toString('base64url');

export class Grants {
  private readonly flows = new Map<string, { request: AuthRequest; expiresAt: number }>();
  private readonly codes = new Map<string, Code>();
  private readonly refresh = new Map<string, { grant: Grant; expiresAt: number }>();
  private readonly sessions = new Map<string, { grant: Omit<Grant, 'clientId' | 'sid'>; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  park(request: AuthRequest): string {
    this.sweep();
    const id = opaque();
    this.flows.set(id, { request, expiresAt: this.now() + FLOW_LIFETIME_MS });
    return id;
  }

  /** The parked request, once: a persona link followed twice does not sign in twice. */
  takeFlow(id: string): AuthRequest | null {
    const f = this.flows.get(id);
    this.flows.delete(id);
    return f && f.expiresAt > this.now() ? f.request : null;
  }

  /** Peeks at a parked request (the persona page shows it), without taking it. */
  flow(id: string): AuthRequest | null {
    const f = this.flows.get(id);
    return f && f.expiresAt > this.now() ? f.request : null;
  }

  startSession(grant: Omit<Grant, 'clientId' | 'sid'>): string {
    const sid = opaque();
    this.sessions.set(sid, { grant, expiresAt: this.now() + SESSION_LIFETIME_S * 1000 });
    return sid;
  }

  session(sid: string | null): (Omit<Grant, 'clientId' | 'sid'> & { sid: string }) | null {
    if (!sid) return null;
    const s = this.sessions.get(sid);
    return s && s.expiresAt > this.now() ? { ...s.grant, sid } : null;
  }

  /** Sign-out: the session and every refresh token issued in it. */
  endSession(sid: string | null): void {
    if (!sid) return;
    this.sessions.delete(sid);
    for (const [k, r] of this.refresh) if (r.grant.sid === sid) this.refresh.delete(k);
  }

  issueCode(grant: Grant, request: AuthRequest): string {
    const code = opaque();
    this.codes.set(code, { grant, request, expiresAt: this.now() + CODE_LIFETIME_MS });
    return code;
  }

  /** A code is redeemed once (a replay gets nothing), by the client and redirect URI it was issued to. */
  redeem(code: string): Code | null {
    const c = this.codes.get(code);
    this.codes.delete(code);
    return c && c.expiresAt > this.now() ? c : null;
  }

  issueRefresh(grant: Grant): string {
    const token = opaque();
    this.refresh.set(token, { grant, expiresAt: this.now() + REFRESH_LIFETIME_S * 1000 });
    return token;
  }

  /**
   * The grant of a refresh token of this client. Each use returns a new one, but, as in Entra ID,
   * the old one stays valid until it expires or the session ends: MSAL renews the SharePoint and
   * the Graph token at the same moment with the same refresh token.
   */
  refreshGrant(token: string, clientId: string): Grant | null {
    const r = this.refresh.get(token);
    if (!r || r.grant.clientId !== clientId || r.expiresAt <= this.now()) return null;
    return this.session(r.grant.sid) ? r.grant : null;
  }

  private sweep(): void {
    const t = this.now();
    for (const [k, f] of this.flows) if (f.expiresAt <= t) this.flows.delete(k);
    for (const [k, c] of this.codes) if (c.expiresAt <= t) this.codes.delete(k);
  }
}

/** PKCE S256: BASE64URL(SHA256(verifier)) equals the challenge (RFC 7636 §4.6), compared in constant time. */
export function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const given = Buffer.from(challenge);
  return computed.length === given.length && timingSafeEqual(computed, given);
}

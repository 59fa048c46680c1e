import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { getMeta, setMeta, type Db } from './db';
import type { DirectoryUser } from './directory';

/** Claims of the MSAL-shaped tokens the local tenant issues (a subset of Entra ID's). */
export interface TokenClaims {
  /** One audience, or both APIs' for the portal's sign-in token (see `issue`). */
  aud: string | string[];
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string;
  oid: string;
  upn: string;
  preferred_username: string;
  name: string;
  /** Authentication methods; "mfa" present when two factors were used. */
  amr: string[];
  scp: string;
  ver: '2.0';
}

export const LOCAL_TENANT_ID = '6b1f0c3e-0000-4000-8000-0000000a0b0c';
const LIFETIME_S = 8 * 3600;
/** Entra ID's v2.0 issuer for the tenant; independent of the port, so tokens survive a restart elsewhere. */
export const ISSUER = `https://login.microsoftonline.com/${LOCAL_TENANT_ID}/v2.0`;
/** Microsoft.IdentityModel's default clock skew, which Entra ID-protected APIs apply. */
const CLOCK_SKEW_S = 5 * 60;

/** The audiences each API accepts: its resource URI and its application id. */
export const AUDIENCES = {
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000'],
  graph: ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'],
} as const;
export type Api = keyof typeof AUDIENCES;

/**
 * Signs and checks JWTs (HS256 with a secret kept in the tenant's database, so tokens stay
 * valid across restarts and a reset invalidates them). Shaped like Entra ID tokens so the
 * host's code reads the same claims it reads from MSAL.
 */
export class TokenService {
  private readonly secret: Buffer;

  constructor(db: Db) {
    let s = getMeta(db, 'token_secret');
    if (!s) {
      s = randomBytes(32).toString('base64');
      setMeta(db, 'token_secret', s);
    }
    this.secret = Buffer.from(s, 'base64');
  }

  /**
   * A token for one API (`resource`), or — the default, what sign-in and the portal use — one
   * token carrying both APIs' audiences: the standalone host sends the same bearer token to
   * SharePoint and Graph (src/data/hosts/standalone.ts), where Entra ID would issue two.
   */
  issue(
    user: DirectoryUser,
    opts: { resource?: Api; nowMs?: number; claims?: Partial<TokenClaims> } = {},
  ): { token: string; claims: TokenClaims } {
    const iat = Math.floor((opts.nowMs ?? Date.now()) / 1000);
    const aud =
      opts.resource === 'sharepoint'
        ? AUDIENCES.sharepoint[0]
        : opts.resource === 'graph'
          ? AUDIENCES.graph[0]
          : [AUDIENCES.sharepoint[0], AUDIENCES.graph[0]];
    const claims: TokenClaims = {
      aud,
      iss: ISSUER,
      iat,
      nbf: iat,
      exp: iat + LIFETIME_S,
      tid: LOCAL_TENANT_ID,
      oid: user.id,
      upn: user.userPrincipalName,
      preferred_username: user.userPrincipalName,
      name: user.displayName,
      amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
      scp: 'AllSites.Manage Calendars.Read Group.Read.All Mail.Read Mail.Read.Shared User.Read User.ReadBasic.All',
      ver: '2.0',
      // tests forge claims (a wrong audience, a future nbf) on a validly signed token
      ...opts.claims,
    };
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(JSON.stringify(claims));
    const sig = b64url(createHmac('sha256', this.secret).update(`${header}.${payload}`).digest());
    return { token: `${header}.${payload}.${sig}`, claims };
  }

  /**
   * Returns the claims of a token `api` accepts, or why not: signature, issuer, audience, and
   * lifetime (iat/nbf not in the future, exp not past) with Entra ID's 5-minute clock skew.
   */
  verify(token: string, api: Api, nowMs: number = Date.now()): { ok: true; claims: TokenClaims } | { ok: false; reason: string } {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'Malformed token.' };
    const expected = createHmac('sha256', this.secret).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'Invalid signature.' };
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return { ok: false, reason: 'Malformed token.' };
    }
    const now = nowMs / 1000;
    if (!claims || typeof claims !== 'object') return { ok: false, reason: 'Malformed token.' };
    if (claims.iss !== ISSUER)
      return { ok: false, reason: `Issuer validation failed: '${String(claims.iss)}' is not the tenant's issuer.` };
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => (AUDIENCES[api] as readonly unknown[]).includes(a)))
      return { ok: false, reason: 'Audience validation failed: the token is not for this API.' };
    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_S < now)
      return { ok: false, reason: 'Lifetime validation failed, the token is expired.' };
    if (typeof claims.nbf !== 'number' || claims.nbf - CLOCK_SKEW_S > now)
      return { ok: false, reason: 'Lifetime validation failed, the token is not yet valid (nbf).' };
    if (typeof claims.iat !== 'number' || claims.iat - CLOCK_SKEW_S > now)
      return { ok: false, reason: 'Lifetime validation failed, the token was issued in the future (iat).' };
    return { ok: true, claims };
  }
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

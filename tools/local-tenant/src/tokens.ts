import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { getMeta, setMeta, type Db } from './db';
import type { DirectoryUser } from './directory';

/** Claims of the MSAL-shaped tokens the local tenant issues (a subset of Entra ID's). */
export interface TokenClaims {
  aud: string;
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

/**
 * Signs and checks JWTs (HS256 with a secret kept in the tenant's database, so tokens stay
 * valid across restarts and a reset invalidates them). Shaped like Entra ID tokens so the
 * host's code reads the same claims it reads from MSAL.
 */
export class TokenService {
  private readonly secret: Buffer;

  constructor(db: Db, private readonly issuer: () => string) {
    let s = getMeta(db, 'token_secret');
    if (!s) {
      s = randomBytes(32).toString('base64');
      setMeta(db, 'token_secret', s);
    }
    this.secret = Buffer.from(s, 'base64');
  }

  issue(user: DirectoryUser, nowMs: number = Date.now()): { token: string; claims: TokenClaims } {
    const iat = Math.floor(nowMs / 1000);
    const claims: TokenClaims = {
      aud: 'api://politikerportal.local',
      iss: this.issuer(),
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
    };
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(JSON.stringify(claims));
    const sig = b64url(createHmac('sha256', this.secret).update(`${header}.${payload}`).digest());
    return { token: `${header}.${payload}.${sig}`, claims };
  }

  /** Returns the claims of a valid, unexpired token, or a reason it is not accepted. */
  verify(token: string, nowMs: number = Date.now()): { ok: true; claims: TokenClaims } | { ok: false; reason: string } {
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
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < nowMs) return { ok: false, reason: 'Lifetime validation failed, the token is expired.' };
    return { ok: true, claims };
  }
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

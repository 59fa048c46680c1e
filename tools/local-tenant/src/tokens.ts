import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'crypto';
import { createLocalJWKSet, errors, jwtVerify, type JWK } from 'jose';
import { getMeta, setMeta, type Db } from './db';
import type { DirectoryUser } from './directory';
import { CONSENTED_SCOPES } from './authority/registration';

/**
 * Claims of the tokens the local tenant issues, shaped like Entra ID's. Access tokens for
 * SharePoint and Graph are v1.0 tokens (those APIs accept v1.0, so Entra ID issues v1.0 for
 * them, with `amr`); ID tokens are v2.0 (no `amr`: Entra ID does not put it there).
 */
export interface TokenClaims {
  /** One audience, or both APIs' for the dual-audience script token (see `issue`). */
  aud: string | string[];
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string;
  oid: string;
  upn: string;
  preferred_username?: string;
  unique_name?: string;
  name: string;
  /** Authentication methods; "mfa" present when two factors were used (v1.0 access tokens). */
  amr: string[];
  /** Conditional access authentication contexts the sign-in satisfied (e.g. "c1"), both versions. */
  acrs?: string[];
  scp: string;
  appid?: string;
  idtyp?: 'user';
  uti?: string;
  ver: '1.0' | '2.0';
}

export const LOCAL_TENANT_ID = '6b1f0c3e-0000-4000-8000-0000000a0b0c';
/** Lifetime of a `/_local/token` token (scripts and tests). */
const SCRIPT_LIFETIME_S = 8 * 3600;
/** Entra ID's v2.0 issuer for the tenant; independent of the port, so tokens survive a restart elsewhere. */
export const ISSUER = `https://login.microsoftonline.com/${LOCAL_TENANT_ID}/v2.0`;
/** The issuer of v1.0 access tokens (what SharePoint and Graph receive from Entra ID). */
export const V1_ISSUER = `https://sts.windows.net/${LOCAL_TENANT_ID}/`;
/** Microsoft.IdentityModel's default clock skew, which Entra ID-protected APIs apply. */
const CLOCK_SKEW_S = 5 * 60;
const SCRIPT_SCOPES = `${CONSENTED_SCOPES.sharepoint} ${CONSENTED_SCOPES.graph}`;

/** The audiences each API accepts: its resource URI and its application id. */
export const AUDIENCES = {
  sharepoint: ['00000003-0000-0ff1-ce00-000000000000'],
  graph: ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'],
} as const;
export type Api = keyof typeof AUDIENCES;

/** Why an API refuses a token (the reason goes into the API's 401). */
export type TokenRefusal = { ok: false; reason: string };

/**
 * Signs and checks RS256 JWTs with a key kept in the tenant's database (tokens stay valid across
 * restarts; a reset invalidates them) and published as a JWKS, as Entra ID's are. Signing uses
 * Node's crypto (synchronous, so scripts and the seeder get tokens without awaiting);
 * verification is `jose`'s, pinned to RS256 and the published key set.
 */
export class TokenService {
  private readonly privateKey: KeyObject;
  readonly kid: string;
  readonly jwks: { keys: JWK[] };
  private readonly keySet: ReturnType<typeof createLocalJWKSet>;

  constructor(db: Db) {
    let pem = getMeta(db, 'signing_key');
    if (!pem) {
      pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      setMeta(db, 'signing_key', pem);
    }
    this.privateKey = createPrivateKey(pem);
    const publicKey = createPublicKey(this.privateKey);
    // Entra ID's key ids are the certificate's SHA-1 thumbprint in base64url; ours is the key's
    this.kid = createHash('sha1')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64url');
    const jwk = publicKey.export({ format: 'jwk' }) as JWK;
    this.jwks = { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n: jwk.n, e: jwk.e, alg: 'RS256' }] };
    this.keySet = createLocalJWKSet(this.jwks);
  }

  /** Signs any claims with the tenant's key (the authority's ID and access tokens, and forged tests). */
  sign(claims: object): string {
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: this.kid }));
    const payload = b64url(JSON.stringify(claims));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), this.privateKey).toString('base64url');
    return `${header}.${payload}.${signature}`;
  }

  /**
   * An access token for one API (`resource`), or — the default, for scripts and tests — one token
   * carrying both APIs' audiences (Entra ID would issue two). v1.0 shape, `amr` from the user's
   * sign-in methods (the directory's `mfa` flag).
   */
  issue(
    user: DirectoryUser,
    opts: {
      resource?: Api;
      nowMs?: number;
      lifetimeS?: number;
      appid?: string;
      scp?: string;
      amr?: string[];
      acrs?: string[];
      claims?: Partial<TokenClaims>;
    } = {},
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
      iss: V1_ISSUER,
      iat,
      nbf: iat,
      exp: iat + (opts.lifetimeS ?? SCRIPT_LIFETIME_S),
      tid: LOCAL_TENANT_ID,
      oid: user.id,
      upn: user.userPrincipalName,
      unique_name: user.userPrincipalName,
      name: user.displayName,
      amr: opts.amr ?? (user.mfa ? ['pwd', 'mfa'] : ['pwd']),
      ...(opts.acrs?.length ? { acrs: opts.acrs } : {}),
      scp: opts.scp ?? SCRIPT_SCOPES,
      ...(opts.appid ? { appid: opts.appid } : {}),
      idtyp: 'user',
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
      ver: '1.0',
      // tests forge claims (a wrong audience, a future nbf) on a validly signed token
      ...opts.claims,
    };
    return { token: this.sign(claims), claims };
  }

  /**
   * Returns the claims of a token `api` accepts, or why not: RS256 signature by the published
   * key, issuer (v1.0 or v2.0 of this tenant), audience, lifetime (iat/nbf not in the future, exp
   * not past) with Entra ID's 5-minute clock skew — and two factors, which the tenant's
   * conditional access policy requires of every sign-in (DESIGN §4).
   */
  async verify(token: string, api: Api, nowMs: number = Date.now()): Promise<{ ok: true; claims: TokenClaims } | TokenRefusal> {
    let claims: TokenClaims;
    try {
      const result = await jwtVerify(token, this.keySet, {
        algorithms: ['RS256'],
        issuer: [V1_ISSUER, ISSUER],
        audience: [...AUDIENCES[api]],
        clockTolerance: CLOCK_SKEW_S,
        currentDate: new Date(nowMs),
        requiredClaims: ['exp', 'nbf', 'iat'],
      });
      claims = result.payload as unknown as TokenClaims;
    } catch (e) {
      return { ok: false, reason: refusalReason(e) };
    }
    if (claims.iat - CLOCK_SKEW_S > nowMs / 1000)
      return { ok: false, reason: 'Lifetime validation failed, the token was issued in the future (iat).' };
    if (!Array.isArray(claims.amr) || !claims.amr.includes('mfa'))
      return {
        ok: false,
        reason: 'AADSTS50076: The sign-in did not use multi-factor authentication, which the conditional access policy requires.',
      };
    return { ok: true, claims };
  }
}

/** jose's errors, worded as Microsoft.IdentityModel words them (the APIs' 401 messages). */
function refusalReason(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return 'Issuer validation failed: the token is not from the tenant.';
    if (e.claim === 'aud') return 'Audience validation failed: the token is not for this API.';
    if (e.claim === 'nbf') return 'Lifetime validation failed, the token is not yet valid (nbf).';
    if (e.claim === 'iat') return 'Lifetime validation failed, the token was issued in the future (iat).';
    return `Token validation failed: ${e.claim}.`;
  }
  if (e instanceof errors.JWKSNoMatchingKey) return "Signature validation failed: the signing key (kid) is not one of the tenant's.";
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JOSEAlgNotAllowed) return 'Invalid signature.';
  return 'Malformed token.';
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

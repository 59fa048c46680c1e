/**
 * Which sign-in errors are conditional access refusing a sign-in without two factors (DESIGN
 * §4), told apart by Entra ID's AADSTS number: MSAL's `errorNo`, else the number in its message.
 */
const TWO_FACTOR_REFUSALS = new Set([
  50074, // strong authentication is required
  50076, // multi-factor authentication required by the policy
  50079, // the user must register for multi-factor authentication
  50158, // an external security challenge was not satisfied
  53000, // device not compliant
  53001, // device not domain-joined
  53003, // blocked by conditional access
  53004, // proof-up (MFA registration) required, and blocked
]);

export interface SignInErrorLike {
  errorCode?: string;
  errorNo?: string | number;
  errorMessage?: string;
  message?: string;
}

/** The AADSTS number of an MSAL error, if it carries one. */
export function aadstsNumber(e: SignInErrorLike): number | null {
  const n = Number(e.errorNo);
  if (Number.isInteger(n) && n > 0) return n;
  const m = /AADSTS(\d+)/.exec(`${e.errorMessage ?? ''} ${e.message ?? ''}`);
  return m ? Number(m[1]) : null;
}

export function isTwoFactorRefusal(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const n = aadstsNumber(e as SignInErrorLike);
  return n !== null && TWO_FACTOR_REFUSALS.has(n);
}

/** A short code for the sign-in error page (`user_cancelled`, `AADSTS700016`, …). */
export function signInErrorCode(e: unknown): string {
  if (!e || typeof e !== 'object') return 'unknown';
  const n = aadstsNumber(e as SignInErrorLike);
  return n !== null ? `AADSTS${n}` : ((e as SignInErrorLike).errorCode ?? 'unknown');
}

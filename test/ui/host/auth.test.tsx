import { decodeJwt, hasMfa, isExpired, loginUrl, logoutUrl, signInState, tokensFromHash } from '../../../src/host/auth';
import { startSession } from '../../../src/host/session';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const NOW = Date.parse('2026-11-24T09:00:00Z');
function jwt(claims: object): string {
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`;
}
const good = { oid: 'u1', upn: 'asa.oberg@norrbotten.example', name: 'Åsa Öberg', amr: ['pwd', 'mfa'], exp: NOW / 1000 + 3600 };

describe('sign-in tokens', () => {
  it('are read from the redirect fragment', () => {
    expect(tokensFromHash('#access_token=a.b.c&id_token=d.e.f&token_type=Bearer')).toEqual({ accessToken: 'a.b.c', idToken: 'd.e.f' });
    expect(tokensFromHash('#/installningar')).toBeNull();
    expect(tokensFromHash('')).toBeNull();
  });

  it('are decoded as UTF-8 (names with å, ä, ö)', () => {
    expect(decodeJwt(jwt(good))?.name).toBe('Åsa Öberg');
    expect(decodeJwt('not-a-jwt')).toBeNull();
    expect(decodeJwt('a.%%%.c')).toBeNull();
  });

  it('count as expired a minute before their expiry', () => {
    expect(isExpired({ exp: NOW / 1000 + 30 }, NOW)).toBe(true);
    expect(isExpired({ exp: NOW / 1000 + 3600 }, NOW)).toBe(false);
    expect(isExpired({}, NOW)).toBe(true);
  });

  it('need "mfa" among the authentication methods', () => {
    expect(hasMfa(good)).toBe(true);
    expect(hasMfa({ amr: ['pwd'] })).toBe(false);
    expect(hasMfa({})).toBe(false);
  });

  it('decide between using, refusing and signing in again', () => {
    const t = (c: object) => ({ accessToken: jwt(c), idToken: jwt(c) });
    expect(signInState(t(good), NOW).kind).toBe('signedIn');
    expect(signInState(t({ ...good, amr: ['pwd'] }), NOW).kind).toBe('refused');
    expect(signInState(t({ ...good, exp: NOW / 1000 - 10 }), NOW).kind).toBe('signIn');
    expect(signInState(null, NOW).kind).toBe('signIn');
  });

  it('send people to the local sign-in page with where to come back', () => {
    expect(loginUrl('/')).toBe('/_local/login?returnUrl=%2F');
    // sign-out goes through the tenant, which clears the file session cookie, back to sign-in
    expect(logoutUrl('/')).toBe(`/_local/logout?returnUrl=${encodeURIComponent('/_local/login?returnUrl=%2F')}`);
  });
});

describe('startSession', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the tokens in sessionStorage, wipes them from the address and restores the page', () => {
    const token = jwt({ ...good, exp: Date.now() / 1000 + 3600 });
    sessionStorage.setItem('politikerportal.returnRoute', '#/installningar');
    history.replaceState(null, '', `/#access_token=${token}&id_token=${token}&token_type=Bearer`);
    const state = startSession();
    expect(state.kind).toBe('signedIn');
    expect(location.hash).toBe('#/installningar');
    expect(sessionStorage.getItem('politikerportal.tokens')).toContain(token);
    // A reload finds them again.
    expect(startSession().kind).toBe('signedIn');
  });

  it('does not keep a token without two-factor sign-in', () => {
    const token = jwt({ ...good, amr: ['pwd'], exp: Date.now() / 1000 + 3600 });
    history.replaceState(null, '', `/#access_token=${token}&id_token=${token}`);
    expect(startSession().kind).toBe('refused');
    expect(location.hash).toBe('');
    expect(sessionStorage.getItem('politikerportal.tokens')).toBeNull();
  });
});

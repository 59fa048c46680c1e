import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { resolveConfig, stepUpClaims, type StandaloneConfig } from '../../../src/host/signin/config';
import { aadstsNumber, isTwoFactorRefusal, signInErrorCode } from '../../../src/host/signin/refusal';
import { SignInRedirect, SignInSession, StepUpOtherAccount, TwoFactorRefused, type ReturnRoute } from '../../../src/host/signin/session';

const raw: StandaloneConfig = {
  clientId: 'client',
  authority: '{origin}/tenant',
  knownAuthorities: ['{host}'],
  redirectUri: '{origin}/',
  postLogoutRedirectUri: '{origin}/',
  siteUrl: '{origin}/sites/politikerportal',
  graphBaseUrl: '{origin}/graph/',
  scopes: { sharepoint: ['{origin}/.default'], graph: ['https://graph.microsoft.com/.default'] },
  stepUpAuthContext: 'c1',
  cacheLocation: 'localStorage',
};
const config = resolveConfig(raw, { origin: 'https://localhost:8443', host: 'localhost:8443' });
const account = { homeAccountId: 'oid.tid', username: 'therese@example.se' } as AccountInfo;

/** MSAL's errors as it throws them: a class name and Entra ID's fields. */
const msalError = (name: string, errorCode: string, errorNo?: number, errorMessage = ''): Error =>
  Object.assign(new Error(errorMessage), { name, errorCode, errorNo, errorMessage });
const mfaRequired = () =>
  msalError('InteractionRequiredAuthError', 'interaction_required', 50076, 'AADSTS50076: you must use multi-factor authentication');

/** A stand-in for PublicClientApplication with what the session calls, each a jest mock. */
function fakeMsal(o: { redirect?: () => Promise<AuthenticationResult | null>; accounts?: AccountInfo[] } = {}) {
  let active: AccountInfo | null = null;
  const m = {
    initialize: jest.fn(async () => undefined),
    handleRedirectPromise: jest.fn(o.redirect ?? (async () => null)),
    getActiveAccount: jest.fn(() => active),
    setActiveAccount: jest.fn((a: AccountInfo | null) => {
      active = a;
    }),
    getAllAccounts: jest.fn(() => o.accounts ?? []),
    loginRedirect: jest.fn(async () => undefined),
    acquireTokenSilent: jest.fn(async (r: { scopes: string[] }) => ({ accessToken: `token for ${r.scopes[0]}` }) as AuthenticationResult),
    acquireTokenRedirect: jest.fn(async () => undefined),
    acquireTokenPopup: jest.fn(async () => ({ accessToken: 'stepped-up', account: o.accounts?.[0] ?? null }) as AuthenticationResult),
    logoutRedirect: jest.fn(async () => undefined),
  };
  return m;
}
const route = (): ReturnRoute & { save: jest.Mock; restore: jest.Mock } => ({ save: jest.fn(), restore: jest.fn() });
const session = (m: ReturnType<typeof fakeMsal>, r = route()) => new SignInSession(m as unknown as IPublicClientApplication, config, r);

describe('sign-in configuration', () => {
  it("fills in the page's origin and host, leaving Entra ID's addresses as they are", () => {
    expect(config.authority).toBe('https://localhost:8443/tenant');
    expect(config.knownAuthorities).toEqual(['localhost:8443']);
    expect(config.scopes).toEqual({ sharepoint: ['https://localhost:8443/.default'], graph: ['https://graph.microsoft.com/.default'] });
    expect(config.siteUrl).toBe('https://localhost:8443/sites/politikerportal');
  });

  it('asks for the authentication context as an essential acrs claim', () => {
    expect(JSON.parse(stepUpClaims('c1'))).toEqual({ access_token: { acrs: { essential: true, value: 'c1' } } });
  });
});

describe('which sign-in errors are the two-factor refusal', () => {
  it.each([
    [{ errorNo: 50076 }, true],
    [{ errorNo: '53003' }, true],
    [{ errorMessage: 'AADSTS50079: Due to a configuration change…' }, true],
    [{ errorCode: 'user_cancelled' }, false],
    [{ errorNo: 700016, errorMessage: 'AADSTS700016: Application not found' }, false],
  ])('%j → %s', (e, refused) => expect(isTwoFactorRefusal(e)).toBe(refused));

  it('names an error by its AADSTS number, else by its code', () => {
    expect(aadstsNumber({ message: 'x AADSTS50011: redirect' })).toBe(50011);
    expect(signInErrorCode({ errorNo: 700016 })).toBe('AADSTS700016');
    expect(signInErrorCode({ errorCode: 'user_cancelled' })).toBe('user_cancelled');
    expect(signInErrorCode(null)).toBe('unknown');
  });
});

describe('the sign-in session', () => {
  it('signed out: goes to sign in, remembering the page, and shows nothing', async () => {
    const m = fakeMsal();
    const r = route();
    expect(await session(m, r).start()).toEqual({ kind: 'redirecting' });
    expect(r.save).toHaveBeenCalled();
    expect(m.loginRedirect).toHaveBeenCalledWith({ scopes: ['https://localhost:8443/.default'] });
    expect(m.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it('back from the authority: takes the account, restores the page and proves a SharePoint token first', async () => {
    const m = fakeMsal({ redirect: async () => ({ account }) as AuthenticationResult });
    const r = route();
    expect(await session(m, r).start()).toEqual({ kind: 'signedIn', account });
    expect(r.restore).toHaveBeenCalled();
    expect(m.setActiveAccount).toHaveBeenCalledWith(account);
    expect(m.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['https://localhost:8443/.default'], account });
  });

  it('remembered account (a new tab): signed in without a round trip', async () => {
    const m = fakeMsal({ accounts: [account] });
    expect((await session(m).start()).kind).toBe('signedIn');
    expect(m.loginRedirect).not.toHaveBeenCalled();
  });

  it('refused: the authority answered the sign-in with the conditional access refusal', async () => {
    const m = fakeMsal({
      redirect: async () => {
        throw mfaRequired();
      },
    });
    expect(await session(m).start()).toEqual({ kind: 'refused' });
    expect(m.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it('failed: another sign-in error is shown with its code, not as the refusal', async () => {
    const m = fakeMsal({
      redirect: async () => {
        throw msalError('ServerError', 'invalid_request', 50011, 'AADSTS50011: redirect URI mismatch');
      },
    });
    expect(await session(m).start()).toEqual({ kind: 'failed', code: 'AADSTS50011' });
  });

  it('asks for SharePoint and Graph tokens separately (one resource per token)', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    expect(await s.token('graph')).toBe('token for https://graph.microsoft.com/.default');
    expect(await s.token('sharepoint')).toBe('token for https://localhost:8443/.default');
  });

  it('expired beyond renewal: the refresh token no longer works, so off to sign in again with the page kept', async () => {
    const m = fakeMsal({ accounts: [account] });
    const r = route();
    const s = session(m, r);
    await s.start();
    m.acquireTokenSilent.mockRejectedValueOnce(msalError('InteractionRequiredAuthError', 'invalid_grant', 700084, 'AADSTS700084: expired'));
    await expect(s.token('graph')).rejects.toBeInstanceOf(SignInRedirect);
    expect(m.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ['https://graph.microsoft.com/.default'], account });
    expect(r.save).toHaveBeenCalled();
  });

  it('refused later (the policy changed mid-session): tells the host, which shows the refusal', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    const refused = jest.fn();
    s.onRefused(refused);
    m.acquireTokenSilent.mockRejectedValueOnce(mfaRequired());
    await expect(s.token('sharepoint')).rejects.toBeInstanceOf(TwoFactorRefused);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(m.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('a network failure is passed on as it is (the view shows it and offers to retry), not turned into a sign-in', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    m.acquireTokenSilent.mockRejectedValueOnce(msalError('BrowserAuthError', 'no_network_connectivity'));
    await expect(s.token('sharepoint')).rejects.toMatchObject({ errorCode: 'no_network_connectivity' });
    expect(m.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('step-up: a popup with the authentication context as claims; a redirect when popups are blocked', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    expect((await s.stepUp()).accessToken).toBe('stepped-up');
    const claims = stepUpClaims('c1');
    expect(m.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ['https://localhost:8443/.default'],
      account,
      claims,
      redirectUri: 'https://localhost:8443/blank.html',
    });
    m.acquireTokenPopup.mockRejectedValueOnce(msalError('BrowserAuthError', 'popup_window_error'));
    await expect(s.stepUp()).rejects.toBeInstanceOf(SignInRedirect);
    expect(m.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ['https://localhost:8443/.default'], account, claims });
  });

  it('step-up by another account (the popup offers an account picker) confirms nothing', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    const other = { homeAccountId: 'other.tid', username: 'rasmus@example.se' } as AccountInfo;
    m.acquireTokenPopup.mockResolvedValueOnce({ accessToken: 'someone-else', account: other } as AuthenticationResult);
    await expect(s.stepUp()).rejects.toBeInstanceOf(StepUpOtherAccount);
  });

  it('sign-out: MSAL and the authority end the session and come back to the portal', async () => {
    const m = fakeMsal({ accounts: [account] });
    const s = session(m);
    await s.start();
    await s.signOut();
    expect(m.logoutRedirect).toHaveBeenCalledWith({ account, postLogoutRedirectUri: 'https://localhost:8443/' });
  });
});

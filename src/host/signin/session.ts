import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { stepUpClaims, type StandaloneConfig } from './config';
import { isTwoFactorRefusal, signInErrorCode } from './refusal';

export type Api = 'sharepoint' | 'graph';

/** What the host does after start: show the portal, the two-factor refusal, a sign-in error, or nothing (off to sign in). */
export type SignInState =
  { kind: 'signedIn'; account: AccountInfo } | { kind: 'refused' } | { kind: 'failed'; code: string } | { kind: 'redirecting' };

/** The page the person was on, kept across the round trip through the authority (the host routes in the fragment). */
export interface ReturnRoute {
  save(): void;
  restore(): void;
}

/** A token request that sent the browser away (to sign in again); the page is about to unload. */
export class SignInRedirect extends Error {
  constructor() {
    super('Signing in again.');
    this.name = 'SignInRedirect';
  }
}

/** A token the tenant refused because the sign-in lacked two factors. */
export class TwoFactorRefused extends Error {
  constructor(readonly cause?: unknown) {
    super('The sign-in did not use two factors.');
    this.name = 'TwoFactorRefused';
  }
}

/** The step-up was completed by another account than the one signed in: it confirms nothing. */
export class StepUpOtherAccount extends Error {
  constructor() {
    super('The step-up sign-in was for another account.');
    this.name = 'StepUpOtherAccount';
  }
}

const isInteractionRequired = (e: unknown): boolean =>
  !!e && typeof e === 'object' && (e as { name?: string }).name === 'InteractionRequiredAuthError';
const popupBlocked = (e: unknown): boolean =>
  !!e && typeof e === 'object' && ['popup_window_error', 'empty_window_error'].includes((e as { errorCode?: string }).errorCode ?? '');

/**
 * The standalone host's sign-in with `@azure/msal-browser`: authorization code flow with PKCE by
 * redirect, tokens for SharePoint and Graph asked for separately and renewed silently by MSAL
 * (refresh token, before expiry), a step-up for acts that need a fresh second factor, sign-out.
 * MSAL is passed in, so the states are tested without a browser.
 */
export class SignInSession {
  private refusedHandler: (() => void) | null = null;

  constructor(
    private readonly msal: IPublicClientApplication,
    private readonly config: StandaloneConfig,
    private readonly route: ReturnRoute,
  ) {}

  /** Called when a later token is refused for want of two factors (the host then shows the refusal). */
  onRefused(handler: () => void): void {
    this.refusedHandler = handler;
  }

  async start(): Promise<SignInState> {
    await this.msal.initialize();
    let result: AuthenticationResult | null;
    try {
      result = await this.msal.handleRedirectPromise();
    } catch (e) {
      return isTwoFactorRefusal(e) ? { kind: 'refused' } : { kind: 'failed', code: signInErrorCode(e) };
    }
    if (result) this.route.restore();
    const account = result?.account ?? this.msal.getActiveAccount() ?? this.msal.getAllAccounts()[0] ?? null;
    if (!account) {
      await this.signIn();
      return { kind: 'redirecting' };
    }
    this.msal.setActiveAccount(account);
    // nothing is shown before the tenant has issued a token this sign-in may use
    try {
      await this.token('sharepoint');
    } catch (e) {
      if (e instanceof TwoFactorRefused) return { kind: 'refused' };
      if (e instanceof SignInRedirect) return { kind: 'redirecting' };
      return { kind: 'failed', code: signInErrorCode(e) };
    }
    return { kind: 'signedIn', account };
  }

  /** Off to the authority's sign-in, remembering the page. */
  async signIn(): Promise<void> {
    this.route.save();
    await this.msal.loginRedirect({ scopes: this.config.scopes.sharepoint });
  }

  /**
   * A token for one API: from MSAL's cache, renewed with the refresh token before it runs out;
   * a sign-in again when the session is gone; refused when conditional access says no.
   */
  async token(api: Api): Promise<string> {
    const account = this.msal.getActiveAccount();
    if (!account) {
      await this.signIn();
      throw new SignInRedirect();
    }
    try {
      return (await this.msal.acquireTokenSilent({ scopes: this.config.scopes[api], account })).accessToken;
    } catch (e) {
      if (isTwoFactorRefusal(e)) {
        this.refusedHandler?.();
        throw new TwoFactorRefused(e);
      }
      if (!isInteractionRequired(e)) throw e;
      this.route.save();
      await this.msal.acquireTokenRedirect({ scopes: this.config.scopes[api], account });
      throw new SignInRedirect();
    }
  }

  /**
   * A fresh two-factor sign-in for an act that needs one (the minutes' signature): the
   * authentication context as a claims request, in a popup (a redirect where popups are
   * blocked, which returns to this page). The SharePoint token returned carries `acrs`.
   */
  async stepUp(): Promise<AuthenticationResult> {
    const account = this.msal.getActiveAccount() ?? undefined;
    const request = { scopes: this.config.scopes.sharepoint, account, claims: stepUpClaims(this.config.stepUpAuthContext) };
    try {
      // the popup lands on a page without the portal (MSAL's advice): the portal there would take the answer's fragment for a route
      const result = await this.msal.acquireTokenPopup({ ...request, redirectUri: new URL('blank.html', this.config.redirectUri).href });
      // the account picker lets anyone sign in there: only the signed-in person's own confirmation counts
      if (account && result.account?.homeAccountId !== account.homeAccountId) throw new StepUpOtherAccount();
      return result;
    } catch (e) {
      if (isTwoFactorRefusal(e)) throw new TwoFactorRefused(e);
      if (!popupBlocked(e)) throw e;
      this.route.save();
      await this.msal.acquireTokenRedirect(request);
      throw new SignInRedirect();
    }
  }

  /** Ends MSAL's session for this account and the authority's, then back to the portal's address. */
  async signOut(): Promise<void> {
    await this.msal.logoutRedirect({
      account: this.msal.getActiveAccount() ?? undefined,
      postLogoutRedirectUri: this.config.postLogoutRedirectUri,
    });
  }
}

/** The hash route, kept in sessionStorage while the browser is at the authority. */
export function hashRoute(storage: Storage, loc: Location, hist: History): ReturnRoute {
  const KEY = 'politikerportal.returnRoute';
  return {
    save: () => {
      if (loc.hash.startsWith('#/')) storage.setItem(KEY, loc.hash);
    },
    restore: () => {
      const route = storage.getItem(KEY);
      storage.removeItem(KEY);
      if (route && route.startsWith('#/')) hist.replaceState(null, '', loc.pathname + loc.search + route);
    },
  };
}

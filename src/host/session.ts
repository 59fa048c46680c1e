import { loginUrl, logoutUrl, signInState, tokensFromHash, type SignInState, type TokenSet } from './auth';

/**
 * The browser side of signing in: tokens live in sessionStorage (gone when the tab closes,
 * never in localStorage), and the fragment that carried them is wiped from the address bar
 * and history at once so they are not bookmarked or shared by copying the URL.
 */
const TOKEN_KEY = 'politikerportal.tokens';
/** The page (hash route) to come back to after the round trip through sign-in. */
const RETURN_KEY = 'politikerportal.returnRoute';

function readStored(): TokenSet | null {
  try {
    const raw = sessionStorage.getItem(TOKEN_KEY);
    return raw ? (JSON.parse(raw) as TokenSet) : null;
  } catch {
    return null;
  }
}

/** Takes tokens from the URL fragment (after a sign-in) or from storage, and says what they allow. */
export function startSession(): SignInState {
  const fromHash = tokensFromHash(location.hash);
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(fromHash));
    const route = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    history.replaceState(null, '', location.pathname + location.search + (route && route.startsWith('#/') ? route : ''));
  }
  const state = signInState(fromHash ?? readStored(), Date.now());
  // A refused or expired token is of no further use; don't keep it around.
  if (state.kind !== 'signedIn') sessionStorage.removeItem(TOKEN_KEY);
  return state;
}

/** The current access token (read each time: a later sign-in in this tab replaces it). */
export function currentAccessToken(): string {
  return readStored()?.accessToken ?? '';
}

/** Whether the stored token has run out (checked before navigation and requests). */
export function sessionExpired(): boolean {
  return signInState(readStored(), Date.now()).kind !== 'signedIn';
}

/** Off to sign-in, remembering the page the person was on. */
export function redirectToSignIn(): void {
  if (location.hash.startsWith('#/')) sessionStorage.setItem(RETURN_KEY, location.hash);
  location.assign(loginUrl(location.pathname + location.search));
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  location.assign(logoutUrl('/'));
}

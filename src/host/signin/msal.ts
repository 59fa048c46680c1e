import { PublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { StandaloneConfig } from './config';

/** MSAL's configuration from the portal's: redirect flow, the hash route kept by the host itself. */
export function msalConfiguration(c: StandaloneConfig): Configuration {
  return {
    auth: {
      clientId: c.clientId,
      authority: c.authority,
      knownAuthorities: c.knownAuthorities,
      redirectUri: c.redirectUri,
      postLogoutRedirectUri: c.postLogoutRedirectUri,
      // the host routes in the fragment, where the authority's answer also arrives: it restores the route itself
      navigateToLoginRequestUrl: false,
    },
    cache: { cacheLocation: c.cacheLocation },
  };
}

export function createMsal(c: StandaloneConfig): PublicClientApplication {
  return new PublicClientApplication(msalConfiguration(c));
}

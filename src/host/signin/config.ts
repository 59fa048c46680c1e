/**
 * The standalone host's sign-in configuration: one JSON file chosen at build time
 * (`config/standalone.json`, or the file `STANDALONE_CONFIG` names; README "Deploying the
 * standalone portal"). `{origin}` and `{host}` stand for the page's own origin and host, so the
 * local tenant's build runs on any port.
 */
export interface StandaloneConfig {
  /** The app registration's application (client) id. */
  clientId: string;
  /** `https://login.microsoftonline.com/<tenant id>` in production. */
  authority: string;
  /** Hosts MSAL may trust as authorities without Entra ID's instance discovery (the local tenant's). */
  knownAuthorities: string[];
  /** A registered SPA redirect URI: the portal's own address. */
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** The portal site, e.g. `https://norrbotten.sharepoint.com/sites/politikerportal`. */
  siteUrl: string;
  /** `https://graph.microsoft.com/` in production. */
  graphBaseUrl: string;
  /** Entra ID issues one token per resource: SharePoint's and Graph's scopes are asked for separately. */
  scopes: { sharepoint: string[]; graph: string[] };
  /** The conditional access authentication context a signature asks for (step-up), e.g. "c1". */
  stepUpAuthContext: string;
  /** Where MSAL keeps its cache: localStorage remembers the account per browser (MSAL encrypts it). */
  cacheLocation: 'localStorage' | 'sessionStorage';
}

/** Fills in `{origin}` and `{host}` from the page's location. */
export function resolveConfig(raw: StandaloneConfig, where: { origin: string; host: string }): StandaloneConfig {
  const fill = (s: string): string => s.replace(/\{origin\}/g, where.origin).replace(/\{host\}/g, where.host);
  return {
    ...raw,
    authority: fill(raw.authority),
    knownAuthorities: raw.knownAuthorities.map(fill),
    redirectUri: fill(raw.redirectUri),
    postLogoutRedirectUri: fill(raw.postLogoutRedirectUri),
    siteUrl: fill(raw.siteUrl),
    graphBaseUrl: fill(raw.graphBaseUrl),
    scopes: { sharepoint: raw.scopes.sharepoint.map(fill), graph: raw.scopes.graph.map(fill) },
  };
}

/** The claims request of a step-up to an authentication context (Entra ID's claims challenge). */
export function stepUpClaims(context: string): string {
  return JSON.stringify({ access_token: { acrs: { essential: true, value: context } } });
}

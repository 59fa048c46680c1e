/**
 * The standalone portal's app registration in the local tenant, as a region's IT department
 * registers it in Entra ID (README "Deploying the standalone portal"): a single-page
 * application whose redirect URIs are the portal's own address.
 */

/** The local registration's application (client) id; `config/standalone.json` names the same. */
export const PORTAL_CLIENT_ID = '5c3a6e0d-7b1f-4e2a-9c41-0d1e2f3a4b5c';

/**
 * The delegated permissions the registration was consented (README; Graph's are the SPFx
 * package's `webApiPermissionRequests`): what a `.default` scope grants.
 */
export const CONSENTED_SCOPES = {
  sharepoint: 'AllSites.FullControl',
  graph: 'Calendars.Read Group.ReadWrite.All Mail.ReadWrite Mail.ReadWrite.Shared Mail.Send User.Read User.Read.All',
} as const;

/** Entra ID's "SPA" redirect URIs: exact matches only, on the tenant's own origins (http and https). */
export function registeredRedirect(clientId: string, redirectUri: string, origins: readonly string[]): boolean {
  if (clientId !== PORTAL_CLIENT_ID) return false;
  // the portal, and the blank page MSAL's step-up popup lands on (src/host/signin/session.ts)
  return origins.some((o) => redirectUri === `${o}/` || redirectUri === `${o}/blank.html`);
}

/** The origin a token request may come from (CORS of the token endpoint, as for SPA registrations). */
export function registeredOrigin(origin: string | undefined, origins: readonly string[]): boolean {
  return origin !== undefined && origins.includes(origin);
}

/**
 * What the Graph repositories need of a client: a POST (the `$batch`) and a PATCH (mark as read).
 * Structural, because SPFx's MSGraphClientV3 carries its own copy of the library's types; both it
 * and the library's `Client` fit, and so does the client the hosts hand to `createServices`.
 */
export interface GraphPoster {
  api(path: string): { post(body: unknown): Promise<any>; patch(body: unknown): Promise<any> };
}

/** Graph's time zone preference, so events come back in Swedish wall-clock time (DESIGN §11). */
export const PREFER_STOCKHOLM = { Prefer: 'outlook.timezone="Europe/Stockholm"' };

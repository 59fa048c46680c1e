/**
 * Errors the server itself answers before a request reaches SharePoint or Graph (limits,
 * start-up, broken requests), each in the shape of the API the client called.
 */
import { graphErrorResponse } from './graph/errors';
import type { TenantResponse } from './http';

export type Area = 'sharepoint' | 'graph' | 'local' | 'static';

export interface AreaError {
  status: number;
  /** SharePoint's "<number>, <Type>" code. */
  spCode: string;
  /** Graph's error code. */
  graphCode: string;
  message: string;
  headers?: Record<string, string>;
}

export function areaError(area: Area, reqHeaders: Record<string, string>, e: AreaError): TenantResponse {
  const headers = e.headers ?? {};
  if (area === 'graph') return graphErrorResponse({ headers: reqHeaders }, e.status, e.graphCode, e.message, headers);
  if (area === 'sharepoint') {
    const verbose = /odata=verbose/i.test(reqHeaders.accept ?? '');
    const error = { code: e.spCode, message: { lang: 'en-US', value: e.message } };
    return {
      status: e.status,
      headers: { 'content-type': `application/json;odata=${verbose ? 'verbose' : 'minimalmetadata'};charset=utf-8`, ...headers },
      body: verbose ? { error } : { 'odata.error': error },
    };
  }
  return {
    status: e.status,
    headers: { 'content-type': 'application/json', ...headers },
    body: { error: { code: e.graphCode, message: e.message } },
  };
}

export const urlTooLong = (): AreaError => ({
  status: 414,
  spCode: '-2147024809, System.ArgumentException',
  graphCode: 'RequestUriTooLong',
  message: 'The request URL is too long.',
  headers: { connection: 'close' },
});

export const bodyTooLarge = (limit: number): AreaError => ({
  status: 413,
  spCode: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  graphCode: 'RequestEntityTooLarge',
  message: `The request message is too big. The server does not allow messages larger than ${limit} bytes.`,
  headers: { connection: 'close' },
});

export const brokenBody = (): AreaError => ({
  status: 400,
  spCode: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  graphCode: 'BadRequest',
  message: 'The request body could not be read.',
  headers: { connection: 'close' },
});

/** While the data is still being seeded or upgraded on start (503 with Retry-After, as SharePoint's throttling). */
export const starting = (): AreaError => ({
  status: 503,
  spCode: '-2147024809, Microsoft.SharePoint.SPServerUnavailableException',
  graphCode: 'ServiceNotAvailable',
  message: 'The local tenant is starting (seeding or upgrading its data). Try again in a moment.',
  headers: { 'retry-after': '2', connection: 'close' },
});

export const internalError = (): AreaError => ({
  status: 500,
  spCode: '-2146232832, Microsoft.SharePoint.SPException',
  graphCode: 'InternalServerError',
  message: 'The local tenant failed to handle the request.',
});

import type { TenantContext } from '../context';
import type { DirectoryUser } from '../directory';
import { json, type TenantRequest, type TenantResponse } from '../http';
import { applySelect, paginate, type QueryOptions } from './odata';
import type { GraphStore } from './store';

/** One Graph request being answered: who asks, what path, which options. */
export interface GraphCall {
  req: TenantRequest;
  ctx: TenantContext;
  store: GraphStore;
  me: DirectoryUser;
  /** Path segments after /graph/v1.0, URL-decoded; `me` already replaced by users/{id}. */
  segs: string[];
  /** Whether the caller wrote `/me` (only changes @odata.context). */
  viaMe: boolean;
  q: QueryOptions;
  /** `http://localhost:<port>/graph/v1.0` */
  base: string;
}

/** Header lookup in the request, case-insensitive (TenantRequest keys are lower case). */
export const header = (call: GraphCall, name: string): string | undefined => call.req.headers[name.toLowerCase()];

export const contextUrl = (call: GraphCall, fragment: string): string => `${call.base}/$metadata#${fragment}`;

export function entityResponse(
  call: GraphCall,
  fragment: string,
  entity: Record<string, unknown>,
  headers: Record<string, string> = {},
  status = 200,
): TenantResponse {
  return json(status, { '@odata.context': contextUrl(call, fragment), ...applySelect(entity, call.q.select) }, headers);
}

/**
 * A collection in Graph's shape: `@odata.context`, optional `@odata.count`, `value`,
 * `@odata.nextLink` when more pages exist.
 */
export function collectionResponse(
  call: GraphCall,
  fragment: string,
  items: Record<string, unknown>[],
  paging: { defaultSize: number; maxSize: number; style: 'skip' | 'skiptoken' },
  headers: Record<string, string> = {},
): TenantResponse {
  const page = paginate(items, call.q, { ...paging, url: call.req.url, baseUrl: call.ctx.baseUrl() });
  const body: Record<string, unknown> = { '@odata.context': contextUrl(call, fragment) };
  if (call.q.count) body['@odata.count'] = items.length;
  body.value = page.value.map((e) => applySelect(e, call.q.select));
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  return json(200, body, headers);
}

export const noContent = (): TenantResponse => ({ status: 204, headers: {} });

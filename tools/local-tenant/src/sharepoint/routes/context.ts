import type { TenantRequest, TenantResponse } from '../../http';
import { malformedBody } from '../errors';
import type { ItemOps } from '../itemOps';
import type { FieldInfo, ItemRecord, ListInfo, RoleDef, ScopeKey, SiteGroup, SiteUser } from '../model';
import { collectionBody, entityBody, project, queryEntities, readQuery, type Entity, type QueryOptions } from '../odata/query';
import type { SiteCore } from '../site';

/** What a REST path resolves to; handlers switch on `k`. */
export type Node =
  | { k: 'web' }
  | { k: 'lists' }
  | { k: 'list'; list: ListInfo }
  | { k: 'items'; list: ListInfo }
  | { k: 'item'; list: ListInfo; id: number }
  | { k: 'versions'; list: ListInfo; id: number }
  | { k: 'version'; list: ListInfo; id: number; vid: number }
  | { k: 'fields'; list: ListInfo | null }
  | { k: 'field'; list: ListInfo | null; field: FieldInfo }
  | { k: 'siteUsers' }
  | { k: 'user'; user: SiteUser }
  | { k: 'groups' }
  | { k: 'group'; group: SiteGroup }
  | { k: 'groupUsers'; group: SiteGroup }
  | { k: 'userGroups'; user: SiteUser }
  | { k: 'roleDefs' }
  | { k: 'roleDef'; def: RoleDef }
  | { k: 'roleAssignments'; scope: ScopeKey; base: string }
  | { k: 'roleAssignment'; scope: ScopeKey; base: string; principalId: number }
  | { k: 'bindings'; scope: ScopeKey; principalId: number }
  | { k: 'folder'; list: ListInfo | null; url: string; item?: ItemRecord | null }
  | { k: 'files'; list: ListInfo; url: string }
  | { k: 'folders'; list: ListInfo; url: string }
  | { k: 'file'; list: ListInfo; id: number }
  | { k: 'fileContent'; list: ListInfo; id: number }
  | { k: 'fileItem'; list: ListInfo; id: number }
  | { k: 'fileVersions'; list: ListInfo; id: number; vid: number | null; content: boolean }
  | { k: 'prop'; target: Node; name: string }
  | { k: 'call'; target: Node; name: string; args: Record<string, string | number | boolean | null> };

export interface RouteCtx {
  core: SiteCore;
  ops: ItemOps;
  req: TenantRequest;
  user: SiteUser;
  verbose: boolean;
}

export function contentType(verbose: boolean): string {
  return verbose ? 'application/json;odata=verbose;charset=utf-8' : 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
}

export function ok(c: RouteCtx, body: unknown, status = 200, headers: Record<string, string> = {}): TenantResponse {
  return { status, headers: { 'content-type': contentType(c.verbose), ...headers }, body };
}

export function noContent(headers: Record<string, string> = {}): TenantResponse {
  return { status: 204, headers };
}

export function query(c: RouteCtx): QueryOptions {
  return readQuery(c.req.url, c.verbose);
}

/** The request's JSON body; `{}` when empty; SharePoint's 400 when malformed. */
export function body(c: RouteCtx): Record<string, unknown> {
  const text = c.req.body.toString('utf8').trim();
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SyntaxError('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw malformedBody();
  }
}

export function sendEntity(c: RouteCtx, e: Entity, status = 200, headers: Record<string, string> = {}): TenantResponse {
  const q = query(c);
  return ok(
    c,
    entityBody(project(e, q.select, q.expand, c.verbose), c.verbose, `${c.core.siteUrl()}/_api/$metadata#${e.type}`),
    status,
    headers,
  );
}

export function sendCollection(c: RouteCtx, entities: Entity[], typeName: string): TenantResponse {
  const q = query(c);
  const rows = queryEntities(entities, q, typeName).map((e) => project(e, q.select, q.expand, c.verbose));
  return ok(c, collectionBody(rows, c.verbose, `${c.core.siteUrl()}/_api/$metadata#${typeName}s`));
}

/** A complex (non-entity) value such as SP.BasePermissions or a change token. */
export function sendValue(c: RouteCtx, value: unknown, typeName: string): TenantResponse {
  if (c.verbose)
    return ok(c, {
      d: value !== null && typeof value === 'object' ? { __metadata: { type: typeName }, ...(value as object) } : { [typeName]: value },
    });
  return ok(
    c,
    value !== null && typeof value === 'object'
      ? { 'odata.metadata': `${c.core.siteUrl()}/_api/$metadata#${typeName}`, ...(value as object) }
      : { 'odata.metadata': `${c.core.siteUrl()}/_api/$metadata#Edm`, value },
  );
}

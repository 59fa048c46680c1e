/** Lists and fields: reading, creating, updating, deleting (ManageLists). */
import { PermissionKind } from '../permissionKinds';
import type { TenantResponse } from '../../http';
import { listChanges, type ChangeQuery } from '../changes';
import { invalidQuery, listNotFound, methodNotAllowed, SpError, unknownProperty } from '../errors';
import { fieldFromXml, schemaXml, uniqueNeedsIndex } from '../fieldXml';
import type { FieldInfo, ListInfo } from '../model';
import { listScope, WEB_SCOPE } from '../permissions';
import { fieldEntity, listEntity } from '../render';
import { uniqueKey } from '../values';
import { body, noContent, ok, sendCollection, sendEntity, type Node, type RouteCtx } from './context';
import { requirePerm } from './security';
import { collectionBody, project, readQuery } from '../odata/query';

function visible(c: RouteCtx, list: ListInfo): boolean {
  return (
    c.core.perms.has(c.user, listScope(list.Id), PermissionKind.ViewListItems) ||
    c.core.perms.has(c.user, listScope(list.Id), PermissionKind.ManageLists)
  );
}

export function handleLists(c: RouteCtx, method: string): TenantResponse {
  if (method === 'GET')
    return sendCollection(
      c,
      [...c.core.store.lists.values()].filter((l) => visible(c, l)).map((l) => listEntity(c.core, l, c.user)),
      'SP.List',
    );
  if (method === 'POST') {
    requirePerm(c, WEB_SCOPE, PermissionKind.ManageLists);
    const b = body(c);
    for (const k of Object.keys(b))
      if (!LIST_WRITABLE.has(k) && k !== '__metadata' && k !== 'AllowContentTypes' && k !== 'BaseTemplate' && k !== 'ContentTypesEnabled')
        throw unknownProperty(k, 'SP.List');
    const list = c.core.store.tx(() => {
      const l = c.core.createList(b as { Title: string });
      return applyListProps(c, l, b);
    });
    return sendEntity(c, listEntity(c.core, list, c.user), 201);
  }
  throw methodNotAllowed();
}

const LIST_WRITABLE = new Set([
  'Title',
  'Description',
  'EnableVersioning',
  'ReadSecurity',
  'WriteSecurity',
  'Hidden',
  'NoCrawl',
  'EnableAttachments',
  'EnableMinorVersions',
  'MajorVersionLimit',
  'ForceCheckout',
  'ContentTypesEnabled',
]);

function applyListProps(c: RouteCtx, list: ListInfo, b: Record<string, unknown>): ListInfo {
  const next: ListInfo = { ...list };
  for (const [k, v] of Object.entries(b)) {
    if (k === '__metadata' || k === 'BaseTemplate' || k === 'AllowContentTypes') continue;
    if (!LIST_WRITABLE.has(k)) throw unknownProperty(k, 'SP.List');
    if (k === 'ReadSecurity' && v !== 1 && v !== 2) throw invalidQuery('ReadSecurity must be 1 or 2.');
    if (k === 'WriteSecurity' && v !== 1 && v !== 2 && v !== 4) throw invalidQuery('WriteSecurity must be 1, 2 or 4.');
    if (
      k === 'Title' &&
      typeof v === 'string' &&
      [...c.core.store.lists.values()].some((l) => l.Id !== list.Id && l.Title.toLowerCase() === v.toLowerCase())
    ) {
      throw new SpError(
        500,
        '-2130575342, Microsoft.SharePoint.SPException',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    (next as unknown as Record<string, unknown>)[k] = v;
  }
  c.core.store.saveList(next);
  return next;
}

export function handleList(c: RouteCtx, list: ListInfo, method: string): TenantResponse {
  if (!visible(c, list)) throw listNotFound(list.Title, c.core.siteUrl());
  if (method === 'GET') return sendEntity(c, listEntity(c.core, list, c.user));
  requirePerm(c, listScope(list.Id), PermissionKind.ManageLists);
  if (method === 'MERGE' || method === 'PATCH') {
    const b = body(c);
    c.core.store.tx(() => applyListProps(c, list, b));
    return noContent();
  }
  if (method === 'DELETE') {
    for (const other of c.core.store.lists.values()) {
      // like SharePoint: only a lookup that enforces a relationship blocks deleting its target list
      if (other.Id !== list.Id && other.fields.some((f) => f.RelationshipDeleteBehavior && f.LookupList === `{${list.Id}}`)) {
        throw new SpError(
          400,
          '-2146232832, Microsoft.SharePoint.SPException',
          `This list cannot be deleted because the list '${other.Title}' has a lookup column that enforces a relationship with it.`,
        );
      }
    }
    c.core.store.tx(() => c.core.store.deleteList(list.Id));
    return noContent();
  }
  throw methodNotAllowed();
}

export function handleListCall(c: RouteCtx, list: ListInfo, name: string, method: string): TenantResponse | null {
  if (name === 'getchanges') {
    if (method !== 'POST') throw methodNotAllowed();
    if (!visible(c, list)) throw listNotFound(list.Title, c.core.siteUrl());
    const q = ((body(c).query ?? {}) as ChangeQuery) ?? {};
    const changes = listChanges(c.core, list, q, c.user);
    const rq = readQuery(c.req.url, c.verbose);
    return ok(
      c,
      collectionBody(
        changes.map((e) => project(e, rq.select, rq.expand, c.verbose)),
        c.verbose,
        `${c.core.siteUrl()}/_api/$metadata#Collection(SP.Change)`,
      ),
    );
  }
  if (name === 'recycle') {
    if (method !== 'POST') throw methodNotAllowed();
    requirePerm(c, listScope(list.Id), PermissionKind.ManageLists);
    c.core.store.tx(() => c.core.store.deleteList(list.Id));
    return ok(
      c,
      c.verbose ? { d: { Recycle: list.Id } } : { 'odata.metadata': `${c.core.siteUrl()}/_api/$metadata#Edm.Guid`, value: list.Id },
    );
  }
  return null;
}

export function handleFields(c: RouteCtx, n: Extract<Node, { k: 'fields' }>, method: string): TenantResponse {
  const list = n.list;
  if (method === 'GET')
    return sendCollection(
      c,
      (list?.fields ?? []).map((f) => fieldEntity(c.core, list, f)),
      'SP.Field',
    );
  if (method === 'POST') return addField(c, list, body(c));
  throw methodNotAllowed();
}

const KIND_TYPE: Record<number, string> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  11: 'URL',
  15: 'MultiChoice',
  20: 'User',
};

const xmlAttr = (v: unknown): string =>
  String(v).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);

/**
 * `fields.add(title, kind, props)` (POST to the collection) and `fields.addField` (AddField with
 * parameters): SharePoint derives the internal name from the title; we build the same field XML.
 */
export function addField(c: RouteCtx, list: ListInfo | null, props: Record<string, unknown>): TenantResponse {
  const kind = Number(props.FieldTypeKind);
  const type = KIND_TYPE[kind];
  const title = String(props.Title ?? '').trim();
  if (!type || !title) throw invalidQuery('A field needs a Title and a supported FieldTypeKind.');
  const name = title.replace(/[^A-Za-z0-9_]/g, (ch) => (ch === ' ' ? '_x0020_' : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`));
  const attrs: Record<string, unknown> = { Type: type, Name: name, StaticName: name, DisplayName: title };
  if (props.Required !== undefined) attrs.Required = props.Required ? 'TRUE' : 'FALSE';
  if (props.Indexed !== undefined) attrs.Indexed = props.Indexed ? 'TRUE' : 'FALSE';
  if (props.EnforceUniqueValues !== undefined) attrs.EnforceUniqueValues = props.EnforceUniqueValues ? 'TRUE' : 'FALSE';
  if (props.MaxLength !== undefined) attrs.MaxLength = props.MaxLength;
  if (props.DisplayFormat !== undefined && type === 'DateTime') attrs.Format = props.DisplayFormat === 0 ? 'DateOnly' : 'DateTime';
  if (props.AllowMultipleValues) attrs.Mult = 'TRUE';
  if (props.LookupListId !== undefined) attrs.List = props.LookupListId;
  if (props.LookupFieldName !== undefined || props.LookupField !== undefined) attrs.ShowField = props.LookupFieldName ?? props.LookupField;
  if (props.SelectionMode !== undefined) attrs.UserSelectionMode = props.SelectionMode;
  const choicesRaw = props.Choices as unknown;
  const choices = Array.isArray(choicesRaw)
    ? choicesRaw
    : Array.isArray((choicesRaw as { results?: unknown[] } | undefined)?.results)
      ? (choicesRaw as { results: unknown[] }).results
      : null;
  const inner = choices ? `<CHOICES>${choices.map((x) => `<CHOICE>${xmlAttr(x)}</CHOICE>`).join('')}</CHOICES>` : '';
  const xml = `<Field ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${xmlAttr(v)}"`)
    .join(' ')}>${inner}</Field>`;
  return createFromXml(c, list, xml);
}

/** `fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }`. */
export function createFieldAsXml(c: RouteCtx, list: ListInfo | null, method: string): TenantResponse {
  if (method !== 'POST') throw methodNotAllowed();
  if (!list)
    throw new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      'Site columns are not supported by the local tenant; create the field on a list.',
    );
  requirePerm(c, listScope(list.Id), PermissionKind.ManageLists);
  const params = body(c).parameters as { SchemaXml?: unknown } | undefined;
  const xml = typeof params?.SchemaXml === 'string' ? params.SchemaXml : '';
  return createFromXml(c, list, xml);
}

function createFromXml(c: RouteCtx, list: ListInfo | null, xml: string): TenantResponse {
  if (!list)
    throw new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      'Site columns are not supported by the local tenant; create the field on a list.',
    );
  requirePerm(c, listScope(list.Id), PermissionKind.ManageLists);
  const field = fieldFromXml(xml, (ref) => {
    const id = ref.replace(/[{}]/g, '').toLowerCase();
    if (c.core.store.lists.has(id)) return id;
    return c.core.listByUrl(ref)?.Id;
  });
  if (list.fields.some((f) => f.InternalName.toLowerCase() === field.InternalName.toLowerCase())) {
    throw new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${field.InternalName}" was found.`);
  }
  const next = { ...list, fields: [...list.fields, field] };
  c.core.store.tx(() => c.core.store.saveList(next));
  return sendEntity(c, fieldEntity(c.core, next, field), 201);
}

const FIELD_WRITABLE = new Set([
  'Title',
  'Description',
  'Indexed',
  'EnforceUniqueValues',
  'Required',
  'Choices',
  'MaxLength',
  'Hidden',
  'DefaultValue',
  'ReadOnlyField',
  'DisplayFormat',
  'SelectionMode',
  'LookupField',
  'RelationshipDeleteBehavior',
]);

export function handleField(c: RouteCtx, n: Extract<Node, { k: 'field' }>, method: string): TenantResponse {
  const list = n.list;
  if (method === 'GET') return sendEntity(c, fieldEntity(c.core, list, n.field));
  if (!list) throw methodNotAllowed();
  requirePerm(c, listScope(list.Id), PermissionKind.ManageLists);
  if (method === 'MERGE' || method === 'PATCH') {
    const b = body(c);
    const f: FieldInfo = { ...n.field };
    for (const [k, raw] of Object.entries(b)) {
      if (k === '__metadata') continue;
      if (!FIELD_WRITABLE.has(k)) throw unknownProperty(k, 'SP.Field');
      const v = k === 'Choices' && raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { results?: unknown }).results : raw;
      if (k === 'Choices') {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw invalidQuery('Choices must be a list of strings.');
        if (f.Choices === undefined) throw unknownProperty(k, 'SP.Field');
        f.Choices = v as string[];
      } else if (k === 'RelationshipDeleteBehavior') {
        if (f.FieldTypeKind !== 7) throw unknownProperty(k, 'SP.Field');
        if (v !== 0 && v !== 1 && v !== 2) throw invalidQuery('RelationshipDeleteBehavior must be 0 (None), 1 (Cascade) or 2 (Restrict).');
        f.RelationshipDeleteBehavior = v;
      } else if (k === 'MaxLength') {
        if (f.TypeAsString !== 'Text' || typeof v !== 'number' || v < 1 || v > 255)
          throw invalidQuery('MaxLength must be between 1 and 255 on a Text field.');
        f.MaxLength = v;
      } else (f as unknown as Record<string, unknown>)[k] = v;
    }
    if (f.EnforceUniqueValues && !f.Indexed) throw uniqueNeedsIndex();
    // as in SharePoint, a relationship that restricts or cascades deletes needs an indexed lookup
    if (f.RelationshipDeleteBehavior && !f.Indexed)
      throw invalidQuery('The lookup column must be indexed to enforce a relationship behavior.');
    if (f.EnforceUniqueValues && !n.field.EnforceUniqueValues) {
      const seen = new Set<string>();
      for (const it of c.core.store.itemsOf(list.Id).values()) {
        const key = uniqueKey(it.values[f.InternalName]);
        if (key === null) continue;
        if (seen.has(key))
          throw new SpError(
            400,
            '-2146232832, Microsoft.SharePoint.SPException',
            'This field contains duplicate values. Remove all duplicate values and try the operation again.',
          );
        seen.add(key);
      }
    }
    f.SchemaXml = schemaXml(f);
    const next = { ...list, fields: list.fields.map((x) => (x.Id === f.Id ? f : x)) };
    c.core.store.tx(() => c.core.store.saveList(next));
    return noContent();
  }
  if (method === 'DELETE') {
    if (n.field.FromBaseType)
      throw new SpError(
        400,
        '-2146232832, Microsoft.SharePoint.SPException',
        'You cannot delete a hidden column or a column the list needs.',
      );
    const next = { ...list, fields: list.fields.filter((x) => x.Id !== n.field.Id) };
    c.core.store.tx(() => {
      c.core.store.saveList(next);
      for (const it of c.core.store.itemsOf(list.Id).values()) {
        if (n.field.InternalName in it.values) {
          const values = { ...it.values };
          delete values[n.field.InternalName];
          c.core.store.saveItem(list.Id, { ...it, values });
        }
      }
    });
    return noContent();
  }
  throw methodNotAllowed();
}

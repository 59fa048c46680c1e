/**
 * Reading list items as SharePoint does: REST shape of each item, `$filter` over the in-memory
 * items, `$orderby` (ID as tie-breaker), `$top` (default 100, at most 5000), paging with
 * `$skiptoken=Paged=TRUE&p_ID=n` next links, and the list-view threshold.
 */
import { SITE_PATH } from '../context';
import { PermissionKind } from './permissionKinds';
import { accessDenied, fieldNotFound, invalidQuery, throttled } from './errors';
import type { FieldInfo, ItemRecord, ListInfo, SiteUser } from './model';
import { propsOf } from '../odata/filter';
import { compileFilter, parseFilter, type FilterNode, type PropAccessor } from './odata/filter';
import { collectionBody, project, type Entity, type QueryOptions } from './odata/query';
import { dirOf, itemScope, listScope } from './permissions';
import { isFolder } from './store';
import type { SiteCore } from './site';
import { isLookup, isMulti, isUser, restName } from './values';

export const LIST_VIEW_THRESHOLD = 5000;

export function listApiUrl(core: SiteCore, list: ListInfo): string {
  return `${core.siteUrl()}/_api/Web/Lists(guid'${list.Id}')`;
}

function userEntity(core: SiteCore, id: number): Entity | null {
  const u = core.store.users.get(id);
  const g = u ? undefined : core.store.groups.get(id);
  if (!u && !g) return null;
  const dir = u ? core.ctx.directory.userById(u.aadId) : undefined;
  return {
    type: 'SP.Data.UserInfoItem',
    id: `${core.siteUrl()}/_api/Web/SiteUserInfoList/Items(${id})`,
    props: u
      ? {
          Id: u.Id,
          ID: u.Id,
          Title: u.Title,
          EMail: u.Email,
          Name: u.LoginName,
          UserName: u.UserPrincipalName,
          FirstName: dir?.givenName ?? null,
          LastName: dir?.surname ?? null,
          JobTitle: dir?.jobTitle ?? null,
          Department: null,
          Office: dir?.officeLocation ?? null,
          MobilePhone: dir?.mobilePhone ?? null,
          WorkPhone: dir?.businessPhones[0] ?? null,
          SipAddress: u.Email,
          IsSiteAdmin: u.IsSiteAdmin,
        }
      : {
          Id: g!.Id,
          ID: g!.Id,
          Title: g!.Title,
          EMail: null,
          Name: g!.Title,
          UserName: null,
          FirstName: null,
          LastName: null,
          JobTitle: null,
          Department: null,
          Office: null,
          MobilePhone: null,
          WorkPhone: null,
          SipAddress: null,
          IsSiteAdmin: false,
        },
  };
}

function lookupTargetList(core: SiteCore, f: FieldInfo): ListInfo | undefined {
  const id = (f.LookupList ?? '').replace(/[{}]/g, '').toLowerCase();
  return core.store.lists.get(id);
}

/** An item as an OData entity: REST-form values as props, people and lookups as navigations. */
export function itemEntity(core: SiteCore, list: ListInfo, item: ItemRecord, depth = 0): Entity {
  const v = item.values;
  const library = list.BaseTemplate === 101;
  const props: Record<string, unknown> = {
    FileSystemObjectType: isFolder(item) ? 1 : 0,
    Id: item.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: library ? '0x010100A1B2C3D4E5F60718293A4B5C6D7E8F90' : '0x010012A3B4C5D6E7F8091A2B3C4D5E6F7A8B',
  };
  const nav: Record<string, () => Entity | Entity[] | null> = {};
  const extra: Record<string, () => unknown> = {
    HasUniqueRoleAssignments: () => core.perms.hasUnique(itemScope(list.Id, item.Id)),
    FileDirRef: () => fileDirRef(list, item),
  };
  for (const f of list.fields) {
    if (f.InternalName === 'FileLeafRef' || f.InternalName === 'FileRef' || f.InternalName === 'File_x0020_Size') {
      const val = v[f.InternalName] ?? null;
      extra[f.InternalName] = () => val;
      continue;
    }
    if (f.InternalName === 'ID' || f.InternalName === 'ContentType' || f.InternalName === 'ContentTypeId' || f.InternalName === 'FSObjType')
      continue;
    const val = v[f.InternalName];
    if (isUser(f)) {
      const ids = isMulti(f) ? ((val as number[] | undefined) ?? []) : ((val as number | null | undefined) ?? null);
      props[restName(f)] = ids;
      props[`${f.InternalName}StringId`] = Array.isArray(ids) ? ids.map(String) : ids === null ? null : String(ids);
      nav[f.InternalName] = () =>
        Array.isArray(ids)
          ? ids.map((i) => userEntity(core, i)).filter((x): x is Entity => x !== null)
          : ids === null
            ? null
            : userEntity(core, ids);
    } else if (isLookup(f)) {
      const ids = isMulti(f) ? ((val as number[] | undefined) ?? []) : ((val as number | null | undefined) ?? null);
      props[restName(f)] = ids;
      nav[f.InternalName] = () => {
        const target = lookupTargetList(core, f);
        const one = (i: number): Entity | null => {
          const t = target ? core.store.itemsOf(target.Id).get(i) : undefined;
          return t && target && depth < 1 ? itemEntity(core, target, t, depth + 1) : null;
        };
        return Array.isArray(ids) ? ids.map(one).filter((x): x is Entity => x !== null) : ids === null ? null : one(ids);
      };
    } else if (f.InternalName === 'Attachments') props.Attachments = false;
    else props[restName(f)] = val === undefined ? (isMulti(f) ? [] : null) : val;
  }
  props.ComplianceAssetId = null;
  props.ID = item.Id;
  props.OData__UIVersionString = v._UIVersionString ?? '1.0';
  props.GUID = item.GUID;
  if (library && item.file) {
    const fileId = `${core.siteUrl()}/_api/Web/GetFileByServerRelativePath(decodedurl='${String(v.FileRef)}')`;
    nav.File = () => ({ type: 'SP.File', id: fileId, props: fileProps(core, list, item) });
  }
  return {
    type: list.ListItemEntityTypeFullName,
    id: `${listApiUrl(core, list)}/Items(${item.Id})`,
    editLink: `Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
    etag: `"${item.Version}"`,
    props,
    extra,
    nav,
  };
}

/** SP.File properties of a library item. */
export function fileProps(core: SiteCore, list: ListInfo, item: ItemRecord): Record<string, unknown> {
  const f = item.file!;
  const label = String(item.values._UIVersionString ?? '1.0');
  return {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${f.uniqueId.toUpperCase()}},${item.Version},${item.Version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${f.uniqueId.toUpperCase()}},${item.Version}"`,
    Exists: true,
    Length: String(f.size),
    Level: 1,
    MajorVersion: Number.parseInt(label, 10),
    MinorVersion: 0,
    Name: f.name,
    ServerRelativeUrl: String(item.values.FileRef),
    TimeCreated: item.values.Created,
    TimeLastModified: item.values.Modified,
    Title: (item.values.Title as string | null) ?? null,
    UIVersion: Number.parseInt(label, 10) * 512,
    UIVersionLabel: label,
    UniqueId: f.uniqueId,
    ListId: list.Id,
  };
}

interface ItemCol {
  get(item: ItemRecord): unknown;
  type: PropAccessor<ItemRecord>['type'];
  indexed: boolean;
  field: FieldInfo | null;
}

function typeOf(f: FieldInfo): ItemCol['type'] {
  if (isMulti(f)) return 'multi';
  switch (f.TypeAsString) {
    case 'DateTime':
      return 'date';
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Counter':
    case 'Lookup':
    case 'User':
      return 'number';
    case 'Boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** The folder an item of a library is in (server-relative); for a list, its root. */
function fileDirRef(list: ListInfo, item: ItemRecord): string {
  const ref = item.values.FileRef;
  return typeof ref === 'string' ? dirOf(ref) : `${SITE_PATH}/${list.Url}`;
}

/** Resolves a column reference in $filter/$orderby: `Title`, `BodyId`, `Body/Id`, `Person/EMail`, `Body/BodyCode`. */
export function resolveColumn(core: SiteCore, list: ListInfo, path: string): ItemCol {
  if (path === 'ID' || path === 'Id') return { get: (i) => i.Id, type: 'number', indexed: true, field: null };
  // SharePoint indexes the folder path itself: filtering a library by folder stays under the threshold
  if (path === 'FileDirRef') return { get: (i) => fileDirRef(list, i), type: 'text', indexed: true, field: null };
  if (path === 'FSObjType') return { get: (i) => (isFolder(i) ? 1 : 0), type: 'number', indexed: true, field: null };
  const byRest = list.fields.find((f) => restName(f) === path);
  if (byRest && (isLookup(byRest) || isUser(byRest))) {
    return {
      get: (i) => i.values[byRest.InternalName] ?? (isMulti(byRest) ? [] : null),
      type: isMulti(byRest) ? 'multi' : 'number',
      indexed: byRest.Indexed,
      field: byRest,
    };
  }
  const slash = path.indexOf('/');
  if (slash > 0) {
    const head = path.slice(0, slash);
    const sub = path.slice(slash + 1);
    const f = list.fields.find((x) => x.InternalName === head && (isLookup(x) || isUser(x)));
    if (!f) throw fieldNotFound(head);
    if (sub === 'Id' || sub === 'ID')
      return {
        get: (i) => i.values[f.InternalName] ?? (isMulti(f) ? [] : null),
        type: isMulti(f) ? 'multi' : 'number',
        indexed: f.Indexed,
        field: f,
      };
    if (isUser(f)) {
      const probe = userEntity(core, [...core.store.users.keys()][0] ?? 0);
      if (probe && !(sub in probe.props)) throw fieldNotFound(path);
      const one = (id: unknown): unknown => (typeof id === 'number' ? (userEntity(core, id)?.props[sub] ?? null) : null);
      return {
        get: (i) => {
          const v = i.values[f.InternalName];
          return Array.isArray(v) ? v.map(one) : one(v);
        },
        type: isMulti(f) ? 'multi' : 'text',
        indexed: false,
        field: f,
      };
    }
    const target = lookupTargetList(core, f);
    const tf = target?.fields.find((x) => x.InternalName === sub);
    if (!target || !tf) throw fieldNotFound(path);
    const one = (id: unknown): unknown => (typeof id === 'number' ? (core.store.itemsOf(target.Id).get(id)?.values[sub] ?? null) : null);
    return {
      get: (i) => {
        const v = i.values[f.InternalName];
        return Array.isArray(v) ? v.map(one) : one(v);
      },
      type: isMulti(f) ? 'multi' : typeOf(tf),
      indexed: false,
      field: f,
    };
  }
  const f = list.fields.find((x) => x.InternalName === path || restName(x) === path);
  if (!f || isLookup(f) || isUser(f)) throw fieldNotFound(path);
  return { get: (i) => i.values[f.InternalName] ?? (isMulti(f) ? [] : null), type: typeOf(f), indexed: f.Indexed, field: f };
}

/** Whether SharePoint could answer the filter from an index (and so stay under the threshold). */
function indexUsable(node: FilterNode, col: (p: string) => ItemCol): boolean {
  switch (node.kind) {
    case 'and':
      return indexUsable(node.left, col) || indexUsable(node.right, col);
    case 'or':
      return indexUsable(node.left, col) && indexUsable(node.right, col);
    case 'not':
      return indexUsable(node.inner, col);
    case 'fn':
    case 'bool':
    case 'cmp':
      return propsOf(node).every((p) => col(p.path).indexed);
  }
}

function compareValues(a: unknown, b: unknown): number {
  const an = a === null || a === undefined || (Array.isArray(a) && !a.length);
  const bn = b === null || b === undefined || (Array.isArray(b) && !b.length);
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'sv');
  const x = Array.isArray(a) ? a[0] : a;
  const y = Array.isArray(b) ? b[0] : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface ItemPage {
  rows: ItemRecord[];
  nextLink?: string;
}

/** Runs an item query for `user`; items the user cannot read are skipped, as in SharePoint. */
export function queryItems(core: SiteCore, list: ListInfo, user: SiteUser | null, q: QueryOptions, requestUrl: URL): ItemPage {
  if (!core.perms.has(user, listScope(list.Id), PermissionKind.ViewListItems)) {
    // item-level grants still let a user read those items through the list
    const anyItem = [...core.store.uniqueScopes].some((s) => s.startsWith(`item:${list.Id}:`));
    if (!anyItem) throw accessDenied();
  }
  const all = core.store.itemsOf(list.Id);
  const cols = new Map<string, ItemCol>();
  const col = (p: string): ItemCol => {
    let c = cols.get(p);
    if (!c) {
      c = resolveColumn(core, list, p);
      cols.set(p, c);
    }
    return c;
  };
  let tree: FilterNode | null = null;
  if (q.filter) tree = parseFilter(q.filter);
  const pred = tree ? compileFilter<ItemRecord>(tree, col, q.filter!) : null;
  const orders = q.orderBy.map((o) => ({ ...o, c: col(o.path) }));
  if (all.size > LIST_VIEW_THRESHOLD) {
    if (tree && !indexUsable(tree, col)) throw throttled();
    if (orders.some((o) => !o.c.indexed)) throw throttled();
  }
  const override = core.perms.overridesListBehaviors(user, list);
  const cmp = (a: ItemRecord, b: ItemRecord): number => {
    for (const o of orders) {
      const c = compareValues(o.c.get(a), o.c.get(b));
      if (c !== 0) return o.desc ? -c : c;
    }
    return a.Id - b.Id;
  };
  // Without item-level scopes one list-level answer holds for every item: keeps 10 000-item reads in milliseconds.
  const itemScopes = [...core.store.uniqueScopes].some((s) => s.startsWith(`item:${list.Id}:`));
  const listCanView = core.perms.has(user, listScope(list.Id), PermissionKind.ViewListItems);
  const ownOnly = list.ReadSecurity === 2 && !override;
  const readable = itemScopes
    ? (item: ItemRecord): boolean => core.perms.canReadItem(user, list, item, override)
    : (item: ItemRecord): boolean => listCanView && (!ownOnly || item.values.Author === user?.Id);
  let rows: ItemRecord[] = [];
  for (const item of all.values()) {
    if (pred && !pred(item)) continue;
    if (!readable(item)) continue;
    rows.push(item);
  }
  if (orders.length) rows.sort(cmp);
  else rows.sort((a, b) => a.Id - b.Id);
  if (q.skipToken) {
    const params = new URLSearchParams(q.skipToken);
    const pid = Number(params.get('p_ID'));
    if (!Number.isFinite(pid)) throw invalidQuery(`The expression "${q.skipToken}" is not valid.`);
    const cursor = all.get(pid);
    const prev = params.get('PagedPrev') === 'TRUE';
    if (cursor) rows = prev ? rows.filter((r) => cmp(r, cursor) < 0) : rows.filter((r) => cmp(r, cursor) > 0);
    else rows = prev ? rows.filter((r) => r.Id < pid) : rows.filter((r) => r.Id > pid);
  }
  const top = Math.min(q.top ?? 100, LIST_VIEW_THRESHOLD);
  const page = rows.slice(0, top);
  let nextLink: string | undefined;
  if (rows.length > top && page.length) {
    const last = page[page.length - 1];
    const token = new URLSearchParams({ Paged: 'TRUE' });
    for (const o of orders) {
      const v = o.c.get(last);
      token.set(`p_${o.path.replace('/', '_')}`, v === null || v === undefined ? '' : String(v));
    }
    token.set('p_ID', String(last.Id));
    const next = new URL(requestUrl.toString());
    for (const k of [...next.searchParams.keys()])
      if (k.toLowerCase() === '$skiptoken' || k.toLowerCase() === '$top') next.searchParams.delete(k);
    next.searchParams.set('$skiptoken', token.toString());
    next.searchParams.set('$top', String(top));
    nextLink = `${core.ctx.baseUrl()}${next.pathname}${next.search}`;
  }
  return { rows: page, nextLink };
}

export function itemsBody(core: SiteCore, list: ListInfo, page: ItemPage, q: QueryOptions): unknown {
  const rows = page.rows.map((it) => itemJson(core, list, it, q));
  return collectionBody(rows, q.verbose, `${core.siteUrl()}/_api/$metadata#SP.ListData.${list.EntityTypeName}Items`, page.nextLink);
}

/** One item's JSON under `$select`/`$expand`; `Id` and `ID` always come back as SharePoint does. */
export function itemJson(core: SiteCore, list: ListInfo, item: ItemRecord, q: QueryOptions): Record<string, unknown> {
  const e = itemEntity(core, list, item);
  for (const p of q.select.props) {
    if (!(p in e.props) && !(e.nav && p in e.nav) && !(e.extra && p in e.extra)) throw fieldNotFound(p);
  }
  const out = project(e, q.select, q.expand, q.verbose);
  if (!q.select.all) {
    out.Id = item.Id;
    out.ID = item.Id;
  }
  return out;
}

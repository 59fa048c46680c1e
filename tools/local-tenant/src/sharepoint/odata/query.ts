/**
 * `$select`, `$expand`, `$orderby`, `$top` and JSON shaping (minimal metadata or verbose) of
 * entities. Items and plain entities (lists, fields, groups, ...) share this; items add their
 * own filtering, threshold and paging in itemQuery.ts.
 */
import { invalidClientQuery, invalidExpression, invalidQuery, unknownProperty } from '../errors';
import { compileFilter, parseFilter, type PropAccessor } from './filter';

export interface Entity {
  /** OData type, e.g. `SP.List`, `SP.Data.BodiesListItem`. */
  type: string;
  /** Absolute URL of the entity (odata.id / __metadata.uri). */
  id: string;
  editLink?: string;
  etag?: string;
  props: Record<string, unknown>;
  /** Properties SharePoint returns only when `$select` names them (HasUniqueRoleAssignments, FileRef, ...). */
  extra?: Record<string, () => unknown>;
  /** Navigation properties, produced only when expanded. */
  nav?: Record<string, () => Entity | Entity[] | null>;
}

export interface SelectTree {
  all: boolean;
  props: Set<string>;
  children: Map<string, SelectTree>;
}

export interface QueryOptions {
  select: SelectTree;
  /** Expanded navigation paths, e.g. `RootFolder`, `Member`, `Body`. */
  expand: Set<string>;
  filter: string | null;
  orderBy: { path: string; desc: boolean }[];
  top: number | null;
  skipToken: string | null;
  verbose: boolean;
}

export function parseSelect(raw: string | null): SelectTree {
  const root: SelectTree = { all: !raw, props: new Set(), children: new Map() };
  if (!raw) return root;
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!/^[\w*]+(\/[\w*]+)*$/.test(part)) throw invalidExpression(raw);
    const segs = part.split('/');
    let node = root;
    for (let i = 0; i < segs.length - 1; i++) {
      let child = node.children.get(segs[i]);
      if (!child) {
        child = { all: false, props: new Set(), children: new Map() };
        node.children.set(segs[i], child);
      }
      node = child;
    }
    const last = segs[segs.length - 1];
    if (last === '*') node.all = true;
    else node.props.add(last);
  }
  return root;
}

export function readQuery(url: URL, verbose: boolean): QueryOptions {
  const q = (name: string): string | null => {
    // OData system options are case-insensitive in SharePoint
    for (const [k, v] of url.searchParams) if (k.toLowerCase() === name) return v;
    return null;
  };
  const expandRaw = q('$expand');
  const expand = new Set<string>();
  if (expandRaw)
    for (const e of expandRaw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!/^\w+(\/\w+)*$/.test(e)) throw invalidExpression(expandRaw);
      expand.add(e);
    }
  const orderRaw = q('$orderby');
  const orderBy: QueryOptions['orderBy'] = [];
  if (orderRaw)
    for (const part of orderRaw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^(\w+(?:\/\w+)?)(?:\s+(asc|desc))?$/i.exec(part);
      if (!m) throw invalidExpression(orderRaw);
      orderBy.push({ path: m[1], desc: (m[2] ?? '').toLowerCase() === 'desc' });
    }
  const topRaw = q('$top');
  let top: number | null = null;
  if (topRaw !== null) {
    if (!/^\d+$/.test(topRaw.trim())) throw invalidQuery(`The expression "${topRaw}" is not valid.`);
    top = Number(topRaw);
  }
  return { select: parseSelect(q('$select')), expand, filter: q('$filter'), orderBy, top, skipToken: q('$skiptoken'), verbose };
}

function accessorFor(path: string, type: string): PropAccessor<Entity> {
  return {
    get: (e: Entity) => {
      if (!(path in e.props)) throw unknownProperty(path, type);
      const v = e.props[path];
      return v !== null && typeof v === 'object' && 'StringValue' in (v as object) ? (v as { StringValue: unknown }).StringValue : v;
    },
    type: 'any',
  };
}

/** Filters, orders and limits a collection of plain entities (not items). */
export function queryEntities(entities: Entity[], q: QueryOptions, typeName: string): Entity[] {
  let out = entities;
  if (q.filter) {
    const tree = parseFilter(q.filter);
    const pred = compileFilter<Entity>(
      tree,
      (p) => {
        if (p.includes('/')) throw invalidQuery(`The field or property '${p}' is not supported in $filter here.`);
        if (entities.length && !(p in entities[0].props)) throw unknownProperty(p, typeName);
        return accessorFor(p, typeName);
      },
      q.filter,
    );
    out = out.filter(pred);
  }
  if (q.orderBy.length) {
    out = [...out].sort((a, b) => {
      for (const o of q.orderBy) {
        const x = a.props[o.path] as string | number;
        const y = b.props[o.path] as string | number;
        if (x === y) continue;
        const c = x === null || x === undefined ? -1 : y === null || y === undefined ? 1 : x < y ? -1 : 1;
        return o.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top !== null) out = out.slice(0, q.top);
  return out;
}

/** An entity's JSON: selected props and expanded navigations, with metadata in the client's format. */
export function project(e: Entity, select: SelectTree, expand: Set<string>, verbose: boolean, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (verbose) out.__metadata = { id: e.id, uri: e.id, ...(e.etag ? { etag: e.etag } : {}), type: e.type };
  else {
    out['odata.type'] = e.type;
    out['odata.id'] = e.id;
    if (e.etag) out['odata.etag'] = e.etag;
    out['odata.editLink'] = e.editLink ?? e.id;
  }
  const wrap = (v: unknown): unknown => (verbose && Array.isArray(v) ? { results: v } : v);
  if (select.all) for (const [k, v] of Object.entries(e.props)) out[k] = wrap(v);
  for (const p of select.props) {
    if (e.nav && p in e.nav && !(p in e.props)) continue; // a navigation selected without $expand stays deferred
    if (!(p in e.props)) {
      if (e.extra && p in e.extra) {
        out[p] = wrap(e.extra[p]());
        continue;
      }
      throw unknownProperty(p, e.type);
    }
    out[p] = wrap(e.props[p]);
  }
  for (const [name, child] of select.children) {
    if (!expand.has(prefix + name)) {
      throw invalidQuery(
        `The query to field '${prefix}${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${prefix}${name}.`,
      );
    }
    void child;
  }
  for (const path of expand) {
    if (!path.startsWith(prefix) || path.slice(prefix.length).includes('/')) continue;
    const name = path.slice(prefix.length);
    const make = e.nav?.[name];
    if (!make) throw invalidClientQuery(`The field or property '${name}' does not exist.`);
    const childSel = select.children.get(name) ?? { all: true, props: new Set<string>(), children: new Map() };
    const v = make();
    if (v === null) out[name] = null;
    else if (Array.isArray(v)) out[name] = wrap(v.map((c) => project(c, childSel, expand, verbose, `${prefix}${name}/`)));
    else out[name] = project(v, childSel, expand, verbose, `${prefix}${name}/`);
  }
  return out;
}

/** Response body for a collection, shaped as SharePoint does for the Accept header. */
export function collectionBody(rows: Record<string, unknown>[], verbose: boolean, metadataUrl: string, nextLink?: string): unknown {
  if (verbose) return { d: { results: rows, ...(nextLink ? { __next: nextLink } : {}) } };
  return { 'odata.metadata': metadataUrl, value: rows, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) };
}

export function entityBody(row: Record<string, unknown>, verbose: boolean, metadataUrl: string): unknown {
  if (verbose) return { d: row };
  return { 'odata.metadata': metadataUrl, ...row };
}

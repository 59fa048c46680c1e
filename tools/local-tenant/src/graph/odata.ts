import { badRequest } from './errors';
import { parseFilter as parse, propsOf, type FilterNode, type Operand } from '../odata/filter';

/**
 * OData query options as Graph reads them ($select, $filter, $orderby, $top, $skip,
 * $skipToken, $count, $search), and applying them to rendered entities. Graph treats the
 * option names case-insensitively (the graph client itself sends `$skipToken`).
 */
export interface QueryOptions {
  select: string[] | null;
  top: number | null;
  skip: number;
  skipToken: string | null;
  orderby: { path: string[]; desc: boolean }[];
  filter: FilterExpr | null;
  count: boolean;
  search: string | null;
  /** Any query parameter by name, case-insensitively (e.g. startDateTime). */
  param(name: string): string | null;
}

export function parseQuery(url: URL): QueryOptions {
  const byName = new Map<string, string>();
  for (const [k, v] of url.searchParams) byName.set(k.toLowerCase(), v);
  const param = (name: string): string | null => byName.get(name.toLowerCase()) ?? null;
  const selectRaw = param('$select');
  const topRaw = param('$top');
  let top: number | null = null;
  if (topRaw !== null) {
    top = Number(topRaw);
    if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid value '${topRaw}' for $top query option found.`);
  }
  const skipRaw = param('$skip');
  const skip = skipRaw === null ? 0 : Number(skipRaw);
  if (!Number.isInteger(skip) || skip < 0) throw badRequest(`Invalid value '${skipRaw}' for $skip query option found.`);
  const filterRaw = param('$filter');
  const countRaw = param('$count');
  return {
    select: selectRaw
      ? selectRaw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
    top,
    skip,
    skipToken: param('$skiptoken'),
    orderby: parseOrderby(param('$orderby')),
    filter: filterRaw ? parseFilter(filterRaw) : null,
    count: countRaw !== null && countRaw.toLowerCase() === 'true',
    search: param('$search'),
    param,
  };
}

function parseOrderby(raw: string | null): { path: string[]; desc: boolean }[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((clause) => {
      const [prop, dir] = clause.split(/\s+/);
      if (dir && !/^(asc|desc)$/i.test(dir)) throw badRequest(`Invalid $orderby clause '${clause}'.`);
      return { path: prop.split('/'), desc: /^desc$/i.test(dir ?? '') };
    });
}

// ---------------------------------------------------------------- $filter

export type FilterExpr = FilterNode;

/** Parses a `$filter` in Graph's dialect (the shared parser, odata/filter.ts); 400 BadRequest when malformed. */
export function parseFilter(src: string): FilterExpr {
  return parse(src, 'graph');
}

/** Reads `a/b/c` from an entity; property names match case-insensitively as in Graph. */
export function getPath(obj: unknown, path: string[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const rec = cur as Record<string, unknown>;
    if (seg in rec) cur = rec[seg];
    else {
      const key = Object.keys(rec).find((k) => k.toLowerCase() === seg.toLowerCase());
      cur = key === undefined ? undefined : rec[key];
    }
  }
  return cur;
}

function value(entity: unknown, o: Operand): unknown {
  return o.kind === 'prop' ? getPath(entity, o.path.split('/')) : o.value;
}

/** Orders two values the way Graph compares them: strings case-insensitively, dates by instant. */
export function compareValues(a: unknown, b: unknown, asDate = false): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (asDate) return Date.parse(String(a)) - Date.parse(String(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a).toLowerCase();
  const sb = String(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function evaluate(expr: FilterExpr, entity: unknown): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, entity) && evaluate(expr.right, entity);
    case 'or':
      return evaluate(expr.left, entity) || evaluate(expr.right, entity);
    case 'not':
      return !evaluate(expr.inner, entity);
    case 'bool':
      return value(entity, expr.operand) === true;
    case 'fn': {
      const [a, b] = expr.args.map((x) => value(entity, x));
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      const s = a.toLowerCase();
      const t = b.toLowerCase();
      return expr.name === 'startswith' ? s.startsWith(t) : expr.name === 'endswith' ? s.endsWith(t) : s.includes(t);
    }
    case 'cmp': {
      const left = value(entity, expr.left);
      const right = value(entity, expr.right);
      const asDate = expr.right.kind === 'lit' && expr.right.isDate === true;
      if (expr.op === 'eq' || expr.op === 'ne') {
        const equal =
          (left === null || left === undefined) && right === null
            ? true
            : right !== null && compareValues(left, right, asDate) === 0 && left !== undefined && left !== null;
        return expr.op === 'eq' ? equal : !equal;
      }
      if (left === null || left === undefined || right === null) return false;
      const c = compareValues(left, right, asDate);
      return expr.op === 'gt' ? c > 0 : expr.op === 'ge' ? c >= 0 : expr.op === 'lt' ? c < 0 : c <= 0;
    }
  }
}

/** Properties a filter or orderby names at the top level, so a resource can refuse unknown ones. */
export function filterProperties(expr: FilterExpr): string[] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(expr.left), ...filterProperties(expr.right)];
    case 'not':
      return filterProperties(expr.inner);
    default:
      return propsOf(expr).map((p) => p.path.split('/')[0]);
  }
}

// ---------------------------------------------------------------- $select, $orderby, paging

/**
 * Keeps only the selected properties (case-insensitive), plus `id` and OData annotations,
 * which Graph always returns.
 */
export function applySelect<T extends Record<string, unknown>>(entity: T, select: string[] | null): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(select.map((s) => s.split('/')[0].toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith('@odata.') || k === 'id' || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}

export function applyOrderby<T>(items: T[], orderby: QueryOptions['orderby'], dateProps: string[] = []): T[] {
  if (!orderby.length) return items;
  const dates = new Set(dateProps.map((d) => d.toLowerCase()));
  return [...items].sort((a, b) => {
    for (const o of orderby) {
      const asDate = dates.has(o.path.join('/').toLowerCase());
      const c = compareValues(getPath(a, o.path), getPath(b, o.path), asDate);
      if (c !== 0) return o.desc ? -c : c;
    }
    return 0;
  });
}

export interface Page<T> {
  value: T[];
  nextLink: string | undefined;
}

/**
 * One page of a collection. Directory resources page with an opaque `$skiptoken`, Outlook
 * resources with `$skip`, as Graph does; `$top` is the page size in both.
 */
export function paginate<T>(
  items: T[],
  q: QueryOptions,
  opts: { defaultSize: number; maxSize: number; style: 'skip' | 'skiptoken'; url: URL; baseUrl: string },
): Page<T> {
  const size = Math.min(q.top ?? opts.defaultSize, opts.maxSize);
  let offset = q.skip;
  if (q.skipToken) {
    const m = /^o(\d+)$/.exec(Buffer.from(q.skipToken, 'base64url').toString('utf8'));
    if (!m) throw badRequest('Invalid $skiptoken.');
    offset = Number(m[1]);
  }
  const value = items.slice(offset, offset + size);
  const next = offset + size;
  if (next >= items.length || size === 0) return { value, nextLink: undefined };
  // Graph's next links keep the caller's other options and carry `$` literally.
  const parts: string[] = [];
  for (const [k, v] of opts.url.searchParams) {
    const lk = k.toLowerCase();
    if (lk === '$skip' || lk === '$skiptoken') continue;
    parts.push(`${k}=${encodeURIComponent(v).replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':')}`);
  }
  parts.push(opts.style === 'skip' ? `$skip=${next}` : `$skiptoken=${Buffer.from(`o${next}`, 'utf8').toString('base64url')}`);
  return { value, nextLink: `${opts.baseUrl}${opts.url.pathname}?${parts.join('&')}` };
}

/**
 * The OData v3 `$filter` subset SharePoint REST understands: comparisons (eq ne lt le gt ge),
 * and/or/not, parentheses, startswith(F,'x'), substringof('x',F), string/number/bool/null
 * literals and datetime'...'. Parsed by the shared parser (odata/filter.ts, SharePoint dialect),
 * then compiled here against a resolver that knows how to read a property (items and plain
 * entities resolve names differently).
 */
import { parseFilter as parse, propsOf, type CompareOp, type FilterNode, type Literal, type PropRef } from '../../odata/filter';
import { SpError, invalidExpression } from '../errors';

export type { CompareOp, FilterNode, Literal, PropRef };

/** Parses a `$filter` value; throws SharePoint's 400 "The expression ... is not valid." when malformed. */
export function parseFilter(src: string): FilterNode {
  return parse(src, 'sharepoint');
}

/** Every property path a filter reads, to check them and the list-view threshold. */
export function filterProps(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterProps(node.left), ...filterProps(node.right)];
    case 'not':
      return filterProps(node.inner);
    default:
      return propsOf(node).map((p) => p.path);
  }
}

/** How a resolver reads one property: the value and whether it is a date (compared as time). */
export interface PropAccessor<T> {
  get(row: T): unknown;
  type: 'text' | 'number' | 'boolean' | 'date' | 'multi' | 'any';
}

export type Resolver<T> = (path: string) => PropAccessor<T>;

function normalize(value: unknown, type: PropAccessor<unknown>['type'], expr: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'date') {
    const t = Date.parse(String(value));
    if (Number.isNaN(t)) throw invalidExpression(expr);
    return t;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === '1') return true;
    if (value === 0 || value === '0') return false;
    return value;
  }
  if (type === 'number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

function compare(a: unknown, b: unknown, op: CompareOp): boolean {
  if (op === 'eq') return a === b || (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase());
  if (op === 'ne') return !compare(a, b, 'eq');
  if (a === null || b === null) return false;
  let c: number;
  if (typeof a === 'string' && typeof b === 'string') c = a.localeCompare(b, 'sv');
  else c = (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  return op === 'lt' ? c < 0 : op === 'le' ? c <= 0 : op === 'gt' ? c > 0 : c >= 0;
}

/** Compiles a parsed filter to a predicate; the resolver throws for unknown properties. */
export function compileFilter<T>(node: FilterNode, resolve: Resolver<T>, expr: string): (row: T) => boolean {
  switch (node.kind) {
    case 'and': {
      const l = compileFilter(node.left, resolve, expr);
      const r = compileFilter(node.right, resolve, expr);
      return (row) => l(row) && r(row);
    }
    case 'or': {
      const l = compileFilter(node.left, resolve, expr);
      const r = compileFilter(node.right, resolve, expr);
      return (row) => l(row) || r(row);
    }
    case 'not': {
      const inner = compileFilter(node.inner, resolve, expr);
      return (row) => !inner(row);
    }
    case 'bool': {
      const acc = resolve((node.operand as PropRef).path);
      return (row) => normalize(acc.get(row), 'boolean', expr) === true;
    }
    case 'fn': {
      // the parser checked: startswith(Prop,'text'), substringof('text',Prop)
      const [prop, text] = (node.name === 'startswith' ? node.args : [node.args[1], node.args[0]]) as [PropRef, Literal];
      const acc = resolve(prop.path);
      const needle = String(text.value).toLowerCase();
      return node.name === 'startswith'
        ? (row) =>
            String(acc.get(row) ?? '')
              .toLowerCase()
              .startsWith(needle)
        : (row) =>
            String(acc.get(row) ?? '')
              .toLowerCase()
              .includes(needle);
    }
    case 'cmp': {
      const side = (x: PropRef | Literal): { get(row: T): unknown; type: PropAccessor<T>['type'] | null } =>
        x.kind === 'prop' ? resolve(x.path) : { get: () => x.value, type: x.isDate ? 'date' : null };
      const l = side(node.left);
      const r = side(node.right);
      const type = l.type && l.type !== 'any' ? l.type : r.type && r.type !== 'any' ? r.type : 'any';
      if (type === 'multi') {
        // a multi-value column (multi lookup/user/choice) matches when any of its values matches
        const multi = node.left.kind === 'prop' ? l : r;
        const other = multi === l ? r : l;
        return (row) => {
          const vals = multi.get(row);
          const o = normalize(other.get(row), 'any', expr);
          const arr = Array.isArray(vals) ? vals : [];
          if (node.op === 'eq') return o === null ? arr.length === 0 : arr.some((v) => compare(v, o, 'eq'));
          if (node.op === 'ne') return o === null ? arr.length > 0 : !arr.some((v) => compare(v, o, 'eq'));
          return arr.some((v) => compare(v, o, node.op));
        };
      }
      // A literal that cannot be read as the column's type is SharePoint's 400, found at compile time.
      for (const s of [node.left, node.right]) if (s.kind === 'lit') normalize(s.value, type, expr);
      const lc = l.type === null ? normalize(l.get(undefined as unknown as T), type, expr) : undefined;
      const rc = r.type === null ? normalize(r.get(undefined as unknown as T), type, expr) : undefined;
      return (row) => {
        const a = lc !== undefined ? lc : normalize(l.get(row), type, expr);
        const b = rc !== undefined ? rc : normalize(r.get(row), type, expr);
        return compare(a, b, node.op);
      };
    }
  }
}

export { SpError };

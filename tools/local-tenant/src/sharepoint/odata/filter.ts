/**
 * The OData v3 `$filter` subset SharePoint REST understands: comparisons (eq ne lt le gt ge),
 * and/or/not, parentheses, startswith(F,'x'), substringof('x',F), string/number/bool/null
 * literals and datetime'...'. Parsed once into an AST, then compiled against a resolver that
 * knows how to read a property (items and plain entities resolve names differently).
 */
import { SpError, invalidExpression } from '../errors';
import { readQuoted } from '../../odataLiteral';

export type Literal = { kind: 'lit'; value: string | number | boolean | null; isDate?: boolean };
export type PropRef = { kind: 'prop'; path: string };
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterNode =
  | { kind: 'cmp'; op: CompareOp; left: PropRef | Literal; right: PropRef | Literal }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; inner: FilterNode }
  | { kind: 'fn'; name: 'startswith' | 'substringof'; prop: PropRef; text: string }
  | { kind: 'bool'; prop: PropRef };

type Token = { t: 'id' | 'str' | 'num' | 'lp' | 'rp' | 'comma' | 'date'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      out.push({ t: 'lp', v: c });
      i++;
      continue;
    }
    if (c === ')') {
      out.push({ t: 'rp', v: c });
      i++;
      continue;
    }
    if (c === ',') {
      out.push({ t: 'comma', v: c });
      i++;
      continue;
    }
    if (c === "'") {
      const quoted = readQuoted(src, i);
      if (!quoted) throw invalidExpression(src);
      out.push({ t: 'str', v: quoted.value });
      i = quoted.next;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      out.push({ t: 'num', v: num[0].replace(/[LlMmDdFf]$/, '') });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (id) {
      i += id[0].length;
      // datetime'2024-01-01T00:00:00Z' is one literal
      if (id[0].toLowerCase() === 'datetime' && src[i] === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw invalidExpression(src);
        out.push({ t: 'date', v: src.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
      out.push({ t: 'id', v: id[0] });
      continue;
    }
    throw invalidExpression(src);
  }
  return out;
}

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** Parses a `$filter` value; throws SharePoint's 400 "The expression ... is not valid." when malformed. */
export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => toks[pos];
  const isWord = (w: string): boolean => peek()?.t === 'id' && peek()!.v.toLowerCase() === w;
  const expect = (t: Token['t']): Token => {
    const tok = toks[pos];
    if (!tok || tok.t !== t) throw invalidExpression(src);
    pos++;
    return tok;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', inner: parseUnary() };
    }
    return parseComparison();
  }
  function operand(): PropRef | Literal {
    const tok = toks[pos++];
    if (!tok) throw invalidExpression(src);
    switch (tok.t) {
      case 'str':
        return { kind: 'lit', value: tok.v };
      case 'num':
        return { kind: 'lit', value: Number(tok.v) };
      case 'date':
        return { kind: 'lit', value: tok.v, isDate: true };
      case 'id': {
        const w = tok.v.toLowerCase();
        if (w === 'null') return { kind: 'lit', value: null };
        if (w === 'true' || w === 'false') return { kind: 'lit', value: w === 'true' };
        if (OPS.has(w) || w === 'and' || w === 'or' || w === 'not') throw invalidExpression(src);
        return { kind: 'prop', path: tok.v };
      }
      default:
        throw invalidExpression(src);
    }
  }
  function parseComparison(): FilterNode {
    const tok = peek();
    if (!tok) throw invalidExpression(src);
    if (tok.t === 'lp') {
      pos++;
      const inner = parseOr();
      expect('rp');
      return inner;
    }
    if (tok.t === 'id' && toks[pos + 1]?.t === 'lp') {
      const name = tok.v.toLowerCase();
      if (name !== 'startswith' && name !== 'substringof') throw invalidExpression(src);
      pos += 2;
      const a = operand();
      expect('comma');
      const b = operand();
      expect('rp');
      const [prop, text] = name === 'startswith' ? [a, b] : [b, a];
      if (prop.kind !== 'prop' || text.kind !== 'lit' || typeof text.value !== 'string') throw invalidExpression(src);
      const node: FilterNode = { kind: 'fn', name, prop, text: text.value };
      // `startswith(Title,'x') eq true` is also valid OData
      if (isWord('eq') || isWord('ne')) {
        const op = toks[pos++].v.toLowerCase();
        const rhs = operand();
        if (rhs.kind !== 'lit' || typeof rhs.value !== 'boolean') throw invalidExpression(src);
        return (op === 'eq') === rhs.value ? node : { kind: 'not', inner: node };
      }
      return node;
    }
    const left = operand();
    const opTok = peek();
    if (!opTok || opTok.t !== 'id' || !OPS.has(opTok.v.toLowerCase())) {
      // a bare boolean property (`IsActive`) is allowed by OData
      if (left.kind === 'prop') return { kind: 'bool', prop: left };
      throw invalidExpression(src);
    }
    pos++;
    const right = operand();
    if (left.kind === 'lit' && right.kind === 'lit') throw invalidExpression(src);
    return { kind: 'cmp', op: opTok.v.toLowerCase() as CompareOp, left, right };
  }

  if (!toks.length) throw invalidExpression(src);
  const tree = parseOr();
  if (pos !== toks.length) throw invalidExpression(src);
  return tree;
}

/** Every property path a filter reads, to check them and the list-view threshold. */
export function filterProps(node: FilterNode): string[] {
  switch (node.kind) {
    case 'cmp':
      return [node.left, node.right].filter((x): x is PropRef => x.kind === 'prop').map((p) => p.path);
    case 'and':
    case 'or':
      return [...filterProps(node.left), ...filterProps(node.right)];
    case 'not':
      return filterProps(node.inner);
    case 'fn':
    case 'bool':
      return [node.prop.path];
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
      const acc = resolve(node.prop.path);
      return (row) => normalize(acc.get(row), 'boolean', expr) === true;
    }
    case 'fn': {
      const acc = resolve(node.prop.path);
      const needle = node.text.toLowerCase();
      return node.name === 'startswith'
        ? (row) => String(acc.get(row) ?? '').toLowerCase().startsWith(needle)
        : (row) => String(acc.get(row) ?? '').toLowerCase().includes(needle);
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

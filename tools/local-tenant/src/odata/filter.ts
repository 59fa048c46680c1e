/**
 * The one OData `$filter` parser of the local tenant, with a dialect switch: SharePoint REST
 * (OData v3: `datetime'…'`, `substringof`, numeric suffixes) and Graph (OData v4: bare ISO
 * dates, `contains`/`endswith`, `@odata`-style names). Both share the grammar — comparisons,
 * and/or/not, parentheses, functions, literals — and one nesting limit, so a `$filter` a few
 * thousand parentheses deep is a 400 rather than a stack overflow. Each area evaluates the tree.
 */
import { GraphFault, badRequest } from '../graph/errors';
import { invalidExpression, SpError } from '../sharepoint/errors';
import { MAX_FILTER_DEPTH } from '../limits';
import { readQuoted } from './literal';

export type Dialect = 'sharepoint' | 'graph';
export type Literal = { kind: 'lit'; value: string | number | boolean | null; isDate?: boolean };
/** A property path as written, segments joined by `/` (`Body/Id`). */
export type PropRef = { kind: 'prop'; path: string };
export type Operand = PropRef | Literal;
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterNode =
  | { kind: 'cmp'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; inner: FilterNode }
  /** Arguments in source order; for SharePoint the parser has checked one is a property and one a string. */
  | { kind: 'fn'; name: string; args: Operand[] }
  /** A bare boolean operand (`IsActive`). */
  | { kind: 'bool'; operand: Operand };

interface DialectRules {
  functions: ReadonlySet<string>;
  invalid(src: string): Error;
  unsupportedFunction(name: string, src: string): Error;
  tooDeep(): Error;
}

const RULES: Record<Dialect, DialectRules> = {
  sharepoint: {
    functions: new Set(['startswith', 'substringof']),
    invalid: (src) => invalidExpression(src),
    unsupportedFunction: (_name, src) => invalidExpression(src),
    tooDeep: () =>
      new SpError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        'The query is too complex: recursion depth exceeded allowed limit.',
      ),
  },
  graph: {
    functions: new Set(['startswith', 'endswith', 'contains']),
    invalid: (src) => badRequest(`Invalid filter clause: '${src}'.`),
    unsupportedFunction: (name) => new GraphFault(400, 'BadRequest', `Invalid filter clause: the function '${name}' is not supported.`),
    tooDeep: () => badRequest('Invalid filter clause: the query exceeds the maximum nesting depth.'),
  },
};

type Token = { t: 'id' | 'str' | 'num' | 'date' | '(' | ')' | ','; v: string };

function tokenize(src: string, dialect: Dialect, fail: () => Error): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c, v: c });
      i++;
      continue;
    }
    if (c === "'") {
      const quoted = readQuoted(src, i);
      if (!quoted) throw fail();
      out.push({ t: 'str', v: quoted.value });
      i = quoted.next;
      continue;
    }
    const rest = src.slice(i);
    if (dialect === 'graph') {
      // OData v4 writes dates bare: 2026-11-02T00:00:00Z
      const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?/.exec(rest);
      if (date) {
        out.push({ t: 'date', v: date[0] });
        i += date[0].length;
        continue;
      }
    }
    const num = dialect === 'sharepoint' ? /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(rest) : /^-?\d+(\.\d+)?/.exec(rest);
    if (num && (c === '-' || /\d/.test(c))) {
      out.push({ t: 'num', v: num[0].replace(/[LlMmDdFf]$/, '') });
      i += num[0].length;
      continue;
    }
    const id =
      dialect === 'sharepoint' ? /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest) : /^[A-Za-z_@$][\w/.@$]*/.exec(rest);
    if (id) {
      i += id[0].length;
      // OData v3: datetime'2024-01-01T00:00:00Z' is one literal
      if (dialect === 'sharepoint' && id[0].toLowerCase() === 'datetime' && src[i] === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw fail();
        out.push({ t: 'date', v: src.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
      out.push({ t: 'id', v: id[0] });
      continue;
    }
    throw fail();
  }
  return out;
}

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const KEYWORDS = new Set([...OPS, 'and', 'or', 'not']);

/** Parses a `$filter` value in the given dialect; throws that dialect's 400 when malformed or nested too deep. */
export function parseFilter(src: string, dialect: Dialect): FilterNode {
  const rules = RULES[dialect];
  const fail = (): Error => rules.invalid(src);
  const toks = tokenize(src, dialect, fail);
  let pos = 0;
  let depth = 0;
  const peek = (): Token | undefined => toks[pos];
  const isWord = (w: string): boolean => peek()?.t === 'id' && peek()!.v.toLowerCase() === w;
  const expect = (t: Token['t']): void => {
    if (toks[pos]?.t !== t) throw fail();
    pos++;
  };
  // every construct that recurses (parentheses, not, function calls) counts toward the limit
  const nested = <T>(f: () => T): T => {
    if (++depth > MAX_FILTER_DEPTH) throw rules.tooDeep();
    const r = f();
    depth--;
    return r;
  };

  const operand = (): Operand => {
    const tok = toks[pos++];
    if (!tok) throw fail();
    if (tok.t === 'str') return { kind: 'lit', value: tok.v };
    if (tok.t === 'num') return { kind: 'lit', value: Number(tok.v) };
    if (tok.t === 'date') return { kind: 'lit', value: tok.v, isDate: true };
    if (tok.t === 'id') {
      const w = tok.v.toLowerCase();
      if (w === 'null') return { kind: 'lit', value: null };
      if (w === 'true' || w === 'false') return { kind: 'lit', value: w === 'true' };
      if (KEYWORDS.has(w)) throw fail();
      return { kind: 'prop', path: tok.v };
    }
    throw fail();
  };

  /** `<boolean expression> eq true` (or `ne false`…) is the expression or its negation; other comparisons of it are not valid. */
  const booleanTail = (node: FilterNode): FilterNode => {
    const tok = peek();
    if (!(tok?.t === 'id' && OPS.has(tok.v.toLowerCase()))) return node;
    const op = tok.v.toLowerCase();
    pos++;
    const rhs = operand();
    if ((op !== 'eq' && op !== 'ne') || rhs.kind !== 'lit' || typeof rhs.value !== 'boolean') throw fail();
    return (op === 'eq') === rhs.value ? node : { kind: 'not', inner: node };
  };

  const call = (name: string): FilterNode => {
    pos += 2;
    const args: Operand[] = [operand()];
    while (peek()?.t === ',') {
      pos++;
      args.push(operand());
    }
    expect(')');
    if (dialect === 'sharepoint') {
      // startswith(Prop,'text'), substringof('text',Prop): exactly a property and a string
      const [prop, text] = name === 'startswith' ? args : [args[1], args[0]];
      if (args.length !== 2 || prop?.kind !== 'prop' || text?.kind !== 'lit' || typeof text.value !== 'string') throw fail();
    }
    return { kind: 'fn', name, args };
  };

  function primary(): FilterNode {
    const tok = peek();
    if (!tok) throw fail();
    if (tok.t === '(') {
      pos++;
      const inner = nested(or);
      expect(')');
      return booleanTail(inner);
    }
    if (tok.t === 'id' && toks[pos + 1]?.t === '(') {
      const name = tok.v.toLowerCase();
      if (!rules.functions.has(name)) throw rules.unsupportedFunction(tok.v, src);
      return booleanTail(nested(() => call(name)));
    }
    const left = operand();
    const opTok = peek();
    if (!(opTok?.t === 'id' && OPS.has(opTok.v.toLowerCase()))) {
      if (dialect === 'sharepoint' && left.kind !== 'prop') throw fail();
      return { kind: 'bool', operand: left };
    }
    pos++;
    const right = operand();
    if (dialect === 'sharepoint' && left.kind === 'lit' && right.kind === 'lit') throw fail();
    return { kind: 'cmp', op: opTok.v.toLowerCase() as CompareOp, left, right };
  }
  function unary(): FilterNode {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', inner: nested(unary) };
    }
    return primary();
  }
  function and(): FilterNode {
    let left = unary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }
  function or(): FilterNode {
    let left = and();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }

  if (!toks.length) throw fail();
  const tree = or();
  if (pos !== toks.length) throw fail();
  return tree;
}

/** The property operands of a node, in source order. */
export function propsOf(node: Extract<FilterNode, { kind: 'cmp' | 'fn' | 'bool' }>): PropRef[] {
  const ops = node.kind === 'cmp' ? [node.left, node.right] : node.kind === 'fn' ? node.args : [node.operand];
  return ops.filter((o): o is PropRef => o.kind === 'prop');
}

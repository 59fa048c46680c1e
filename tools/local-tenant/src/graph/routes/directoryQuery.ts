import { GraphFault } from '../errors';
import { applyOrderby, evaluate } from '../odata';
import { header, type GraphCall } from '../call';

/**
 * Entra ID's "advanced query" rules for /users and /groups: `$search` and `$count` need
 * `ConsistencyLevel: eventual`, exactly as Graph refuses them otherwise.
 */
export function directoryQuery(call: GraphCall, items: Record<string, unknown>[], searchable: string[]): Record<string, unknown>[] {
  const eventual = (header(call, 'consistencylevel') ?? '').toLowerCase() === 'eventual';
  if (call.q.search !== null && !eventual) {
    throw new GraphFault(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  if (call.q.count && !eventual) throw new GraphFault(400, 'Request_BadRequest', '$count is not currently supported.');
  let out = items;
  if (call.q.filter) {
    const f = call.q.filter;
    out = out.filter((e) => evaluate(f, e));
  }
  if (call.q.search !== null) out = out.filter(searchMatcher(call.q.search, searchable));
  return applyOrderby(out, call.q.orderby);
}

/**
 * `$search="displayName:ali" OR "mail:bo"`: each clause matches words that start with the
 * term (Entra ID tokenizes on spaces and punctuation); a clause without a property searches
 * the given properties.
 */
function searchMatcher(raw: string, searchable: string[]): (e: Record<string, unknown>) => boolean {
  const clauses = [...raw.matchAll(/"([^"]*)"|\b(AND|OR)\b/g)].map((m) => m[1] ?? m[2]);
  const terms: { prop: string | null; term: string }[] = [];
  const ops: string[] = [];
  for (const c of clauses) {
    if (c === 'AND' || c === 'OR') ops.push(c);
    else {
      const i = c.indexOf(':');
      terms.push(i > 0 ? { prop: c.slice(0, i), term: c.slice(i + 1).toLowerCase() } : { prop: null, term: c.toLowerCase() });
    }
  }
  if (!terms.length) throw new GraphFault(400, 'Request_UnsupportedQuery', 'Syntax error: invalid $search value.');
  const one = (e: Record<string, unknown>, t: { prop: string | null; term: string }): boolean =>
    (t.prop ? [t.prop] : searchable).some((p) => {
      const key = Object.keys(e).find((k) => k.toLowerCase() === p.toLowerCase());
      const v = key ? e[key] : undefined;
      return (
        typeof v === 'string' &&
        v
          .toLowerCase()
          .split(/[\s.@_-]+/)
          .some((w) => w.startsWith(t.term))
      );
    });
  return (e) => {
    let acc = one(e, terms[0]);
    for (let i = 1; i < terms.length; i++) acc = ops[i - 1] === 'AND' ? acc && one(e, terms[i]) : acc || one(e, terms[i]);
    return acc;
  };
}

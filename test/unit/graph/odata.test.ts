import { applyOrderby, evaluate, parseFilter, parseQuery } from '../../../tools/local-tenant/src/graph/odata';

const people = [
  { displayName: 'Alice Ledamot', mail: 'alice@x.se', accountEnabled: true, start: { dateTime: '2026-01-02T09:00:00' } },
  { displayName: 'Bob Ersättare', mail: 'bob@x.se', accountEnabled: false, start: { dateTime: '2026-01-01T09:00:00' } },
];

describe('$filter', () => {
  it('supports startswith, eq (case-insensitive), and/or/not, booleans', () => {
    const pick = (f: string): string[] => people.filter((p) => evaluate(parseFilter(f), p)).map((p) => p.displayName);
    expect(pick("startswith(displayName,'ali')")).toEqual(['Alice Ledamot']);
    expect(pick("mail eq 'BOB@X.SE'")).toEqual(['Bob Ersättare']);
    expect(pick("accountEnabled eq true or mail eq 'bob@x.se'")).toHaveLength(2);
    expect(pick('not (accountEnabled eq true)')).toEqual(['Bob Ersättare']);
    expect(pick("displayName eq 'O''Brien'")).toEqual([]);
  });

  it('compares date literals as instants', () => {
    const f = parseFilter('receivedDateTime ge 2026-11-02T00:00:00Z');
    expect(evaluate(f, { receivedDateTime: '2026-11-02T08:00:00Z' })).toBe(true);
    expect(evaluate(f, { receivedDateTime: '2026-11-01T23:59:59Z' })).toBe(false);
  });

  it('rejects a malformed clause with 400', () => {
    expect(() => parseFilter("displayName eq 'open")).toThrow(expect.objectContaining({ status: 400, code: 'BadRequest' }));
  });
});

describe('query options', () => {
  it('reads option names case-insensitively and orders by nested paths', () => {
    const q = parseQuery(new URL('http://x/users?$Top=5&$skipToken=abc&$orderby=start/dateTime desc'));
    expect(q.top).toBe(5);
    expect(q.skipToken).toBe('abc');
    expect(applyOrderby(people, q.orderby).map((p) => p.displayName)).toEqual(['Alice Ledamot', 'Bob Ersättare']);
  });
});

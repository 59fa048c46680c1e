import { compileFilter, filterProps, parseFilter, type PropAccessor } from '../../../tools/local-tenant/src/sharepoint/odata/filter';
import { evaluate, parseFilter as parseGraphFilter } from '../../../tools/local-tenant/src/graph/odata';
import { literal, namedArgs, splitPath } from '../../../tools/local-tenant/src/sharepoint/odata/path';
import { parseSelect } from '../../../tools/local-tenant/src/sharepoint/odata/query';
import { SpError } from '../../../tools/local-tenant/src/sharepoint/errors';

type Row = Record<string, unknown>;
const types: Record<string, PropAccessor<Row>['type']> = {
  Title: 'text',
  Seats: 'number',
  Start: 'date',
  Public: 'boolean',
  Tags: 'multi',
  BodyId: 'number',
};
const resolve = (p: string): PropAccessor<Row> => {
  if (!(p in types)) throw new Error(`unknown ${p}`);
  return { get: (r) => r[p], type: types[p] };
};
const rows: Row[] = [
  { Title: 'Möte ett', Seats: 71, Start: '2026-03-01T09:00:00Z', Public: true, Tags: ['a', 'b'], BodyId: 1 },
  { Title: "O'Brien", Seats: 15, Start: '2026-04-01T09:00:00Z', Public: false, Tags: [], BodyId: 2 },
  { Title: 'annat', Seats: null, Start: null, Public: true, Tags: ['b'], BodyId: null },
];
const run = (expr: string): string[] => rows.filter(compileFilter(parseFilter(expr), resolve, expr)).map((r) => String(r.Title));

describe('OData $filter', () => {
  it('evaluates comparisons, logic and precedence', () => {
    expect(run('Seats gt 20')).toEqual(['Möte ett']);
    expect(run('Seats le 71 and Public eq true')).toEqual(['Möte ett']);
    expect(run('Seats eq 15 or Seats eq 71 and Public eq false')).toEqual(["O'Brien"]);
    expect(run('(Seats eq 15 or Seats eq 71) and Public eq true')).toEqual(['Möte ett']);
    expect(run('not (Public eq 1)')).toEqual(["O'Brien"]);
    expect(run('Seats eq null')).toEqual(['annat']);
    expect(run('Seats ne null')).toEqual(['Möte ett', "O'Brien"]);
  });

  it('reads strings with escaped quotes, functions and case-insensitive text', () => {
    expect(run("Title eq 'O''Brien'")).toEqual(["O'Brien"]);
    expect(run("Title eq 'MÖTE ETT'")).toEqual(['Möte ett']);
    expect(run("startswith(Title, 'möt')")).toEqual(['Möte ett']);
    expect(run("substringof('nat', Title)")).toEqual(['annat']);
  });

  it('compares dates given as datetime literals or ISO strings', () => {
    expect(run("Start ge datetime'2026-03-15T00:00:00Z'")).toEqual(["O'Brien"]);
    expect(run("Start lt '2026-03-15T00:00:00.000Z'")).toEqual(['Möte ett']);
  });

  it('matches multi-value columns on any value', () => {
    expect(run("Tags eq 'b'")).toEqual(['Möte ett', 'annat']);
    expect(run('Tags eq null')).toEqual(["O'Brien"]);
  });

  it('lists the columns a filter reads', () => {
    expect(filterProps(parseFilter("Body/Id eq 3 and startswith(Title,'x') or not (Seats gt 1)"))).toEqual(['Body/Id', 'Title', 'Seats']);
  });

  it.each(["Title eq 'x", 'Seats gt', 'and Seats eq 1', 'Seats eq 1)', "Title eq 'a' xor Seats eq 1", 'foo(Title)', ''])(
    'refuses %p as SharePoint does',
    (expr) => {
      let err: unknown;
      try {
        parseFilter(expr);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(SpError);
      expect((err as SpError).status).toBe(400);
      expect((err as SpError).code).toBe('-1, Microsoft.SharePoint.SPException');
    },
  );

  it('refuses a date literal that is not a date', () => {
    expect(() => compileFilter(parseFilter("Start gt 'soon'"), resolve, "Start gt 'soon'")).toThrow(SpError);
  });
});

describe('REST paths', () => {
  it('splits segments, keeping slashes and parentheses inside quotes', () => {
    expect(splitPath("web/lists/getByTitle('A/B (c)')/items(3)")).toEqual([
      { name: 'web', args: null },
      { name: 'lists', args: null },
      { name: 'getByTitle', args: "'A/B (c)'" },
      { name: 'items', args: '3' },
    ]);
  });

  it('reads literals, aliases and named arguments', () => {
    const q = new URLSearchParams({ '@v': "'i:0#.f|membership|a@b'" });
    expect(literal("'it''s'", q)).toBe("it's");
    expect(literal("guid'ABC'", q)).toBe('ABC');
    expect(literal('@v', q)).toBe('i:0#.f|membership|a@b');
    expect(namedArgs('copyroleassignments=true, clearsubscopes=false', q)).toEqual({ copyroleassignments: true, clearsubscopes: false });
    expect(namedArgs("decodedurl='a,b.pdf',Overwrite=true", q)).toEqual({ decodedurl: 'a,b.pdf', overwrite: true });
  });

  it('parses $select into a tree of navigations', () => {
    const s = parseSelect('Title,Body/Title,Body/Id,Author/EMail');
    expect([...s.props]).toEqual(['Title']);
    expect([...s.children.keys()]).toEqual(['Body', 'Author']);
    expect([...s.children.get('Body')!.props]).toEqual(['Title', 'Id']);
  });
});

describe('one $filter parser, two dialects', () => {
  const deep = (n: number): string => `${'('.repeat(n)}Seats eq 1${')'.repeat(n)}`;

  it('refuses a filter nested 2 500 deep with 400 in either dialect, not a stack overflow', () => {
    expect(() => parseFilter(deep(2500))).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => parseGraphFilter(deep(2500))).toThrow(expect.objectContaining({ status: 400, code: 'BadRequest' }));
    expect(() => parseFilter(`${'not '.repeat(2500)}Public`)).toThrow(expect.objectContaining({ status: 400 }));
    expect(run(`${'('.repeat(50)}Seats eq 71${')'.repeat(50)}`)).toEqual(['Möte ett']);
  });

  it('keeps long flat and/or chains (they are not nesting)', () => {
    const chain = Array.from({ length: 1000 }, (_, i) => `Seats eq ${i}`).join(' or ');
    expect(run(chain)).toEqual(['Möte ett', "O'Brien"]);
  });

  it('speaks each dialect: SharePoint substringof and datetime literals, Graph contains and bare dates', () => {
    expect(() => parseFilter("contains(Title,'x')")).toThrow(SpError);
    expect(() => parseGraphFilter("substringof('x',displayName)")).toThrow(expect.objectContaining({ code: 'BadRequest' }));
    expect(
      evaluate(parseGraphFilter("contains(displayName,'lic') and start ge 2026-01-01T00:00:00Z"), {
        displayName: 'Alice',
        start: '2026-02-01T00:00:00Z',
      }),
    ).toBe(true);
    expect(evaluate(parseGraphFilter("startswith(displayName,'a') eq false"), { displayName: 'Alice' })).toBe(false);
  });
});

import { swedishDate } from '../../domain/time/swedishTime';
import { toDataError } from '../errors';
import { assignmentRole, dateOnly, position } from '../mapping';
import { runBatch, runPaged, type BatchOptions, type GraphCall, type GraphResult } from './batch';
import type { GraphPoster } from './client';
import { listUrl, type SiteContext } from './site';
import type { DirectoryAssignment, DirectoryContact, DirectoryPerson, DirectoryRepository } from './types';
import type { Feature } from '../compose';

interface RawAssignment {
  PersonId: number;
  Person: { Id: number; Title: string; EMail: string } | null;
  BodyId: number;
  Body: { Title: string; BodyCode: string } | null;
  Role: string;
  Position: string | null;
  Party: string;
  ValidFrom: string;
  ValidTo: string | null;
}

const FIELDS = [
  'PersonId',
  'Person/Id',
  'Person/Title',
  'Person/EMail',
  'BodyId',
  'Body/Title',
  'Body/BodyCode',
  'Role',
  'Position',
  'Party',
  'ValidFrom',
  'ValidTo',
];
/** Values per `$filter` on /users: Entra ID takes at most 15 clauses in one filter. */
const PER_FILTER = 15;

const toAssignment = (r: RawAssignment): DirectoryAssignment => ({
  bodyId: r.BodyId,
  bodyName: r.Body?.Title ?? '',
  bodyCode: r.Body?.BodyCode ?? '',
  role: assignmentRole.toCode(r.Role) ?? 'Member',
  position: position.toCode(r.Position),
  party: r.Party,
  validFrom: dateOnly(r.ValidFrom) ?? '',
  validTo: dateOnly(r.ValidTo),
});

const byNewest = (a: DirectoryAssignment, b: DirectoryAssignment): number =>
  a.validFrom === b.validFrom ? a.bodyName.localeCompare(b.bodyName, 'sv') : a.validFrom < b.validFrom ? 1 : -1;

/** Everyone with an assignment in force, grouped by person, by name. */
export function groupPeople(rows: readonly RawAssignment[]): DirectoryPerson[] {
  const people = new Map<number, DirectoryPerson>();
  for (const r of rows) {
    if (!r.Person) continue;
    let p = people.get(r.PersonId);
    if (!p) {
      p = { id: r.PersonId, name: r.Person.Title, email: r.Person.EMail ?? '', parties: [], assignments: [] };
      people.set(r.PersonId, p);
    }
    p.assignments.push(toAssignment(r));
    if (!p.parties.includes(r.Party)) p.parties.push(r.Party);
  }
  return [...people.values()]
    .map((p) => ({ ...p, assignments: p.assignments.sort(byNewest) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function createDirectoryRepository(ctx: SiteContext, graph: GraphPoster, options: BatchOptions = {}): DirectoryRepository {
  const list = () => ctx.sp.web.getList(listUrl(ctx, 'Assignments'));
  return {
    async current() {
      try {
        const today = swedishDate(ctx.now());
        // Indexed ValidFrom/ValidTo; one request, which PnPjs sends as it is (no batch needed for one).
        const rows = await list()
          .items.filter(`ValidFrom le datetime'${today}T23:59:59Z' and (ValidTo eq null or ValidTo ge datetime'${today}T00:00:00Z')`)
          .select(...FIELDS)
          .expand('Person', 'Body')
          .top(5000)<RawAssignment[]>();
        return groupPeople(rows);
      } catch (e) {
        throw await toDataError(e);
      }
    },

    async history(personId) {
      try {
        const rows = await list()
          .items.filter(`PersonId eq ${personId}`)
          .select(...FIELDS)
          .expand('Person', 'Body')
          .top(500)<RawAssignment[]>();
        return rows.map(toAssignment).sort(byNewest);
      } catch (e) {
        throw await toDataError(e);
      }
    },

    async contacts(emails) {
      const unique = [...new Set(emails.map((e) => e.toLowerCase()).filter(Boolean))];
      const calls: GraphCall[] = [];
      for (let i = 0; i < unique.length; i += PER_FILTER) {
        const filter = unique
          .slice(i, i + PER_FILTER)
          .map((m) => `mail eq ${quote(m)}`)
          .join(' or ');
        calls.push({
          id: `c${i / PER_FILTER}`,
          url: `/users?$filter=${encodeURIComponent(filter)}&$select=mail,userPrincipalName,givenName,surname,businessPhones,mobilePhone&$top=${PER_FILTER}`,
        });
      }
      let results: Awaited<ReturnType<typeof runPaged>>;
      try {
        results = await runPaged(graph, calls, 2, options);
      } catch (e) {
        throw await toDataError(e);
      }
      const out = new Map<string, DirectoryContact>();
      for (const r of results.values()) {
        // A refused part (no consent for User.Read.All) leaves phones out; the directory still shows.
        for (const u of r.items) {
          if (!u.mail) continue;
          out.set(String(u.mail).toLowerCase(), {
            upn: u.userPrincipalName ?? null,
            givenName: u.givenName ?? null,
            surname: u.surname ?? null,
            phone: Array.isArray(u.businessPhones) && u.businessPhones.length ? String(u.businessPhones[0]) : null,
            mobile: u.mobilePhone ?? null,
          });
        }
      }
      const refused = [...results.values()].find((r) => r.error);
      if (refused && out.size === 0 && unique.length) throw refused.error;
      return out;
    },

    async photos(upns) {
      const unique = [...new Set(upns.filter(Boolean))];
      const calls = unique.map((u, i): GraphCall => ({
        id: `p${i}`,
        url: `/users/${encodeURIComponent(u)}/photos/48x48/$value`,
        mailbox: u,
      }));
      let results: Map<string, GraphResult>;
      try {
        results = await runBatch(graph, calls, options);
      } catch (e) {
        throw await toDataError(e);
      }
      const out = new Map<string, string | null>();
      unique.forEach((u, i) => {
        const r = results.get(`p${i}`);
        const type = r
          ? (Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] as string | undefined)
          : undefined;
        // Batch answers carry binary bodies base64-encoded; ImageNotFound (404) means initials instead.
        out.set(
          u.toLowerCase(),
          r && r.status === 200 && typeof r.body === 'string' && type ? `data:${type.split(';')[0]};base64,${r.body}` : null,
        );
      });
      return out;
    },
  };
}

export const directoryFeature: Feature<'directory'> = (b) => createDirectoryRepository(b, b.graph, { busy: b.busy });

import type { MeetingDocument, Services } from '../../../src/data/services';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const pdf = (text: string): ArrayBuffer => new TextEncoder().encode(`%PDF-1.4 ${text}`).buffer as ArrayBuffer;

/** A meeting's documents through the portal's own data code: where they are stored, who opens them, same names. */
describe('meeting documents', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);
  const rfMeetings = async (s: Services) => (await s.meetings.myUpcoming(20)).filter((m) => m.bodyCode === 'RF');

  /** The session cookie a persona's browser gets when signing in. */
  const cookieOf = async (persona: string): Promise<string> => {
    const upn = encodeURIComponent(t.upn(persona));
    const res = await fetch(`${t.tenant.url}/_local/login/complete?user=${upn}&returnUrl=/`, { redirect: 'manual' });
    return (res.headers.getSetCookie().find((c) => c.startsWith('FedAuth=')) ?? '').split(';')[0];
  };
  /** Opens a document link as that persona's browser would: a plain GET with the cookie, no token. */
  const open = async (persona: string, doc: MeetingDocument): Promise<Response> =>
    fetch(new URL(doc.url, t.tenant.url), { headers: { cookie: await cookieOf(persona) } });
  const titlesSeenBy = async (persona: string, meetingId: number): Promise<string[]> =>
    (await (await servicesFor(persona)).meeting.get(meetingId)).documents.map((d) => d.title);

  it('a member opens a document of the agenda at its link: the PDF, inline', async () => {
    const member = await servicesFor('member');
    const [m] = await rfMeetings(member);
    const doc = (await member.meeting.get(m.id)).documents[0];
    // seeded documents live in their meeting's folder, as uploads do
    expect(decodeURIComponent(doc.url)).toMatch(new RegExp(`^/sites/politikerportal/MeetingDocuments/${m.id}/.+\\.pdf$`));
    const res = await open('member', doc);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''/);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it("a confidential document is read by the body's members and staff; a non-serving substitute and outsiders are refused", async () => {
    const clerk = await servicesFor('clerk');
    const [m] = await rfMeetings(await servicesFor('member'));
    const doc = await clerk.clerk.uploadDocument(
      m.id,
      null,
      { name: 'Hemlig bilaga.pdf', content: pdf('hemlig') },
      { title: 'Hemlig bilaga', kind: 'Attachment', confidential: true },
    );
    expect(doc.confidential).toBe(true);
    expect(decodeURIComponent(doc.url)).toBe(`/sites/politikerportal/MeetingDocuments/${m.id}/Sekretess/Hemlig bilaga.pdf`);
    // an RF ledamot and the clerk read it, at its link too
    expect(await titlesSeenBy('member', m.id)).toContain('Hemlig bilaga');
    expect((await open('member', doc)).status).toBe(200);
    expect((await open('clerk', doc)).status).toBe(200);
    // an RF substitute who is not called in, and payroll (no assignment in RF): neither title nor content
    for (const outsider of ['substitute', 'payroll']) {
      if (outsider === 'substitute') expect(await titlesSeenBy(outsider, m.id)).not.toContain('Hemlig bilaga');
      const res = await open(outsider, doc);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('hemlig');
      const sp = standaloneSp(t.siteUrl, () => t.token(t.upn(outsider)));
      // 404 for a member who reads the library, 403 for one who does not (payroll): never the bytes
      const refused = (await sp.web
        .getFileByServerRelativePath(decodeURIComponent(doc.url))
        .getText()
        .catch((e: { status: number }) => e)) as { status: number };
      expect([403, 404]).toContain(refused.status);
    }
    // the file inherits its folder's restriction; it never had permissions of its own to set
    const asClerk = standaloneSp(t.siteUrl, () => t.token(t.upn('clerk')));
    const item = await asClerk.web
      .getFileByServerRelativePath(decodeURIComponent(doc.url))
      .listItemAllFields.select('HasUniqueRoleAssignments')();
    expect(item.HasUniqueRoleAssignments).toBe(false);
    await clerk.clerk.deleteDocument(doc.id);
  });

  it('a confidential file goes in only once its folder is restricted; a failed step leaves nothing readable', async () => {
    const clerk = await servicesFor('clerk');
    const [, m] = await rfMeetings(await servicesFor('member'));
    const upload = (name: string) =>
      clerk.clerk.uploadDocument(
        m.id,
        null,
        { name, content: pdf(name) },
        { title: `Sekretess ${name}`, kind: 'Attachment', confidential: true },
      );

    // restricting fails: no file is written at all
    t.tenant.faults.add({ pathContains: 'breakroleinheritance', status: 503, retryAfterSeconds: 0, count: 20 });
    await expect(upload('Första.pdf')).rejects.toMatchObject({ kind: 'throttled' });
    t.tenant.faults.clear();
    expect(await titlesSeenBy('clerk', m.id)).not.toContain('Sekretess Första.pdf');

    // the next upload finishes the restriction before its file goes in
    const since = t.tenant.requests.last();
    const doc = await upload('Andra.pdf');
    const log = t.tenant.requests.since(since, t.upn('clerk')).map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
    const firstFile = log.findIndex((l) => /AddUsingPath\(decodedurl='Andra\.pdf'/i.test(l));
    expect(firstFile).toBeGreaterThan(log.findIndex((l) => /breakroleinheritance/i.test(l)));
    expect(log.findIndex((l) => /breakroleinheritance/i.test(l))).toBeGreaterThan(-1);
    expect(await titlesSeenBy('substitute', m.id)).not.toContain('Sekretess Andra.pdf');
    expect((await open('substitute', doc)).status).toBe(403);

    // writing the metadata fails: the new file is removed again (and was never readable by others)
    t.tenant.faults.add({ pathContains: 'Tredje.pdf', method: 'GET', status: 503, retryAfterSeconds: 0, count: 20 });
    await expect(upload('Tredje.pdf')).rejects.toMatchObject({ kind: 'throttled' });
    t.tenant.faults.clear();
    const asClerk = standaloneSp(t.siteUrl, () => t.token(t.upn('clerk')));
    const left = await asClerk.web
      .getList('/sites/politikerportal/MeetingDocuments')
      .items.filter(`FileDirRef eq '/sites/politikerportal/MeetingDocuments/${m.id}/Sekretess'`)
      .select('FileLeafRef')<{ FileLeafRef: string }[]>();
    expect(left.map((r) => r.FileLeafRef)).toEqual(['Andra.pdf']);
  });

  it('the same file name in two meetings; within one, a second upload asks, then replaces (a new version) or keeps both', async () => {
    const clerk = await servicesFor('clerk');
    const [a, b] = await rfMeetings(await servicesFor('member'));
    const upload = (meetingId: number, text: string, sameName?: 'replace' | 'keepBoth') =>
      clerk.clerk.uploadDocument(
        meetingId,
        null,
        { name: 'Tjänsteskrivelse.pdf', content: pdf(text) },
        { title: 'Tjänsteskrivelse', kind: 'OfficerReport', confidential: false, sameName },
      );
    const first = await upload(a.id, 'a1');
    const other = await upload(b.id, 'b1');
    expect(other.id).not.toBe(first.id);
    await expect(upload(a.id, 'a2')).rejects.toMatchObject({ kind: 'conflict', code: 'fileExists' });

    const replaced = await upload(a.id, 'a2', 'replace');
    expect(replaced.id).toBe(first.id);
    const res = await open('member', replaced);
    expect(await res.text()).toBe('%PDF-1.4 a2');
    const asClerk = standaloneSp(t.siteUrl, () => t.token(t.upn('clerk')));
    const file = asClerk.web.getFileByServerRelativePath(decodeURIComponent(replaced.url));
    // a new version of the same file (each metadata write is a version too, as in SharePoint)
    const older = await file.versions.select('VersionLabel')<{ VersionLabel: string }[]>();
    expect(older.map((v) => v.VersionLabel)).toContain('1.0');

    const both = await upload(a.id, 'a3', 'keepBoth');
    expect(both.fileName).toBe('Tjänsteskrivelse (2).pdf');
    expect(both.id).not.toBe(first.id);
    expect(await (await open('member', both)).text()).toBe('%PDF-1.4 a3');
    // keep both with no clash is just the name
    const fresh = await clerk.clerk.uploadDocument(
      a.id,
      null,
      { name: 'Ny.pdf', content: pdf('ny') },
      { title: 'Ny', kind: 'Other', confidential: false, sameName: 'keepBoth' },
    );
    expect(fresh.fileName).toBe('Ny.pdf');
  });
});

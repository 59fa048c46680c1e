import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { groups } from '../../../src/data/schema/groups';
import type { MeetingDocument, Services } from '../../../src/data/services';
import { buildMeetings } from '../../../tools/local-tenant/src/seed/meetings';
import { buildRegion } from '../../../tools/local-tenant/src/seed/region';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEB = '/sites/politikerportal';
const LENA = 'lena.lindqvist@norrbotten.se';
const pdf = (text: string): ArrayBuffer => new TextEncoder().encode(`%PDF-1.4 ${text}`).buffer as ArrayBuffer;

/**
 * Staff are staff of a body (DESIGN §4): a clerk serves the bodies that name them in
 * `Bodies.Clerks`, not every body because they are in the Sekreterare group. The seeded clerk
 * runs RF, RS and HSN here; a second clerk, Lena, is the only clerk of RUN; PN has no clerk set.
 */
describe('per-body clerks: events, confidential documents, the overview', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);
  const lena = (): Promise<Services> => t.servicesForUser(LENA, () => NOW);
  const ownerSp = () => standaloneSp(t.siteUrl, () => t.token(t.upn('owner')));
  const spOf = (upn: string) => standaloneSp(t.siteUrl, () => t.token(upn));

  /** A meeting of the body as the owner reads the list: upcoming ones first. */
  const meetingOf = async (code: string, index = 0): Promise<number> => {
    const rows = await ownerSp()
      .web.getList(`${WEB}/Lists/Meetings`)
      .items.filter(`StartTime ge datetime'${NOW.toISOString()}'`)
      .select('Id', 'Body/BodyCode', 'MeetingStatus')
      .expand('Body')
      .orderBy('StartTime', true)
      .top(500)<{ Id: number; Body: { BodyCode: string }; MeetingStatus: string }[]>();
    return rows.filter((r) => r.Body.BodyCode === code && r.MeetingStatus !== 'Inställt')[index].Id;
  };
  /** Reads a file's bytes as `upn` through PnPjs: the text, or the status SharePoint refused with. */
  const readAs = (upn: string, doc: MeetingDocument): Promise<string | number> =>
    spOf(upn)
      .web.getFileByServerRelativePath(decodeURIComponent(doc.url))
      .getText()
      .catch((e: { status: number }) => e.status);

  beforeAll(async () => {
    // a second clerk: in the directory (Entra ID), then made a site user, put in the Sekreterare group and set on RUN only
    t.tenant.context.directory.addUser({
      userPrincipalName: LENA,
      displayName: 'Lena Lindqvist',
      givenName: 'Lena',
      surname: 'Lindqvist',
      mail: LENA,
      jobTitle: 'Nämndsekreterare',
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona: null,
      mfa: true,
      accountEnabled: true,
    });
    const owner = ownerSp();
    const { Id: lenaId } = await owner.web.ensureUser(`i:0#.f|membership|${LENA}`);
    await owner.web.siteGroups.getByName(groups.Clerks.title).users.add(`i:0#.f|membership|${LENA}`);
    const bodies = owner.web.getList(`${WEB}/Lists/Bodies`);
    const byCode = new Map(
      (await bodies.items.select('Id', 'BodyCode')<{ Id: number; BodyCode: string }[]>()).map((b) => [b.BodyCode, b.Id]),
    );
    await bodies.items.getById(byCode.get('RUN')!).update({ ClerksId: [lenaId] });
    await bodies.items.getById(byCode.get('PN')!).update({ ClerksId: [] });
  }, 60_000);

  it("counts a clerk's event for a member only in the bodies they are clerk of; the chair by assignment; owners everywhere", async () => {
    const clerk = await servicesFor('clerk');
    const owner = await servicesFor('owner');
    const asLena = await lena();
    const run = await meetingOf('RUN');
    const rf = await meetingOf('RF');

    const d = await asLena.meeting.get(run);
    const chair = d.seatAssignments.find((a) => a.position === 'Chair')!;
    expect(d.staffIds).toEqual(expect.arrayContaining([asLena.user.siteUserId, owner.user.siteUserId, chair.personId]));
    expect(d.staffIds).not.toContain(clerk.user.siteUserId);
    const rfStaff = (await clerk.meeting.get(rf)).staffIds;
    expect(rfStaff).toContain(clerk.user.siteUserId);
    expect(rfStaff).not.toContain(asLena.user.siteUserId);

    const [a, b, c] = d.seatAssignments.filter((x) => x.role === 'Member' && !d.staffIds.includes(x.personId));
    const notice = (upn: string, personId: number) =>
      spOf(upn)
        .web.getList(`${WEB}/Lists/Attendance`)
        .items.add({ MeetingId: run, PersonId: personId, AttendanceEvent: 'Förhinder', Reason: 'sjuk' });
    await notice(t.upn('clerk'), a.personId);
    await notice(LENA, b.personId);
    await notice(t.upn('owner'), c.personId);
    const after = await asLena.meeting.get(run);
    const answer = (personId: number) => asLena.meeting.answers(after).find((x) => x.person.personId === personId)!.answer;
    // the Sekreterare group may add to the list, but another body's clerk does not count here
    expect(answer(a.personId)).toEqual({ kind: 'noAnswer' });
    expect(answer(b.personId)).toEqual({ kind: 'absent', items: 'all' });
    expect(answer(c.personId)).toEqual({ kind: 'absent', items: 'all' });
  });

  it("a confidential document is managed by the body's clerks and the owners: a clerk of another body cannot read it", async () => {
    const clerk = await servicesFor('clerk');
    const asLena = await lena();
    const rf = await meetingOf('RF');
    const run = await meetingOf('RUN', 1);
    const upload = (s: Services, meetingId: number, name: string) =>
      s.clerk.uploadDocument(meetingId, null, { name, content: pdf(name) }, { title: name, kind: 'Attachment', confidential: true });

    // RF's clerk uploads to RF: Lena, in the same group but RUN's clerk, sees neither title nor bytes
    const rfDoc = await upload(clerk, rf, 'RF hemlig.pdf');
    expect(await readAs(t.upn('clerk'), rfDoc)).toBe('%PDF-1.4 RF hemlig.pdf');
    expect(await readAs(t.upn('member'), rfDoc)).toBe('%PDF-1.4 RF hemlig.pdf');
    expect([403, 404]).toContain(await readAs(LENA, rfDoc));
    expect((await asLena.meeting.get(rf)).documents.map((x) => x.title)).not.toContain('RF hemlig.pdf');

    // RF's clerk may not add one to RUN: refused before any folder exists, so nobody locks themself out
    await expect(upload(clerk, run, 'Fel organ.pdf')).rejects.toMatchObject({ kind: 'forbidden', status: 403, code: 'notBodyClerk' });
    const folder = await ownerSp()
      .web.getFolderByServerRelativePath(`${WEB}/MeetingDocuments/${run}/Sekretess`)
      .select('Exists')()
      .catch((e: { status: number }) => e.status);
    expect([404, { Exists: false }]).toContainEqual(folder);

    // RUN's clerk uploads to RUN: she keeps Full Control (her grant as clerk), the owner reads it, RF's clerk does not
    const runDoc = await upload(asLena, run, 'RUN hemlig.pdf');
    expect(await readAs(LENA, runDoc)).toBe('%PDF-1.4 RUN hemlig.pdf');
    expect(await readAs(t.upn('owner'), runDoc)).toBe('%PDF-1.4 RUN hemlig.pdf');
    expect([403, 404]).toContain(await readAs(t.upn('clerk'), runDoc));
    expect((await clerk.meeting.get(run)).documents.map((x) => x.title)).not.toContain('RUN hemlig.pdf');
    // a second upload by her into the same folder still works, and she can delete her documents
    const again = await upload(asLena, run, 'RUN hemlig 2.pdf');
    await asLena.clerk.deleteDocument(again.id);
  });

  const idOf = async (upn: string): Promise<number> => (await ownerSp().web.ensureUser(`i:0#.f|membership|${upn}`)).Id;

  it("a confidential folder another body's clerk made first is taken back before the file goes in: her grants are gone", async () => {
    const clerk = await servicesFor('clerk');
    const rf = await meetingOf('RF', 2);
    // Lena (RUN's clerk; the Sekreterare group has Full Control of the library) makes RF's Sekretess folder first and keeps it for herself
    const lenaSp = spOf(LENA);
    const library = lenaSp.web.getFolderByServerRelativePath(`${WEB}/MeetingDocuments`);
    await library.folders.addUsingPath(String(rf)).catch(() => undefined);
    await lenaSp.web.getFolderByServerRelativePath(`${WEB}/MeetingDocuments/${rf}`).folders.addUsingPath('Sekretess');
    const folderItem = await lenaSp.web
      .getFolderByServerRelativePath(`${WEB}/MeetingDocuments/${rf}/Sekretess`)
      .listItemAllFields.select('Id')<{ Id: number }>();
    // copying the library's grants keeps the Sekreterare group (hers too) and everyone else who reads the library
    await lenaSp.web.getList(`${WEB}/MeetingDocuments`).items.getById(folderItem.Id).breakRoleInheritance(true, false);
    await lenaSp.web
      .getList(`${WEB}/MeetingDocuments`)
      .items.getById(folderItem.Id)
      .roleAssignments.add(await idOf(t.upn('substitute')), 1073741826);

    // RF's clerk uploads a confidential document into it: the folder holds only the body's grants now
    const doc = await clerk.clerk.uploadDocument(
      rf,
      null,
      { name: 'Tagen mapp.pdf', content: pdf('Tagen mapp.pdf') },
      { title: 'Tagen mapp.pdf', kind: 'Attachment', confidential: true },
    );
    expect(await readAs(t.upn('member'), doc)).toBe('%PDF-1.4 Tagen mapp.pdf');
    expect([403, 404]).toContain(await readAs(LENA, doc));
    expect([403, 404]).toContain(await readAs(t.upn('substitute'), doc));
  });

  it("a clerk newly set on a body gets a meeting's existing confidential folder with the next upload by a clerk who has it", async () => {
    const clerk = await servicesFor('clerk');
    const asLena = await lena();
    const rf = await meetingOf('RF');
    const upload = (s: Services, name: string) =>
      s.clerk.uploadDocument(rf, null, { name, content: pdf(name) }, { title: name, kind: 'Attachment', confidential: true });
    const rfDoc = await upload(clerk, 'RF före.pdf');
    // Lena becomes RF's second clerk: the folder's permissions were set before, so she does not reach it yet
    const owner = ownerSp();
    const bodies = owner.web.getList(`${WEB}/Lists/Bodies`);
    const [row] = await bodies.items.filter("BodyCode eq 'RF'").select('Id')<{ Id: number }[]>();
    await bodies.items.getById(row.Id).update({ ClerksId: [clerk.user.siteUserId, asLena.user.siteUserId] });
    expect([403, 404]).toContain(await readAs(LENA, rfDoc));
    await expect(upload(asLena, 'RF Lena.pdf')).rejects.toMatchObject({ status: 404 });
    // the first clerk's next upload grants every clerk now set on the body
    await upload(clerk, 'RF efter.pdf');
    expect(await readAs(LENA, rfDoc)).toBe('%PDF-1.4 RF före.pdf');
    const lenas = await upload(asLena, 'RF Lena.pdf');
    expect(await readAs(t.upn('clerk'), lenas)).toBe('%PDF-1.4 RF Lena.pdf');
    await bodies.items.getById(row.Id).update({ ClerksId: [clerk.user.siteUserId] });
  });

  it('a body with no clerk set: only the owners manage its confidential documents, and the clerk is told why', async () => {
    const clerk = await servicesFor('clerk');
    const owner = await servicesFor('owner');
    const pn = await meetingOf('PN');
    await expect(
      clerk.clerk.uploadDocument(pn, null, { name: 'PN.pdf', content: pdf('pn') }, { title: 'PN', kind: 'Attachment', confidential: true }),
    ).rejects.toMatchObject({ kind: 'forbidden', code: 'bodyHasNoClerks' });
    const doc = await owner.clerk.uploadDocument(
      pn,
      null,
      { name: 'PN.pdf', content: pdf('pn') },
      { title: 'PN', kind: 'Attachment', confidential: true },
    );
    expect(await readAs(t.upn('owner'), doc)).toBe('%PDF-1.4 pn');
    expect([403, 404]).toContain(await readAs(t.upn('clerk'), doc));
  });

  it('the overview shows a clerk the meetings of the bodies they are clerk of, and the owner every body', async () => {
    const region = buildRegion(ANCHOR);
    const upcoming = (codes: string[], limit: number) =>
      buildMeetings(region.bodies, ANCHOR)
        .filter((m) => codes.includes(m.bodyCode) && m.status !== 'Inställt' && m.end >= NOW)
        .slice(0, limit)
        .map((m) => m.title);

    const lenas = await (await lena()).meetings.myUpcoming(10);
    expect(lenas.map((m) => m.title)).toEqual(upcoming(['RUN'], 10));
    expect(lenas.length).toBeGreaterThan(0);
    expect(lenas.every((m) => m.asStaff && m.myAssignments.length === 0)).toBe(true);

    const clerks = await (await servicesFor('clerk')).meetings.myUpcoming(10);
    expect(clerks.map((m) => m.title)).toEqual(upcoming(['RF', 'RS', 'HSN'], 10));

    const owners = await (await servicesFor('owner')).meetings.myUpcoming(50);
    expect(new Set(owners.map((m) => m.bodyCode))).toEqual(new Set(['RF', 'RS', 'HSN', 'RUN', 'PN']));
  });
});

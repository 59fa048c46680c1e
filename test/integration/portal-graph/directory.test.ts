import { buildRegion } from '../../../tools/local-tenant/src/seed/region';
import { seededRegion } from '../../support/region';
import { repositoriesFor, traffic } from './support';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T09:00:00Z');
const t = seededRegion(ANCHOR);

describe('directory of elected officials', () => {
  it("lists RF's 71 members and their substitutes with parties, in one SharePoint request", async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const since = t.tenant.requests.last();
    const people = await r.directory.current();
    expect(traffic(t, since).sp).toHaveLength(1);
    const rf = people.filter((p) => p.assignments.some((a) => a.bodyCode === 'RF'));
    const region = buildRegion(ANCHOR);
    const expected = region.assignments.filter((a) => a.bodyCode === 'RF' && a.validTo === null);
    expect(rf).toHaveLength(new Set(expected.map((a) => a.personKey)).size);
    expect(rf.filter((p) => p.assignments.some((a) => a.bodyCode === 'RF' && a.role === 'Member'))).toHaveLength(71);
    expect(rf.filter((p) => p.assignments.some((a) => a.bodyCode === 'RF' && a.role === 'Substitute')).length).toBeGreaterThan(0);
    expect(new Set(rf.flatMap((p) => p.parties))).toEqual(new Set(['S', 'M', 'SD', 'V', 'SJVP', 'C', 'KD']));
    // Past assignments are not "current".
    expect(people.flatMap((p) => p.assignments).every((a) => a.validTo === null || a.validTo >= '2026-11-24')).toBe(true);
  });

  it('gets phones in batches of 15 addresses and photos in $batches of ≤ 20', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const people = await r.directory.current();
    const emails = people.map((p) => p.email);
    let since = t.tenant.requests.last();
    const contacts = await r.directory.contacts(emails);
    const sent = traffic(t, since).graph;
    expect(sent).toHaveLength(Math.ceil(Math.ceil(emails.length / 15) / 20));
    const someone = contacts.get(people[0].email.toLowerCase())!;
    expect(someone.upn).toBeTruthy();
    expect(someone.mobile).toMatch(/^070-/);

    const upns = people.slice(0, 25).map((p) => contacts.get(p.email.toLowerCase())!.upn!);
    since = t.tenant.requests.last();
    const photos = await r.directory.photos([...upns, 'kansliet@norrbotten.se']);
    expect(traffic(t, since).graph.map((x) => x.parts)).toEqual([20, 6]);
    expect(photos.get(upns[0].toLowerCase())).toMatch(/^data:image\/svg\+xml;base64,/);
    // A mailbox without a photo: ImageNotFound → initials.
    expect(photos.get('kansliet@norrbotten.se')).toBeNull();
  });

  it("shows the person's past assignments too", async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const history = await r.directory.history(r.ctx.user.siteUserId);
    expect(history.some((a) => a.bodyCode === 'PN' && a.validTo !== null)).toBe(true);
    expect(history[0].validFrom >= history[history.length - 1].validFrom).toBe(true);
  });
});

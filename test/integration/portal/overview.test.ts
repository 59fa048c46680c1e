import type { Services } from '../../../src/data/services';
import { buildMeetings } from '../../../tools/local-tenant/src/seed/meetings';
import { buildRegion } from '../../../tools/local-tenant/src/seed/region';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');

/** "Mina sammanträden" against the seeded region, through the services the host builds. */
describe('my upcoming meetings (overview)', () => {
  const t = seededRegion(ANCHOR);

  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);

  /** What the seed says the persona should see, computed from the seed's own data. */
  const expectedTitles = (persona: string, limit: number): string[] => {
    const region = buildRegion(ANCHOR);
    const key = region.people.find((p) => p.persona === persona)!.key;
    const bodies = new Set(region.assignments.filter((a) => a.personKey === key && a.validTo === null).map((a) => a.bodyCode));
    return buildMeetings(region.bodies, ANCHOR)
      .filter((m) => bodies.has(m.bodyCode) && m.status !== 'Inställt' && m.end >= NOW)
      .slice(0, limit)
      .map((m) => m.title);
  };

  it('shows a member the meetings of every body they sit in, soonest first, in one $batch', async () => {
    const services = await servicesFor('member');
    const before = t.tenant.requests.last();
    const meetings = await services.meetings.myUpcoming(6);
    const sent = t.tenant.requests.since(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', status: 200 });
    expect(sent[0].path).toContain('$batch');

    expect(meetings.map((m) => m.title)).toEqual(expectedTitles('member', 6));
    const rf = meetings.find((m) => m.bodyCode === 'RF')!;
    expect(rf.bodyName).toBe('Regionfullmäktige');
    expect(rf.myAssignments.map((a) => a.role)).toEqual(['Member']);
    expect(rf.agendaUrl).toBe(`#/sammantrade/${rf.id}`);
    expect(rf.location).toContain('Luleå');
  });

  it('reads what awaits the person (minutes to sign) in the same one $batch as the meetings', async () => {
    const services = await servicesFor('member');
    const before = t.tenant.requests.last();
    const overview = await services.meetings.myOverview(6);
    const sent = t.tenant.requests.since(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', status: 200 });
    expect(sent[0].path).toContain('$batch');
    expect(overview.meetings.map((m) => m.title)).toEqual(expectedTitles('member', 6));
    // the seed freezes no minutes: nothing to sign, and nothing failed (test/integration/minutes/toSign.test.ts signs)
    expect(overview).toMatchObject({ toDo: [], toDoError: null });
  });

  it('shows a substitute the meetings they may be called in to', async () => {
    const meetings = await (await servicesFor('substitute')).meetings.myUpcoming(3);
    expect(meetings.map((m) => m.title)).toEqual(expectedTitles('substitute', 3));
    expect(meetings[0].myAssignments[0]).toMatchObject({ role: 'Substitute', party: 'S', substituteOrder: 1 });
  });

  it('marks the chair as chair', async () => {
    const [first] = await (await servicesFor('chair')).meetings.myUpcoming(1);
    expect(first.myAssignments.some((a) => a.position === 'Chair')).toBe(true);
  });

  it('shows a clerk, who holds no assignment, the meetings of the bodies they serve', async () => {
    const region = buildRegion(ANCHOR);
    const all = buildMeetings(region.bodies, ANCHOR)
      .filter((m) => m.status !== 'Inställt' && m.end >= NOW)
      .slice(0, 5)
      .map((m) => m.title);
    const meetings = await (await servicesFor('clerk')).meetings.myUpcoming(5);
    expect(meetings.map((m) => m.title)).toEqual(all);
    expect(meetings.every((m) => m.asStaff && m.myAssignments.length === 0)).toBe(true);
  });

  it('tells payroll, who may read no meetings, that there are none — not that access was denied', async () => {
    const payroll = await servicesFor('payroll');
    await expect(payroll.meetings.myUpcoming()).resolves.toEqual([]);
    await expect(payroll.meetings.myOverview()).resolves.toEqual({ meetings: [], toDo: [], toDoError: null });
    await expect(payroll.meetings.myPast()).resolves.toEqual([]);
  });

  it('lists earlier meetings on request, newest first, also under an assignment that has ended, in one $batch', async () => {
    const services = await servicesFor('member');
    const before = t.tenant.requests.last();
    const past = await services.meetings.myPast(50);
    expect(t.tenant.requests.since(before)).toHaveLength(1);
    const region = buildRegion(ANCHOR);
    const key = region.people.find((p) => p.persona === 'member')!.key;
    const mine = region.assignments.filter((a) => a.personKey === key);
    const day = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const yearAgo = new Date(NOW.getTime() - 366 * 86400000);
    const expected = buildMeetings(region.bodies, ANCHOR)
      .filter((m) => m.status !== 'Inställt' && m.end < NOW && m.start >= yearAgo)
      .filter((m) =>
        mine.some((a) => a.bodyCode === m.bodyCode && a.validFrom <= day(m.start) && (a.validTo === null || a.validTo >= day(m.start))),
      )
      .sort((a, b) => b.start.getTime() - a.start.getTime())
      .slice(0, 50)
      .map((m) => m.title);
    expect(past.map((m) => m.title)).toEqual(expected);
    // the member sat in patientnämnden until the term ended: those meetings are part of their history
    expect(past.some((m) => m.bodyCode === 'PN')).toBe(true);
    expect(past.every((m) => m.calledIn === null)).toBe(true);
  });

  it('rides out a 503 and a slow answer: PnPjs retries after Retry-After', async () => {
    const services = await servicesFor('member');
    t.tenant.faults.add({ pathContains: '/_api/$batch', status: 503, retryAfterSeconds: 1, count: 1 });
    t.tenant.faults.add({ pathContains: '/_api/$batch', latencyMs: 300, count: 1 });
    const before = t.tenant.requests.last();
    const meetings = await services.meetings.myUpcoming(2);
    expect(meetings.map((m) => m.title)).toEqual(expectedTitles('member', 2));
    expect(t.tenant.requests.since(before).map((r) => r.status)).toEqual([503, 200]);
  }, 20_000);

  it('gives up on a site that stays unavailable with an error the overview can explain', async () => {
    const services = await servicesFor('member');
    t.tenant.faults.add({ pathContains: '/_api/$batch', status: 503, retryAfterSeconds: 1, count: 20 });
    try {
      await expect(services.meetings.myUpcoming(2)).rejects.toMatchObject({ kind: 'throttled', status: 503 });
    } finally {
      t.tenant.faults.clear();
    }
  }, 30_000);
});

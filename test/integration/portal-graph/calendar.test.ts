import { buildMeetings } from '../../../tools/local-tenant/src/seed/meetings';
import { buildRegion } from '../../../tools/local-tenant/src/seed/region';
import { seededRegion } from '../../support/region';
import { repositoriesFor, traffic } from './support';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-23T07:00:00Z');
const WEEK = { from: '2026-11-23', to: '2026-11-30' };

const t = seededRegion(ANCHOR);

const rfMeeting = () =>
  buildMeetings(buildRegion(ANCHOR).bodies, ANCHOR).find((m) => m.bodyCode === 'RF' && m.start.toISOString().startsWith('2026-11-24'))!;

describe('calendar through Graph and the Meetings list', () => {
  it('shows a member their own event, the RF meeting once and their party group event in one week', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const since = t.tenant.requests.last();
    const week = await r.calendar.load(WEEK, null);
    const sent = traffic(t, since);

    expect(week.failures).toEqual([]);
    const titles = week.entries.map((e) => `${e.source}:${e.title}`);
    expect(titles).toContain('own:Medborgardialog i Gällivare');
    expect(titles.filter((x) => x.endsWith(rfMeeting().title))).toEqual([`meeting:${rfMeeting().title}`]);
    const party = week.entries.find((e) => e.source === 'group' && e.title.startsWith('Gruppmöte'))!;
    expect(party.calendarName).toMatch(/fullmäktigegruppen/);
    // The meeting took the Outlook link of its group event and keeps the agenda link.
    const meeting = week.entries.find((e) => e.source === 'meeting' && e.title === rfMeeting().title)!;
    expect(meeting.webLink).toMatch(/^https:\/\/outlook/);
    expect(meeting.meetingId).toBeGreaterThan(0);
    expect(week.bodies.map((b) => b.code)).toEqual(expect.arrayContaining(['RF', 'HSN']));

    // One SharePoint $batch; Graph: one batch, plus one the first time for groups learned from memberOf.
    expect(sent.sp.map((x) => x.path)).toEqual(['/sites/politikerportal/_api/$batch']);
    expect(sent.graph.every((x) => x.path === '/graph/v1.0/$batch' && (x.parts ?? 0) <= 20)).toBe(true);
    expect(sent.graph).toHaveLength(2);

    // Next week: the groups are known, one Graph $batch.
    const before = t.tenant.requests.last();
    await r.calendar.load({ from: '2026-11-30', to: '2026-12-07' }, null);
    expect(traffic(t, before).graph).toHaveLength(1);
  }, 30_000);

  it('with configured groups asks Graph once, in parallel with SharePoint', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const groups = await r.calendar.availableGroups();
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const since = t.tenant.requests.last();
    const week = await r.calendar.load(WEEK, groups.slice(0, 2));
    expect(traffic(t, since).graph).toHaveLength(1);
    expect(week.groups).toHaveLength(2);
  }, 30_000);

  it('explains a deleted group and a group the person is not in, and still shows the rest', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const week = await r.calendar.load(WEEK, [
      { id: '00000000-0000-0000-0000-00000000dead', name: 'Nedlagd grupp' },
      { id: t.tenant.context.directory.groups().find((g) => g.mailNickname === 'politik-pn')!.id, name: 'Patientnämnden' },
    ]);
    expect(week.failures.map((f) => [f.name, f.error.kind, f.error.code])).toEqual([
      ['Nedlagd grupp', 'notFound', 'notFound'],
      ['Patientnämnden', 'forbidden', 'accessDenied'],
    ]);
    expect(week.entries.some((e) => e.source === 'own')).toBe(true);
  }, 30_000);

  it('retries a throttled $batch after Retry-After', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const groups = await r.calendar.availableGroups();
    t.tenant.faults.add({ pathContains: '/graph/v1.0/$batch', status: 429, retryAfterSeconds: 1, count: 1 });
    const since = t.tenant.requests.last();
    const week = await r.calendar.load(WEEK, groups);
    expect(week.failures).toEqual([]);
    expect(traffic(t, since).graph.map((x) => x.status)).toEqual([429, 200]);
  }, 30_000);

  it('makes the body meeting plan an iCalendar file in Stockholm time', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const week = await r.calendar.load(WEEK, []);
    const rf = week.bodies.find((b) => b.code === 'RF')!;
    const ics = await r.calendar.meetingPlan(rf.id);
    expect(ics.fileName).toBe('Regionfullmäktige.ics');
    expect(ics.content).toContain('DTSTART;TZID=Europe/Stockholm:20261124T090000');
    expect(ics.content).toContain('BEGIN:VTIMEZONE');
  }, 30_000);
});

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { busyTracker, type BusySignal } from '../../../src/data/busy';
import { createGraphClient } from '../../../src/data/clients/graphClient';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEB = '/sites/politikerportal';

/** Every change of the signal, as the UI would see it, with when it came. */
function record(busy: BusySignal): { at: number; retryAt: number | null }[] {
  const seen: { at: number; retryAt: number | null }[] = [];
  busy.subscribe(() => seen.push({ at: Date.now(), retryAt: busy.retryAt()?.getTime() ?? null }));
  return seen;
}

/** Issue 8: a long Retry-After is not waited out in silence, and the library's retry stays the only one. */
describe('the service-busy signal', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);
  afterEach(() => t.tenant.faults.clear());

  it('says when PnPjs will retry a throttled write (Retry-After: 5), clears once it succeeds, and writes once', async () => {
    const member = await servicesFor('member');
    const m = (await member.meetings.myUpcoming(10)).find((x) => x.bodyCode === 'RF')!;
    const seen = record(member.busy!);
    t.tenant.faults.add({ pathContains: 'Attendance', method: 'POST', status: 429, retryAfterSeconds: 5, count: 1 });
    const before = t.tenant.requests.last();
    const started = Date.now();

    await member.meeting.reportAbsence(m.id, null, 'Sjuk');

    // one notice while it waited, due 5 s after the 429, then none once the retry had its answer
    expect(seen).toHaveLength(2);
    const [waiting, cleared] = seen;
    expect(waiting.retryAt! - waiting.at).toBeGreaterThan(4_900);
    expect(waiting.retryAt! - waiting.at).toBeLessThanOrEqual(5_000);
    expect(cleared.retryAt).toBeNull();
    expect(cleared.at).toBeGreaterThanOrEqual(waiting.retryAt!);
    expect(cleared.at - started).toBeLessThan(10_000);
    expect(member.busy!.retryAt()).toBeNull();

    // PnPjs's own retry sent it again once: the 429, then the write, and one notice stored
    const posts = t.tenant.requests.since(before).filter((r) => r.method === 'POST' && r.path.includes('Attendance'));
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    const mine = await standaloneSp(t.siteUrl, () => t.token(t.upn('member')))
      .web.getList(`${WEB}/Lists/Attendance`)
      .items.filter(`MeetingId eq ${m.id} and AuthorId eq ${member.user.siteUserId}`)
      .select('Id')();
    expect(mine).toHaveLength(1);
  }, 30_000);

  it('stays silent for a short Retry-After', async () => {
    const member = await servicesFor('member');
    const seen = record(member.busy!);
    t.tenant.faults.add({ pathContains: '/_api/$batch', status: 503, retryAfterSeconds: 1, count: 1 });
    await member.meetings.myUpcoming(2);
    expect(seen).toEqual([]);
  }, 20_000);

  it('clears the notice when PnPjs gives up', async () => {
    const member = await servicesFor('member');
    const seen = record(member.busy!);
    t.tenant.faults.add({ pathContains: '/_api/$batch', status: 503, retryAfterSeconds: 3, count: 3 });
    await expect(member.meetings.myUpcoming(2)).rejects.toMatchObject({ kind: 'throttled', status: 503 });
    // two waits (after the first and second try); after the third PnPjs gives up without one
    expect(seen.map((s) => s.retryAt === null)).toEqual([false, false, true]);
    expect(member.busy!.retryAt()).toBeNull();
  }, 30_000);

  it("says when the Graph client's RetryHandler will retry, and clears after its answer", async () => {
    const busy = busyTracker();
    const seen = record(busy);
    const graph = createGraphClient({ baseUrl: `${t.tenant.url}/graph/`, getToken: () => t.token(t.upn('member')), busy });
    t.tenant.faults.add({ pathContains: '/graph/v1.0/me', status: 429, retryAfterSeconds: 3, count: 1 });
    const me = (await graph.api('/me').get()) as { userPrincipalName: string };
    expect(me.userPrincipalName).toBe(t.upn('member'));
    expect(seen).toHaveLength(2);
    expect(seen[0].retryAt! - seen[0].at).toBeGreaterThan(2_900);
    expect(seen[0].retryAt! - seen[0].at).toBeLessThanOrEqual(3_000);
    expect(seen[1].retryAt).toBeNull();
  }, 20_000);
});

/**
 * The live meeting at the scale of regionfullmäktige (DESIGN §5, §9): 71 member clients and the
 * chair's chairConsole, through the real data code (LiveSession: PnPjs against an in-process local
 * tenant). `npx tsx test/bench/live-meeting.ts` alone, or as part of `npm run bench`. Never a test.
 *
 * 1. Real time: the chair gives and ends the floor; for each write, the time until the last of
 *    the 71 member clients shows it.
 * 2. A 30-minute meeting at `SPEED`× (the clients' clocks and timers run faster, the server is
 *    real): requests per minute per member client while members ask for the floor and the chair
 *    runs the list.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { createStandaloneServices, standaloneSp } from '../../src/data/hosts/standalone';
import type { LiveTimers } from '../../src/data/live/session';
import { listUrl } from '../../src/data/schema/urls';
import type { LiveClient, Services } from '../../src/data/services';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { startSeededTenant, type SeededTenant } from '../support/tenant';

const SPEED = Number(process.env.LIVE_SPEED ?? 10);
const SIM_MINUTES = Number(process.env.LIVE_MINUTES ?? 30);
const WRITES = Number(process.env.LIVE_WRITES ?? 24);
const WEB = { webUrl: '/sites/politikerportal' };

/**
 * Every HTTP request any client sends, by the signed-in person: PnPjs sends through the global
 * `fetch`, so this counts what goes on the wire, retries included — not what the session thinks.
 */
function countRequests(now: () => number): { byUser: Map<string, number[]>; stop(): void } {
  const byUser = new Map<string, number[]>();
  const real = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const auth = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization') ?? '';
    const payload = auth.split('.')[1];
    if (payload) {
      const upn = String((JSON.parse(Buffer.from(payload, 'base64url').toString()) as { upn?: string }).upn ?? '').toLowerCase();
      const list = byUser.get(upn) ?? [];
      list.push(now());
      byUser.set(upn, list);
    }
    return real(input, init);
  };
  return { byUser, stop: () => (globalThis.fetch = real) };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LiveBench {
  members: number;
  latency: { p50: number; p95: number; max: number; writes: number };
  perMinute: { mean: number; max: number; simulatedMinutes: number };
  /** Phase 1: requests the sessions counted, the member clients sent (fetch) and the tenant logged. */
  check: { session: number; sent: number; logged: number };
}

/** The session's clock and timers, `speed` times faster than real time (the votes bench uses them too). */
export function speeded(speed: number): LiveTimers {
  const t0 = Date.now();
  return {
    now: () => t0 + (Date.now() - t0) * speed,
    set: (run, ms) => setTimeout(run, ms / speed),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
}

async function region(t: SeededTenant) {
  const owner = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
  const bodies = await owner.web.getList(listUrl(WEB, 'Bodies')).items.select('Id', 'BodyCode')<{ Id: number; BodyCode: string }[]>();
  const rf = bodies.find((b) => b.BodyCode === 'RF')!.Id;
  const [meeting] = await owner.web
    .getList(listUrl(WEB, 'Meetings'))
    .items.filter(`BodyId eq ${rf} and StartTime ge datetime'${new Date().toISOString().slice(0, 19)}Z'`)
    .orderBy('StartTime', true)
    .select('Id')
    .top(1)<{ Id: number }[]>();
  const today = swedishDate(new Date());
  const rows = await owner.web
    .getList(listUrl(WEB, 'Assignments'))
    .items.filter(`BodyId eq ${rf} and Role eq 'Ledamot'`)
    .select('PersonId', 'Person/EMail', 'ValidFrom', 'ValidTo')
    .expand('Person')
    .top(500)<{ PersonId: number; Person: { EMail: string }; ValidFrom: string; ValidTo: string | null }[]>();
  const members = rows.filter((r) => r.ValidFrom.slice(0, 10) <= today && (!r.ValidTo || r.ValidTo.slice(0, 10) >= today));
  // the roll call: everyone present, recorded by the clerk in batches
  const clerk = standaloneSp(t.siteUrl, () => t.token(t.persona('clerk').userPrincipalName));
  const [b, run] = clerk.batched();
  for (const m of members)
    void b.web
      .getList(listUrl(WEB, 'Attendance'))
      .items.add({ MeetingId: meeting.Id, PersonId: m.PersonId, AttendanceEvent: 'Närvarande' });
  await run();
  return { meetingId: meeting.Id, upns: members.map((m) => m.Person.EMail) };
}

const servicesFor = (t: SeededTenant, upn: string): Promise<Services> =>
  createStandaloneServices({
    siteUrl: t.siteUrl,
    graphBaseUrl: `${t.tenant.url}/graph/`,
    getToken: () => t.token(upn),
    locale: 'sv-SE',
    links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
  });

/** Opens and starts one session per member, a few at a time (as people open the app over a minute). */
async function openAll(people: Services[], meetingId: number, timers?: LiveTimers): Promise<LiveClient[]> {
  const out: LiveClient[] = [];
  for (let i = 0; i < people.length; i += 10) {
    const opened = await Promise.all(people.slice(i, i + 10).map((s) => s.live.open(meetingId, { console: false, timers })));
    opened.forEach((c) => c.start());
    out.push(...opened);
  }
  return out;
}

export async function liveMeetingBench(): Promise<LiveBench> {
  const t = await startSeededTenant(swedishDate(new Date()));
  try {
    const { meetingId, upns } = await region(t);
    const chair = await t.servicesFor('chair');
    // the chair runs the console and is a member too: their user's requests are the console's, not a member client's
    const chairUpn = t.persona('chair').userPrincipalName.toLowerCase();
    const memberUpns = upns.filter((u) => u.toLowerCase() !== chairUpn);
    const people = await Promise.all(upns.map((u) => servicesFor(t, u)));

    // 1. chair's write → shown on the last of the member clients, real time
    const chairConsole = await chair.live.open(meetingId, { console: true });
    await chairConsole.startMeeting();
    await chairConsole.goToItem(chairConsole.snapshot.meeting.items[0].id);
    chairConsole.start();
    const members = await openAll(people, meetingId);
    const logFrom = t.tenant.requests.last();
    const wire = countRequests(() => Date.now());
    const clientFrom = members.filter((m, i) => upns[i].toLowerCase() !== chairUpn).reduce((n, m) => n + m.status.requests.length, 0);
    const lags: number[] = [];
    // at a debate's pace: a member asks, the chair gives the floor a few seconds later, the speech
    // ends (a reply takes a minute or two; here 8 s, faster than any real debate)
    const measure = async (change: () => Promise<void>, shown: (c: LiveClient) => boolean): Promise<void> => {
      const seen = new Map<LiveClient, number>();
      const unsubscribe = members.map((m) => m.subscribe(() => shown(m) && !seen.has(m) && seen.set(m, performance.now())));
      await change();
      const stored = performance.now();
      members.filter(shown).forEach((m) => seen.set(m, stored));
      const deadline = stored + 15000;
      while (seen.size < members.length && performance.now() < deadline) await sleep(20);
      unsubscribe.forEach((u) => u());
      lags.push(Math.max(...[...seen.values()].map((at) => at - stored), seen.size < members.length ? 15000 : 0));
    };
    for (let w = 0; w < WRITES; w += 2) {
      const asker = members[w % members.length];
      await asker.requestFloor('Speech');
      // the console sees the request through its own poll
      while (!chairConsole.picture().current!.speakers.queue.length) await sleep(20);
      const request = chairConsole.picture().current!.speakers.queue[0];
      await sleep(3000);
      await measure(
        () => chairConsole.giveFloor(request.requestId),
        (c) => c.picture().current?.speakers.current?.requestId === request.requestId,
      );
      await sleep(8000);
      await measure(
        () => chairConsole.endSpeech(),
        (c) => {
          const list = c.picture().current?.speakers;
          return list?.current === null && list.done.some((d) => d.requestId === request.requestId);
        },
      );
      await sleep(3000);
    }
    const serverSent = t.tenant.requests
      .since(logFrom)
      .filter((r) => memberUpns.some((u) => r.user?.toLowerCase() === u.toLowerCase())).length;
    const clientSent =
      members.filter((m, i) => upns[i].toLowerCase() !== chairUpn).reduce((n, m) => n + m.status.requests.length, 0) - clientFrom;
    wire.stop();
    const wireSent = memberUpns.reduce((n, u) => n + (wire.byUser.get(u.toLowerCase())?.length ?? 0), 0);
    members.forEach((m) => m.stop());
    chairConsole.stop();
    lags.sort((a, b) => a - b);

    // 2. a 30-minute meeting at SPEED×: members ask now and then, the chair runs the list
    const timers = speeded(SPEED);
    const fast = await chair.live.open(meetingId, { console: true, timers });
    fast.start();
    const fastMembers = await openAll(people, meetingId, timers);
    const fastWire = countRequests(timers.now);
    const start = timers.now();
    const end = start + SIM_MINUTES * 60000;
    let n = 0;
    while (timers.now() < end) {
      // about every simulated 20 s someone asks; the chair moves on every simulated 60 s
      await sleep(20000 / SPEED);
      n += 1;
      const m = fastMembers[(n * 7) % fastMembers.length];
      await m.requestFloor('Speech').catch(() => undefined);
      if (n % 3 === 0) {
        const c = fast.picture().current!;
        if (c.speakers.current) await fast.endSpeech();
        if (c.speakers.queue.length) await fast.giveFloor(c.speakers.queue[0].requestId);
      }
    }
    fastMembers.forEach((m) => m.stop());
    fast.stop();
    fastWire.stop();
    // every whole simulated minute of every member client, as sent on the wire
    const perMinute: number[] = [];
    for (const u of memberUpns) {
      const sent = fastWire.byUser.get(u.toLowerCase()) ?? [];
      for (let minute = 0; minute < SIM_MINUTES; minute++) {
        const from = start + minute * 60000;
        perMinute.push(sent.filter((at) => at >= from && at < from + 60000).length);
      }
    }
    return {
      members: members.length,
      latency: { p50: percentile(lags, 50), p95: percentile(lags, 95), writes: lags.length, max: lags[lags.length - 1] },
      perMinute: {
        mean: perMinute.reduce((a, b) => a + b, 0) / perMinute.length,
        max: Math.max(...perMinute),
        simulatedMinutes: SIM_MINUTES,
      },
      check: { session: clientSent, sent: wireSent, logged: serverSent },
    };
  } finally {
    await t.close();
  }
}

if (require.main === module)
  liveMeetingBench().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );

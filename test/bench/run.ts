/**
 * `npm run bench`: the numbers DESIGN.md §9 sets targets for, measured on this machine against an
 * in-process local tenant. Prints a table; never part of `npm test` (timings are not assertions).
 */
import { createStandaloneServices } from '../../src/data/hosts/standalone';
import { createProvisioningService } from '../../src/data/provisioning';
import { standaloneSp } from '../../src/data/hosts/standalone';
import { startSeededTenant } from '../support/tenant';
import { tenantKill } from './tenant-kill';
import { tenantLoad } from './tenant-load';
import { liveMeetingBench } from './live-meeting';
import { votesBench, votesRows } from './votes';
import { minutesBench, minutesFonts } from './minutes';
import { stringsFor } from '../../src/ui/strings';
import { minutesStrings } from '../../src/ui/strings/minutes';

const rows: [string, string, string][] = [];
const row = (what: string, value: string, target: string): void => {
  rows.push([what, value, target]);
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(n: number, f: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function bundles(): Promise<void> {
  // the same measurement as `node tools/page-weight.mjs`: every file a page loads, each once
  const { measurePages, PAGE_LIMIT_KB, HUB_LIMIT_KB } = await import('../../tools/page-weight.mjs');
  const measured = measurePages();
  if (!measured) {
    row('portal JavaScript per page', 'not built (run npm run package)', `≤ ${PAGE_LIMIT_KB} KB gzip`);
    return;
  }
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB gzip`;
  row('shared bundle (loaded once per page)', kb(measured.bundle.gz), '');
  for (const p of measured.single)
    row(`page with ${p.alias} alone`, `${kb(p.gz)} in ${p.files.length} files`, `≤ ${PAGE_LIMIT_KB} KB gzip`);
  row(
    `hub page (${measured.hub.aliases.join(', ')})`,
    `${kb(measured.hub.gz)} in ${measured.hub.files.length} files`,
    `≤ ${HUB_LIMIT_KB} KB gzip`,
  );
}

async function main(): Promise<void> {
  await bundles();
  const t0 = performance.now();
  const t = await startSeededTenant('2026-11-24');
  row('seed the region (provision + data, in-process)', `${((performance.now() - t0) / 1000).toFixed(1)} s`, '—');
  try {
    const member = t.persona('member');
    const services = await createStandaloneServices({
      siteUrl: t.siteUrl,
      graphBaseUrl: `${t.tenant.url}/graph/`,
      getToken: () => t.token(member.userPrincipalName),
      locale: 'sv-SE',
      links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
      clock: { now: () => new Date('2026-11-24T06:00:00Z') },
    });
    const before = t.tenant.requests.last();
    // what the overview web part reads on its first render: the meetings and what awaits the person
    await services.meetings.myOverview(5);
    const sent = t.tenant.requests.since(before);
    const spBatches = sent.filter((r) => r.path.includes('/_api/$batch')).length;
    const graphBatches = sent.filter((r) => r.path.includes('/graph/v1.0/$batch')).length;
    row(
      'overview first render: HTTP requests',
      `${sent.length} (${spBatches} SharePoint $batch, ${graphBatches} Graph $batch)`,
      '≤ 1 SP $batch + ≤ 1 Graph $batch',
    );
    const lat = await timed(50, () => services.meetings.myOverview(5));
    row('overview data, local tenant', `p50 ${lat.p50.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms`, '—');

    // the meeting page of a large meeting: 20 agenda items, 60 documents, built by the clerk
    const clerk = t.persona('clerk');
    const clerkServices = await createStandaloneServices({
      siteUrl: t.siteUrl,
      graphBaseUrl: `${t.tenant.url}/graph/`,
      getToken: () => t.token(clerk.userPrincipalName),
      locale: 'sv-SE',
      links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
      clock: { now: () => new Date('2026-11-24T06:00:00Z') },
    });
    const [rs] = (await clerkServices.clerk.bodies()).filter((b) => b.code === 'RS');
    const meetingId = await clerkServices.clerk.createMeeting({
      bodyId: rs.id,
      title: 'Regionstyrelsen, extra sammanträde (bench)',
      start: '2027-01-20T08:00:00.000Z',
      end: '2027-01-20T15:00:00.000Z',
      location: 'Regionhuset, Luleå',
      remoteAllowed: true,
      chairId: null,
      coSignerIds: [],
      signingDue: null,
    });
    const pdf = new TextEncoder().encode('%PDF-1.4\n% bench\n').buffer as ArrayBuffer;
    for (let i = 1; i <= 20; i++) {
      const item = await clerkServices.clerk.addItem(meetingId, {
        title: `Ärende ${i}`,
        caseNumber: `RS 2027/${i}`,
        kind: 'Decision',
        proposedDecision: 'Bifall.',
        confidential: false,
      });
      for (let d = 1; d <= 3; d++) {
        await clerkServices.clerk.uploadDocument(
          meetingId,
          item.id,
          { name: `bench-${i}-${d}.pdf`, content: pdf },
          { title: `Handling ${i}.${d}`, kind: 'Attachment', confidential: false },
        );
      }
    }
    const pageBefore = t.tenant.requests.last();
    const details = await services.meeting.get(meetingId);
    const pageSent = t.tenant.requests.since(pageBefore);
    row(
      'meeting page (20 items, 60 documents): HTTP requests',
      `${pageSent.length} (${pageSent.filter((r) => r.path.includes('$batch')).length} SharePoint $batch; ${details.items.length} items, ${details.documents.length} documents read)`,
      '—',
    );
    const page = await timed(20, () => services.meeting.get(meetingId));
    row('meeting page data, local tenant', `p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms`, '—');

    // the clerk makes the minutes of the seeded RF meeting from the lists, as the browser does (record read + PDF/A + Word)
    const rf = (await clerkServices.clerk.bodies()).find((b) => b.code === 'RF')!;
    const rfMeeting = (await clerkServices.meetings.myUpcoming(50)).find((m) => m.bodyId === rf.id);
    if (rfMeeting) {
      const wording = stringsFor(minutesStrings, 'sv-SE');
      const fonts = minutesFonts();
      const from = t.tenant.requests.last();
      const made = await clerkServices.minutes.generate(rfMeeting.id, { wording, public: false, fonts });
      const sentMinutes = t.tenant.requests.since(from);
      const gen = await timed(3, () => clerkServices.minutes.generate(rfMeeting.id, { wording, public: false, fonts }));
      row(
        `minutes of a seeded RF meeting (${made.sections.length} sections) from the lists: read + PDF/A + Word`,
        `p50 ${(gen.p50 / 1000).toFixed(2)} s; ${sentMinutes.length} requests (${sentMinutes.filter((r) => r.path.includes('$batch')).length} $batch); PDF ${(made.pdf.byteLength / 1024).toFixed(0)} KB`,
        '—',
      );
    }

    // first render of the Graph web parts, as the member sees them (DESIGN §6: batched, ≤ 20 per batch)
    const requestsOf = async (what: string, work: () => Promise<unknown>): Promise<void> => {
      const from = t.tenant.requests.last();
      await work();
      const sent = t.tenant.requests.since(from);
      const sp = sent.filter((r) => r.path.includes('/_api/')).length;
      const graphBatches = sent.filter((r) => r.path.includes('/graph/v1.0/$batch')).length;
      row(
        `${what}: HTTP requests`,
        `${sent.length} (${sp} SharePoint, ${graphBatches} Graph $batch, ${sent.length - sp - graphBatches} other Graph)`,
        '—',
      );
    };
    await requestsOf('calendar first render (week, default groups)', () =>
      services.calendar.load({ from: '2026-11-23', to: '2026-11-30' }, null),
    );
    await requestsOf('mailbox first render (own + 2 shared)', () =>
      services.mail.mailboxes(['kansliet@norrbotten.se', 'rf-presidiet@norrbotten.se'], 5),
    );
    await requestsOf('directory first render (list, phones and photos of 20)', async () => {
      const people = await services.directory.current();
      const shown = people.slice(0, 20);
      await Promise.all([services.directory.contacts(shown.map((p) => p.email)), services.directory.photos(shown.map((p) => p.email))]);
    });

    const owner = t.persona('owner');
    const prov = createProvisioningService(standaloneSp(t.siteUrl, () => t.token(owner.userPrincipalName)));
    const inspectBefore = t.tenant.requests.last();
    const plan = await prov.inspect();
    row('setup web part inspect: requests', `${t.tenant.requests.since(inspectBefore).length} (steps left: ${plan.steps.length})`, '—');
    const ins = await timed(10, () => prov.inspect());
    row('setup web part inspect, local tenant', `p50 ${ins.p50.toFixed(1)} ms, p95 ${ins.p95.toFixed(1)} ms`, '—');
  } finally {
    await t.close();
  }
  const live = await liveMeetingBench();
  row(
    `live meeting: chair's write → last of ${live.members} member clients shows it`,
    `p50 ${(live.latency.p50 / 1000).toFixed(2)} s, p95 ${(live.latency.p95 / 1000).toFixed(2)} s, max ${(live.latency.max / 1000).toFixed(2)} s (${live.latency.writes} writes)`,
    'p95 ≤ 3 s',
  );
  row(
    `live meeting: requests per minute per member client (${live.perMinute.simulatedMinutes} min meeting)`,
    `mean ${live.perMinute.mean.toFixed(1)}, max ${live.perMinute.max} (wire ${live.check.sent} = tenant log ${live.check.logged})`,
    '≤ 35',
  );
  for (const r of votesRows(await votesBench())) row(...r);
  const minutes = await minutesBench();
  row(
    `minutes of a 71-seat RF meeting (${minutes.sections} sections, 5 open votes): make PDF/A + Word`,
    `p50 ${(minutes.p50 / 1000).toFixed(2)} s, max ${(minutes.max / 1000).toFixed(2)} s; PDF ${(minutes.pdf / 1024).toFixed(0)} KB, ${minutes.pages} pages; Word ${(minutes.docx / 1024).toFixed(0)} KB`,
    '—',
  );
  const load = await tenantLoad();
  row(
    'tenant: 200 clients × 20 s mixed load, loopback',
    `${load.requests} requests, ${load.errors} errors, p50 ${load.p50.toFixed(0)} ms, p95 ${load.p95.toFixed(0)} ms`,
    '0 errors',
  );
  const kill = await tenantKill();
  row('tenant: SIGKILL during adds, restart', `${kill.acknowledged} acknowledged, ${kill.missing} missing`, '0 missing');
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`\n${'what'.padEnd(w[0])}  ${'measured'.padEnd(w[1])}  target`);
  for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2]}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

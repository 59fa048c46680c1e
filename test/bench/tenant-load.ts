/**
 * 200 clients, 20 seconds, mixed reads and writes against a tenant process on loopback:
 * `npx tsx test/bench/tenant-load.ts`. Prints requests, errors and p50/p95 latency. Never a test.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from '../support/localTenantProcess';
import { benchList, percentile, sp, startTenantProcess, tokenFor } from './tenant-process';

const CLIENTS = Number(process.env.CLIENTS ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 20);

export async function tenantLoad(): Promise<{ requests: number; errors: number; p50: number; p95: number; perSecond: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-load-'));
  const tenant = await startTenantProcess(await freePort(), dataDir);
  try {
    const owner = await tokenFor(tenant.url, 'owner');
    const member = await tokenFor(tenant.url, 'member');
    await benchList(tenant.url, owner, 'BenchLoad');
    const times: number[] = [];
    const failures: string[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const client = async (n: number): Promise<void> => {
      // bounded: stops at the deadline, and after 10 000 requests at the latest
      for (let i = 0; i < 10_000 && Date.now() < deadline; i++) {
        const kind = (n + i) % 10;
        const t0 = performance.now();
        let res: Response;
        if (kind < 2)
          res = await sp(tenant.url, owner, "web/lists/getByTitle('BenchLoad')/items", { method: 'POST', body: { Title: `c${n}-${i}` } });
        else if (kind < 6)
          res = await sp(tenant.url, member, "web/lists/getByTitle('BenchLoad')/items?$select=Id,Title&$top=20&$orderby=Id desc");
        else if (kind < 8) res = await sp(tenant.url, member, 'web?$select=Title');
        else res = await fetch(`${tenant.url}/graph/v1.0/me`, { headers: { authorization: `Bearer ${member}` } });
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        if (res.status >= 400) failures.push(`${res.status}`);
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n).catch((e: Error) => void failures.push(e.message))));
    const elapsed = (Date.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return {
      requests: times.length,
      errors: failures.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      perSecond: times.length / elapsed,
    };
  } finally {
    await tenant.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void tenantLoad().then((r) => {
    console.log(
      `${CLIENTS} clients, ${SECONDS} s: ${r.requests} requests (${r.perSecond.toFixed(0)}/s), ${r.errors} errors, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`,
    );
  });
}

/**
 * SIGKILL the tenant during a burst of adds, restart it on the same DATA_DIR, and check every
 * add it acknowledged (201) is there: `npx tsx test/bench/tenant-kill.ts`. Never a test.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from '../support/localTenantProcess';
import { benchList, sp, startTenantProcess, tokenFor } from './tenant-process';

export async function tenantKill(): Promise<{ acknowledged: number; present: number; missing: number; unacknowledgedPresent: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-kill-'));
  const port = await freePort();
  let tenant = await startTenantProcess(port, dataDir);
  try {
    const owner = await tokenFor(tenant.url, 'owner');
    await benchList(tenant.url, owner, 'BenchKill');
    const acked = new Set<string>();
    const sent = new Set<string>();
    let killed = false;
    const writer = async (n: number): Promise<void> => {
      for (let i = 0; i < 5000 && !killed; i++) {
        const title = `w${n}-${i}`;
        sent.add(title);
        try {
          const res = await sp(tenant.url, owner, "web/lists/getByTitle('BenchKill')/items", { method: 'POST', body: { Title: title } });
          if (res.status === 201) acked.add(title);
          await res.arrayBuffer();
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 20 }, (_, n) => writer(n)));
    await new Promise((r) => setTimeout(r, 1500));
    killed = true;
    await tenant.stop('SIGKILL');
    await burst;
    tenant = await startTenantProcess(port, dataDir);
    const token = await tokenFor(tenant.url, 'owner');
    const titles = new Set<string>();
    let next: string | null = "web/lists/getByTitle('BenchKill')/items?$select=Title&$top=5000";
    while (next) {
      const page = (await (await sp(tenant.url, token, next)).json()) as { value: { Title: string }[]; 'odata.nextLink'?: string };
      for (const it of page.value) titles.add(it.Title);
      const link = page['odata.nextLink'];
      next = link ? link.slice(link.indexOf('/_api/') + 6) : null;
    }
    const missing = [...acked].filter((a) => !titles.has(a)).length;
    const unacknowledgedPresent = [...titles].filter((x) => !acked.has(x)).length;
    return { acknowledged: acked.size, present: titles.size, missing, unacknowledgedPresent };
  } finally {
    await tenant.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void tenantKill().then((r) => {
    console.log(
      `kill during burst: ${r.acknowledged} adds acknowledged, ${r.present} present after restart, ${r.missing} acknowledged adds missing, ${r.unacknowledgedPresent} present without an acknowledgement (in flight at the kill)`,
    );
  });
}

import * as fs from 'fs';
import * as path from 'path';
import { swedishDate } from '../../../src/domain/time/swedishTime';
import { SITE_PATH } from './context';
import { getMeta, openDb, setMeta } from './db';
import { personaLabel } from './login';
import { BOARD_PATH } from './noticeBoard';
import { LOCAL_TENANT_ID } from './tokens';
import { seedTenant, upgradeSite } from './seed';
import { startTenant, type RunningTenant } from './server';
import { localCertificate } from './tls';

/**
 * `npm start` / `npm run tenant`: the local Microsoft 365 stand-in on loopback.
 *   PORT (default 8080), DATA_DIR (default .local-tenant), SEED_DATE (yyyy-MM-dd, default today),
 *   --reset  wipe the data and seed again.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const port = Number(process.env.PORT ?? 8080);
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.local-tenant'));
  const reset = process.argv.includes('--reset');
  const staticDir = path.join(root, 'dist', 'host');

  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);
  if (reset || !isSeeded(dataDir)) {
    // A half-seeded tenant (a first start that was stopped) is wiped rather than patched.
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  // up before the data is, answering 503 with Retry-After until seeding/upgrading is done
  const tls = await localCertificate(dataDir);
  const tenant = await startTenant({ dataDir, port, staticDir, ready: false, tls });
  if (!getMeta(tenant.context.db, 'seeded_at')) {
    const anchor = process.env.SEED_DATE ?? swedishDate(new Date());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) throw new Error(`SEED_DATE must be yyyy-MM-dd, got "${anchor}".`);
    const started = Date.now();
    console.log(`Seeding the fictional Region Norrbotten around ${anchor} (first start)…`);
    const s = await seedTenant(tenant, anchor, (line) => console.log(line));
    setMeta(tenant.context.db, 'seed_anchor', anchor);
    setMeta(tenant.context.db, 'seeded_at', new Date().toISOString());
    console.log(
      `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${s.provisioningSteps} provisioning steps, ${s.people} people, ${s.bodies} bodies, ` +
        `${s.assignments} assignments, ${s.meetings} meetings, ${s.agendaItems} agenda items, ${s.documents} documents.`,
    );
  } else {
    // data from an earlier version: the site gets this version's lists, columns and permissions
    const steps = await upgradeSite(tenant, (line) => console.log(line));
    if (steps) console.log(`Brought the portal site up to this version's schema in ${steps} steps.`);
  }
  tenant.ready();
  printWelcome(tenant, dataDir);

  const stop = async (): Promise<void> => {
    console.log('\nStopping the local tenant…');
    await tenant.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function isSeeded(dataDir: string): boolean {
  if (!fs.existsSync(path.join(dataDir, 'tenant.sqlite'))) return false;
  const db = openDb(dataDir);
  try {
    return Boolean(getMeta(db, 'seeded_at'));
  } finally {
    db.close();
  }
}

function printWelcome(t: RunningTenant, dataDir: string): void {
  const personas = t.context.directory.personas();
  console.log('');
  console.log(`Politikerportalen runs at ${t.secureUrl}/`);
  console.log('  (a self-signed certificate for localhost: let the browser accept it once; MSAL signs in over https only)');
  console.log(`  SharePoint site  ${t.url}${SITE_PATH}  (also over https)`);
  console.log(`  Microsoft Graph  ${t.url}/graph/v1.0`);
  console.log(`  Sign-in authority ${t.secureUrl}/${LOCAL_TENANT_ID}/v2.0/.well-known/openid-configuration`);
  console.log(`  Tokens for scripts ${t.url}/_local/token?user=<upn>`);
  console.log(`  Anslagstavlan    ${t.url}${BOARD_PATH}/  (public, no sign-in; feed.json, feed.atom)`);
  console.log(`  Data             ${dataDir}`);
  console.log('');
  console.log('Personas (all fictional):');
  for (const p of personas) console.log(`  ${personaLabel(p.persona).padEnd(50)} ${p.displayName.padEnd(22)} ${p.userPrincipalName}`);
  console.log('');
  console.log('Press Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * The tenant of the votes bench (test/bench/votes.ts): the seeded region, prepared in-process in a
 * data folder, then served by `tools/local-tenant/src/main.ts` in a child process (as `npm start`
 * runs it, test mode on for `/_local/faults`) so that it can be killed and restarted on the same
 * DATA_DIR while ballots are in flight. Only loopback addresses are used.
 *
 * Besides the region exactly as `npm start` seeds it, the folder gets what the bench needs and
 * the seed does not have, written with the seeder's own in-process API (as the clerk, like the
 * seed's bodies, assignments and meetings):
 * - two bench bodies, "Bänkorgan 349" and "Bänkorgan 1000", with that many seats, one member
 *   assignment per seat (directory users `votant0001…@politiker.norrbotten.se`, site users in the
 *   members' group), the region's clerk as their clerk, and a meeting today with one decision item
 *   chaired by the RF chair persona;
 * - two-factor sign-in for the seed's one member without it (persona `nomfa`), so that all 71 RF
 *   members can vote.
 * Tokens are issued in-process before the hand-over; they stay valid in the child (same secret).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { groups as portalGroups } from '../../src/data/schema/permissions';
import { SITE_PATH } from '../../tools/local-tenant/src/context';
import { setMeta } from '../../tools/local-tenant/src/db';
import type { DirectoryUser } from '../../tools/local-tenant/src/directory';
import { seedTenant } from '../../tools/local-tenant/src/seed';
import { parties } from '../../tools/local-tenant/src/seed/region';
import { startTenant } from '../../tools/local-tenant/src/server';
import { freePort } from '../support/localTenantProcess';

const root = path.resolve(__dirname, '..', '..');

export interface BenchBody {
  seats: number;
  bodyId: number;
  meetingId: number;
  /** Sign-in names of the members, in seat order. */
  voters: string[];
}

export interface VoteTenant {
  dataDir: string;
  port: number;
  url: string;
  siteUrl: string;
  /** A bearer token for every person of the region and every bench voter, by sign-in name (lower case). */
  token(upn: string): string;
  persona(name: string): string;
  benchBodies: BenchBody[];
  /** Seconds the in-process preparation took (seed + bench data). */
  preparedInS: number;
  child: ChildProcess;
  /**
   * SIGKILL, then (after `extraDownMs`, a longer outage) start again on the same port and DATA_DIR;
   * resolves when it answers again, with the milliseconds it was away.
   */
  kill9AndRestart(extraDownMs?: number): Promise<{ downMs: number; startMs: number }>;
  stop(): Promise<void>;
}

/** RF's party split, repeated over the bench seats. */
const PARTY_BY_SEAT = parties.flatMap((p) => Array.from({ length: p.rfSeats }, () => p.code));

export async function prepareVoteTenant(anchor: string, sizes: readonly number[]): Promise<VoteTenant> {
  const t0 = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-votes-'));
  const tenant = await startTenant({ dataDir, port: 0, testMode: true });
  const tokens = new Map<string, string>();
  const personas = new Map<string, string>();
  const benchBodies: BenchBody[] = [];
  try {
    await seedTenant(tenant, anchor, () => undefined);
    setMeta(tenant.context.db, 'seed_anchor', anchor);
    setMeta(tenant.context.db, 'seeded_at', new Date().toISOString());
    const db = tenant.context.db;
    db.prepare(`UPDATE dir_users SET data = json_set(data, '$.mfa', json('true')) WHERE json_extract(data, '$.persona') = 'nomfa'`).run();

    const dir = tenant.context.directory;
    const sp = tenant.sharepoint;
    const byPersona = (name: string): DirectoryUser => dir.personas().find((u) => u.persona === name)!;
    const clerk = byPersona('clerk');
    const chair = byPersona('chair');

    const most = Math.max(0, ...sizes);
    const people: DirectoryUser[] = [];
    for (let i = 1; i <= most; i++) {
      const n = String(i).padStart(4, '0');
      const user = dir.addUser({
        userPrincipalName: `votant${n}@politiker.norrbotten.se`,
        displayName: `Votant ${n}`,
        givenName: 'Votant',
        surname: n,
        mail: `votant${n}@politiker.norrbotten.se`,
        jobTitle: 'Ledamot (bänktest)',
        mobilePhone: null,
        businessPhones: [],
        officeLocation: null,
        persona: null,
        mfa: true,
        accountEnabled: true,
      });
      sp.ensureUser(user);
      sp.addGroupMember(portalGroups.Members.title, user);
      people.push(user);
    }

    const start = new Date(`${anchor}T07:00:00Z`);
    for (const seats of sizes) {
      const { Id: bodyId } = sp.addItem(
        'Lists/Bodies',
        {
          Title: `Bänkorgan ${seats}`,
          BodyCode: `B${seats}`,
          BodyKind: 'Fullmäktige',
          Seats: seats,
          SubstituteSeats: 0,
          SubstituteRule: 'Samma parti',
          CrossPartyOrder: null,
          ReturnSameDayAllowed: false,
          SubstitutesMaySpeak: false,
          MaxRepliesPerSpeech: 2,
          ReplySeconds: 120,
          RejoinderSeconds: 60,
          SpeechSeconds: 300,
          ClerksId: [sp.ensureUser(clerk)],
          CoSignerCount: 2,
          NoticeDaysBefore: 7,
          GroupId: null,
          SortOrder: 90 + benchBodies.length,
          Active: true,
        },
        clerk,
      );
      const voters = people.slice(0, seats);
      voters.forEach((u, i) =>
        sp.addItem(
          'Lists/Assignments',
          {
            Title: `${u.displayName} – Ledamot – B${seats}`,
            PersonId: sp.ensureUser(u),
            BodyId: bodyId,
            Role: 'Ledamot',
            Position: null,
            Party: PARTY_BY_SEAT[i % PARTY_BY_SEAT.length],
            SubstituteOrder: null,
            SeatNumber: i + 1,
            ValidFrom: '2022-10-15T00:00:00Z',
            ValidTo: null,
          },
          clerk,
        ),
      );
      const { Id: meetingId } = sp.addItem(
        'Lists/Meetings',
        {
          Title: `Bänkorgan ${seats}, votering (bänktest)`,
          BodyId: bodyId,
          StartTime: start.toISOString(),
          EndTime: new Date(start.getTime() + 8 * 3600_000).toISOString(),
          Location: 'Regionhuset, Luleå',
          MeetingStatus: 'Kallat',
          RemoteAllowed: false,
          ChairId: sp.ensureUser(chair),
          CoSignersId: [],
          SigningDue: new Date(start.getTime() + 14 * 86400_000).toISOString(),
          NoticePublished: new Date(start.getTime() - 14 * 86400_000).toISOString(),
        },
        clerk,
      );
      sp.addItem(
        'Lists/AgendaItems',
        {
          Title: 'Budget och verksamhetsplan (bänktest)',
          MeetingId: meetingId,
          ItemNumber: 1,
          CaseNumber: `B${seats} 2026/1`,
          ItemKind: 'Beslutsärende',
          ProposedDecision: 'Budgeten fastställs enligt förslaget.',
          SectionNumber: null,
          Confidential: false,
        },
        clerk,
      );
      benchBodies.push({ seats, bodyId, meetingId, voters: voters.map((u) => u.userPrincipalName.toLowerCase()) });
    }

    for (const u of dir.users()) tokens.set(u.userPrincipalName.toLowerCase(), tenant.context.tokens.issue(u).token);
    for (const u of dir.personas()) personas.set(u.persona!, u.userPrincipalName.toLowerCase());
  } finally {
    await tenant.close();
  }
  const preparedInS = (performance.now() - t0) / 1000;

  const port = await freePort();
  let child = await startChild(port, dataDir);
  const url = `http://127.0.0.1:${port}`;
  const vt: VoteTenant = {
    dataDir,
    port,
    url,
    siteUrl: `${url}${SITE_PATH}`,
    token: (upn) => {
      const tok = tokens.get(upn.toLowerCase());
      if (!tok) throw new Error(`No token for ${upn}`);
      return tok;
    },
    persona: (name) => personas.get(name)!,
    benchBodies,
    preparedInS,
    child,
    async kill9AndRestart(extraDownMs = 0) {
      const killedAt = performance.now();
      await stopChild(child, 'SIGKILL');
      if (extraDownMs > 0) await new Promise((r) => setTimeout(r, extraDownMs));
      const t1 = performance.now();
      child = await startChild(port, dataDir);
      vt.child = child;
      const back = performance.now();
      return { downMs: back - killedAt, startMs: back - t1 };
    },
    async stop() {
      await stopChild(child, 'SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return vt;
}

/** `main.ts` on the prepared folder: it finds the data seeded, brings the schema up to date and opens. */
async function startChild(port: number, dataDir: string): Promise<ChildProcess> {
  // VOTES_TENANT_NODE_ARGS: extra node flags for the tenant process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where it spends its time)
  const extra = (process.env.VOTES_TENANT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'tools', 'local-tenant', 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOCAL_TENANT_TEST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer): void => {
    out += d.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tenant did not start:\n${out}`)), 120_000);
    const check = (): void => {
      if (out.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tenant exited with ${code}:\n${out}`));
    });
  });
  // keep reading its output (a full pipe would stall it); the unexpected is printed
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[tenant] ${d.toString()}`));
  return child;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * The local tenant as `npm start` runs it (tools/local-tenant/src/main.ts), in a child process on
 * a loopback port, for the load and kill benches. Only loopback addresses are used.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { SITE_PATH } from '../../tools/local-tenant/src/context';

const root = path.resolve(__dirname, '..', '..');

export interface TenantProcess {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startTenantProcess(port: number, dataDir: string): Promise<TenantProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tools', 'local-tenant', 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DATE: '2026-11-24' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString()));
  child.stderr!.on('data', (d) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tenant did not start:\n${out}`)), 120_000);
    const check = (): void => {
      if (out.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`tenant exited with ${code}:\n${out}`)));
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function tokenFor(url: string, persona: string): Promise<string> {
  const personas = (await (await fetch(`${url}/_local/personas`)).json()) as { upn: string; persona: string }[];
  const upn = personas.find((p) => p.persona === persona)!.upn;
  return ((await (await fetch(`${url}/_local/token?user=${encodeURIComponent(upn)}`)).json()) as { access_token: string }).access_token;
}

export const sp = (url: string, token: string, apiPath: string, init: { method?: string; body?: unknown } = {}): Promise<Response> =>
  fetch(`${url}${SITE_PATH}/_api/${apiPath}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json;odata=nometadata',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

/** A fresh list for the bench's writes. */
export async function benchList(url: string, token: string, title: string): Promise<void> {
  const res = await sp(url, token, 'web/lists', { method: 'POST', body: { Title: title, BaseTemplate: 100 } });
  if (res.status !== 201) throw new Error(`creating the bench list answered ${res.status}: ${await res.text()}`);
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

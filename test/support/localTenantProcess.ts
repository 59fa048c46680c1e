import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The local tenant as `npm start` runs it (same entry point, own port and data folder), for
 * end-to-end tests. The standalone host must already be built (`npm test` builds it first).
 */
export async function startLocalTenantProcess(env: Record<string, string> = {}): Promise<{
  /** `http://localhost:<port>`: what node's fetch uses (scripts, /_local/token, REST checks). */
  url: string;
  /** `https://localhost:<port>`: the portal in the browser (MSAL signs in over https only). */
  portalUrl: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}> {
  if (!fs.existsSync(path.join(root, 'dist', 'host', 'index.html')))
    throw new Error('dist/host is not built: run `node tools/build-host.mjs` (npm test does it first).');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tools', 'local-tenant', 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOCAL_TENANT_TEST: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString()));
  child.stderr!.on('data', (d) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The local tenant did not start in time:\n${out}`)), 120_000);
    const check = (): void => {
      if (out.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The local tenant exited with ${code}:\n${out}`));
    });
  });
  return {
    url: `http://localhost:${port}`,
    portalUrl: `https://localhost:${port}`,
    dataDir,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

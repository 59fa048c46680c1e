import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { SITE_PATH, GRAPH_PATH, type TenantContext } from './context';
import { openDb } from './db';
import { Directory } from './directory';
import { Faults, type FaultRule } from './faults';
import { serialize, type TenantRequest, type TenantResponse } from './http';
import { loginPage, safeReturnUrl } from './login';
import { RequestLog } from './requestLog';
import { TokenService } from './tokens';
import { SharePointSite } from './sharepoint';
import { GraphService } from './graph';

export interface TenantOptions {
  /** Folder for the SQLite file, or ':memory:'. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Folder with the built standalone host (index.html and its bundle), served at `/`. */
  staticDir?: string;
  /** Server clock; tests may pin it. */
  now?: () => Date;
}

export interface RunningTenant {
  url: string;
  port: number;
  context: TenantContext;
  sharepoint: SharePointSite;
  graph: GraphService;
  faults: Faults;
  requests: RequestLog;
  close(): Promise<void>;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Starts the tenant on loopback. Provisioning and seeding are the caller's (see main.ts). */
export async function startTenant(options: TenantOptions): Promise<RunningTenant> {
  const db = openDb(options.dataDir);
  let baseUrl = '';
  const directory = new Directory(db);
  const tokens = new TokenService(db, () => `${baseUrl}/_local/v2.0`);
  const context: TenantContext = { db, directory, tokens, now: options.now ?? (() => new Date()), baseUrl: () => baseUrl };
  const sharepoint = new SharePointSite(context);
  const faults = new Faults();
  const graph = new GraphService(context, faults);
  const requests = new RequestLog();

  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  // `localhost` may resolve to ::1 or 127.0.0.1 depending on the client; answer on both, loopback only.
  const server6 = http.createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', baseUrl);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const treq: TenantRequest = { method: (req.method ?? 'GET').toUpperCase(), url, headers, body: Buffer.concat(chunks), user: null, authError: null };
    authenticate(treq);
    let tres: TenantResponse;
    try {
      tres = await route(treq);
    } catch (err) {
      // Never crash on bad input: the areas answer errors themselves; this is the last net.
      console.error('[local-tenant] unhandled', err);
      tres = { status: 500, headers: { 'content-type': 'application/json' }, body: { error: { code: 'InternalServerError', message: 'The local tenant failed to handle the request.' } } };
    }
    const { headers: outHeaders, payload } = serialize(tres);
    requests.add({
      at: new Date().toISOString(),
      method: treq.method,
      path: url.pathname + url.search,
      user: treq.user?.userPrincipalName ?? null,
      status: tres.status,
      parts: outHeaders['x-batch-parts'] ? Number(outHeaders['x-batch-parts']) : undefined,
    });
    delete outHeaders['x-batch-parts'];
    res.writeHead(tres.status, { 'content-length': String(payload.length), ...outHeaders });
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  function authenticate(req: TenantRequest): void {
    const auth = req.headers.authorization;
    if (!auth) return;
    const m = /^Bearer\s+(.+)$/i.exec(auth);
    if (!m) {
      req.authError = 'Authorization header is not a bearer token.';
      return;
    }
    const result = tokens.verify(m[1], Date.now());
    if (!result.ok) {
      req.authError = result.reason;
      return;
    }
    const user = directory.userById(result.claims.oid);
    if (!user || !user.accountEnabled) req.authError = 'The user of this token does not exist or is disabled.';
    else req.user = user;
  }

  async function route(req: TenantRequest): Promise<TenantResponse> {
    const p = req.url.pathname;
    if (p.startsWith('/_local/')) return local(req);
    const isGraph = p.startsWith(GRAPH_PATH + '/') || p === GRAPH_PATH;
    const isSp = p.toLowerCase().startsWith(SITE_PATH + '/') || p.toLowerCase() === SITE_PATH;
    if (isGraph || isSp) {
      const fault = await faults.apply(req.method, p, isGraph);
      if (fault) return fault;
      return isGraph ? graph.handle(req) : sharepoint.handle(req);
    }
    return staticFile(p);
  }

  function local(req: TenantRequest): TenantResponse {
    const p = req.url.pathname;
    if (p === '/_local/login' && req.method === 'GET') {
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: loginPage(directory.personas(), safeReturnUrl(req.url.searchParams.get('returnUrl'))) };
    }
    if (p === '/_local/login/complete' && req.method === 'GET') {
      const user = directory.userByUpn(req.url.searchParams.get('user') ?? '');
      if (!user) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Okänd användare.' };
      const { token } = tokens.issue(user);
      const ret = safeReturnUrl(req.url.searchParams.get('returnUrl'));
      return { status: 302, headers: { location: `${ret}#access_token=${token}&id_token=${token}&token_type=Bearer` } };
    }
    if (p === '/_local/token' && req.method === 'GET') {
      const user = directory.userByUpn(req.url.searchParams.get('user') ?? '');
      if (!user) return { status: 404, headers: { 'content-type': 'application/json' }, body: { error: 'invalid_user', error_description: 'No such user in the local tenant.' } };
      const { token, claims } = tokens.issue(user);
      return { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: { token_type: 'Bearer', access_token: token, id_token: token, expires_in: claims.exp - claims.iat } };
    }
    if (p === '/_local/personas' && req.method === 'GET') {
      return { status: 200, headers: { 'content-type': 'application/json' }, body: directory.personas().map((u) => ({ upn: u.userPrincipalName, displayName: u.displayName, persona: u.persona })) };
    }
    if (p === '/_local/faults') {
      if (req.method === 'DELETE') {
        faults.clear();
        return { status: 204 };
      }
      if (req.method === 'POST') {
        try {
          faults.add(JSON.parse(req.body.toString('utf8')) as FaultRule);
          return { status: 201 };
        } catch (e) {
          return { status: 400, headers: { 'content-type': 'application/json' }, body: { error: (e as Error).message } };
        }
      }
    }
    if (p === '/_local/requests' && req.method === 'GET') {
      const since = Number(req.url.searchParams.get('since') ?? '0');
      return { status: 200, headers: { 'content-type': 'application/json' }, body: { last: requests.last(), requests: requests.since(since, req.url.searchParams.get('user') ?? undefined) } };
    }
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  }

  function staticFile(p: string): TenantResponse {
    const dir = options.staticDir;
    if (!dir || !fs.existsSync(dir)) {
      return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'The standalone host is not built. Run `npm start` (it builds it) or `npm run build:host`.' };
    }
    const root = path.resolve(dir);
    let file = path.resolve(root, '.' + decodeURIComponent(p));
    if (!file.startsWith(root)) return { status: 404, body: 'Not found' };
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html'); // the host routes in the fragment
    const type = STATIC_TYPES[path.extname(file)] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-cache' }, body: fs.readFileSync(file) };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://localhost:${port}`;
  let has6 = await new Promise<boolean>((resolve) => {
    server6.once('error', () => resolve(false));
    server6.listen(port, '::1', () => resolve(true));
  });

  return {
    url: baseUrl,
    port,
    context,
    sharepoint,
    graph,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        if (has6) {
          server6.closeAllConnections();
          server6.close();
          has6 = false;
        }
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

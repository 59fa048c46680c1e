import { AsyncLocalStorage } from 'async_hooks';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import type { TLSSocket } from 'tls';
import * as path from 'path';
import { SITE_PATH, GRAPH_PATH, type TenantContext } from './context';
import { openDb } from './db';
import { Directory } from './directory';
import { Faults } from './faults';
import { serialize, type TenantRequest, type TenantResponse } from './http';
import { areaError, bodyTooLarge, brokenBody, internalError, starting, urlTooLong, type Area } from './areaErrors';
import { controlRequest, STARTING_PAGE } from './control';
import { cookieMayAuthenticate, cookieToken } from './sessionCookie';
import { GRAPH_MAX_BODY_BYTES, LOCAL_MAX_BODY_BYTES, MAX_URL_LENGTH, SP_MAX_BODY_BYTES, SP_MAX_UPLOAD_BYTES } from './limits';
import { BodyError, hasBody, readBody } from './requestBody';
import { RequestLog } from './requestLog';
import { TokenService } from './tokens';
import { Authority, AUTHORITY_PATH } from './authority/authority';
import { SharePointSite } from './sharepoint';
import { GraphService } from './graph';
import { isBoardPath, localNoticeBoard } from './noticeBoard';

export interface TenantOptions {
  /** Folder for the SQLite file, or ':memory:'. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Folder with the built standalone host (index.html and its bundle), served at `/`. */
  staticDir?: string;
  /** Server clock; tests may pin it. */
  now?: () => Date;
  /**
   * Started for tests: `/_local/faults` and `/_local/requests` answer and requests are logged.
   * Default: env LOCAL_TENANT_TEST=1 (npm test and the bench set it).
   */
  testMode?: boolean;
  /** False while the caller still seeds or upgrades the data: every request but static files gets 503 until `ready()`. */
  ready?: boolean;
  /**
   * A certificate for https on the same port (a TLS handshake is told apart from HTTP by its
   * first byte): MSAL accepts only an https authority, so the browser uses `secureUrl`.
   */
  tls?: { key: string; cert: string };
  /** Lifetime of the authority's access and ID tokens (default an hour, as Entra ID's). */
  accessTokenLifetimeS?: number;
}

export interface RunningTenant {
  /** `http://localhost:<port>`: scripts, tests and the APIs. */
  url: string;
  /** `https://localhost:<port>` when started with `tls`: the browser's portal and sign-in. */
  secureUrl: string | null;
  port: number;
  context: TenantContext;
  sharepoint: SharePointSite;
  graph: GraphService;
  faults: Faults;
  requests: RequestLog;
  /** Opens the tenant to requests once its data is seeded (see `TenantOptions.ready`). */
  ready(): void;
  /** Header value (`x-local-tenant-startup`) that lets the in-process seeder through before `ready()`. */
  startupKey: string;
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
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Loopback names a request may carry in Host; anything else is a rebinding attempt from a browser page. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Starts the tenant on loopback. Provisioning and seeding are the caller's (see main.ts). */
export async function startTenant(options: TenantOptions): Promise<RunningTenant> {
  const db = openDb(options.dataDir);
  let baseUrl = '';
  let port = 0;
  let isReady = options.ready ?? true;
  const startupKey = randomBytes(24).toString('base64url');
  const testMode = options.testMode ?? process.env.LOCAL_TENANT_TEST === '1';
  const directory = new Directory(db);
  const tokens = new TokenService(db);
  // absolute URLs in answers (nextLink, odata.context) use the scheme the request came in on
  const requestOrigin = new AsyncLocalStorage<string>();
  const context: TenantContext = {
    db,
    directory,
    tokens,
    now: options.now ?? (() => new Date()),
    baseUrl: () => requestOrigin.getStore() ?? baseUrl,
  };
  const origins = (): string[] =>
    ['localhost', '127.0.0.1', '[::1]'].flatMap((h) => [`http://${h}:${port}`, ...(options.tls ? [`https://${h}:${port}`] : [])]);
  const authority = new Authority({
    directory,
    tokens,
    origins,
    accessTokenLifetimeS: options.accessTokenLifetimeS ?? Number(process.env.LOCAL_TENANT_TOKEN_LIFETIME_S ?? 3600),
  });
  const sharepoint = new SharePointSite(context);
  const faults = new Faults();
  const graph = new GraphService(context, faults);
  const requests = new RequestLog();
  // the public notice board, read as its service account over loopback (plain http, whatever the caller used)
  const board = localNoticeBoard({ context, loopbackUrl: () => baseUrl, testMode });

  // Headers up to 64 KB reach the handler, so an over-long URL gets SharePoint's 414 JSON rather than Node's bare 431.
  const serverOptions: http.ServerOptions = { maxHeaderSize: 64 * 1024 };
  // requests still being handled (token checks await): close() lets them finish before the database closes
  const inflight = new Set<Promise<void>>();
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
    const handled = requestOrigin
      .run(`${scheme}://localhost:${port}`, () => handle(req, res))
      .catch((err: unknown) => {
        // the very last net: whatever went wrong stays with this one request
        console.error('[local-tenant] request failed', err);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json', connection: 'close' });
          res.end(JSON.stringify({ error: { code: 'InternalServerError', message: 'The local tenant failed to handle the request.' } }));
        } else res.destroy();
      });
    inflight.add(handled);
    void handled.finally(() => inflight.delete(handled));
  };
  const plain = http.createServer(serverOptions, onRequest);
  const secure = options.tls ? https.createServer({ ...serverOptions, ...options.tls }, onRequest) : null;
  // `localhost` may resolve to ::1 or 127.0.0.1 depending on the client; answer on both, loopback only.
  // the http servers never listen themselves, so they do not track their connections: close() ends these
  const sockets = new Set<net.Socket>();
  const server = dualProtocol(plain, secure, sockets);
  const server6 = dualProtocol(plain, secure, sockets);
  for (const s of secure ? [plain, secure] : [plain]) {
    // a malformed request line, header or chunk: answer 400 if the socket still can, never throw
    s.on('clientError', (err: NodeJS.ErrnoException, socket) => {
      // said in the log: a bare 400 in a browser's network panel has no other trace
      if (err.code !== 'ECONNRESET') console.error(`[local-tenant] client error ${err.code ?? ''}: ${err.message}`);
      if (socket.writable && !(err.code === 'ECONNRESET'))
        socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      else socket.destroy();
    });
  }

  function areaOf(p: string): Area {
    if (p.startsWith('/_local/') || p.startsWith(AUTHORITY_PATH + '/')) return 'local';
    if (p.startsWith(GRAPH_PATH + '/') || p === GRAPH_PATH) return 'graph';
    const lp = p.toLowerCase();
    if (lp.startsWith(SITE_PATH + '/') || lp === SITE_PATH) return 'sharepoint';
    return 'static';
  }

  function bodyLimit(area: Area, p: string): number {
    if (area === 'graph') return GRAPH_MAX_BODY_BYTES;
    if (area === 'local') return LOCAL_MAX_BODY_BYTES;
    // file uploads (files/add, file $value, chunked upload calls) may carry up to SharePoint's maximum
    if (area === 'sharepoint' && /\/files\/add|\/\$value$|\/(start|continue|finish)upload/i.test(p)) return SP_MAX_UPLOAD_BYTES;
    return SP_MAX_BODY_BYTES;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, tres: TenantResponse): void {
    const { headers: outHeaders, payload } = serialize(tres);
    delete outHeaders['x-batch-parts'];
    // Over TLS, a response larger than the socket's buffer makes Node's http server pause the
    // connection until it drains; a next request arriving meanwhile can reach the paused parser
    // anyway (HPE_PAUSED), which Node answers with a bare 400. Such a connection ends after the
    // response instead, and the browser opens a new one.
    const closeAfter = (req.socket as TLSSocket).encrypted && payload.length >= req.socket.writableHighWaterMark;
    res.writeHead(tres.status, {
      'content-length': String(payload.length),
      ...(closeAfter ? { connection: 'close' } : {}),
      ...outHeaders,
      ...(tres.cookies?.length ? { 'set-cookie': tres.cookies } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    if (!hostAllowed(headers.host)) {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends its own Host
      send(req, res, {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
        body: 'Bad Request - Invalid Hostname',
      });
      return;
    }
    const rawUrl = req.url ?? '/';
    let url: URL;
    try {
      url = new URL(rawUrl, context.baseUrl());
    } catch {
      send(req, res, {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
        body: 'Bad Request - Invalid URL',
      });
      return;
    }
    const area = areaOf(url.pathname);
    const method = (req.method ?? 'GET').toUpperCase();
    const treq: TenantRequest = { method, url, headers, body: Buffer.alloc(0), user: null, authError: null };
    const answer = (tres: TenantResponse): void => {
      if (testMode) {
        requests.add({
          at: new Date().toISOString(),
          method,
          path: url.pathname + url.search,
          user: treq.user?.userPrincipalName ?? null,
          status: tres.status,
          parts: tres.headers?.['x-batch-parts'] ? Number(tres.headers['x-batch-parts']) : undefined,
        });
      }
      send(req, res, tres);
    };
    if (rawUrl.length > MAX_URL_LENGTH) return answer(areaError(area, headers, urlTooLong()));
    // The public notice board (anslagstavlan): anyone, without a token; it reads the site as its own service account.
    if (isBoardPath(url.pathname)) {
      const close: Record<string, string> = hasBody(req) ? { connection: 'close' } : {};
      if (!isReady)
        return answer({
          status: 503,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store', ...close },
          body: 'Anslagstavlan startar. Försök igen om en stund.',
        });
      const tres = await board(treq);
      return answer({ ...tres, headers: { ...tres.headers, ...close } });
    }
    // Until seeded, only the seeder (which knows the start-up key) gets through; others are told to come back.
    if (!isReady && area !== 'static' && headers['x-local-tenant-startup'] !== startupKey) {
      if (area === 'local' && url.pathname === '/_local/login') {
        return answer({
          status: 503,
          headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store', connection: 'close' },
          body: STARTING_PAGE,
        });
      }
      return answer(areaError(area, headers, starting()));
    }
    // The token is checked before the body is read: an anonymous client cannot make us buffer megabytes.
    if (area === 'sharepoint' || area === 'graph') await authenticate(treq, area);
    if (hasBody(req)) {
      if ((area === 'sharepoint' || area === 'graph') && !treq.user) {
        // answered 401 by the area without its body; the connection closes so the unread bytes go nowhere
        const tres = await route(treq, area);
        return answer({ ...tres, headers: { ...tres.headers, connection: 'close' } });
      }
      const limit = bodyLimit(area, url.pathname);
      try {
        treq.body = await readBody(req, limit);
      } catch (e) {
        if (!(e instanceof BodyError)) throw e;
        console.error(`[local-tenant] ${method} ${url.pathname}: ${e.message}`);
        if (e.kind === 'tooLarge') return answer(areaError(area, headers, bodyTooLarge(limit)));
        if (res.writable && !req.socket.destroyed) return answer(areaError(area, headers, brokenBody()));
        res.destroy();
        return;
      }
    }
    let tres: TenantResponse;
    try {
      tres = await route(treq, area);
    } catch (err) {
      // Never crash on bad input: the areas answer errors themselves; this is the last net (no internals in the body).
      console.error('[local-tenant] unhandled', err);
      tres = areaError(area, headers, internalError());
    }
    answer(tres);
  }

  function hostAllowed(host: string | undefined): boolean {
    if (!host) return false;
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim());
    if (!m) return false;
    return LOOPBACK_HOSTS.has(m[1].toLowerCase()) && Number(m[2]) === port;
  }

  async function authenticate(req: TenantRequest, area: 'sharepoint' | 'graph'): Promise<void> {
    const auth = req.headers.authorization;
    // a browser opening a file brings the session cookie instead of a token (sessionCookie.ts)
    const cookie =
      !auth && area === 'sharepoint' && cookieMayAuthenticate(req.method, req.url.pathname) ? cookieToken(req.headers.cookie) : null;
    if (!auth && !cookie) return;
    const m = cookie ? [cookie, cookie] : /^Bearer\s+(.+)$/i.exec(auth ?? '');
    if (!m) {
      req.authError = 'Authorization header is not a bearer token.';
      return;
    }
    const result = await tokens.verify(m[1], area, Date.now());
    if (!result.ok) {
      req.authError = result.reason;
      return;
    }
    const user = directory.userById(result.claims.oid);
    if (!user || !user.accountEnabled) req.authError = 'The user of this token does not exist or is disabled.';
    else req.user = user;
  }

  async function route(req: TenantRequest, area: Area): Promise<TenantResponse> {
    const p = req.url.pathname;
    if (area === 'local' && p.startsWith(AUTHORITY_PATH + '/')) return authority.handle(req, context.baseUrl());
    if (area === 'local') return controlRequest(req, { directory, tokens, authority, faults, requests, testMode });
    if (area === 'graph' || area === 'sharepoint') {
      const isGraph = area === 'graph';
      const fault = await faults.apply(req.method, p, isGraph);
      if (fault) return fault;
      return isGraph ? graph.handle(req) : sharepoint.handle(req);
    }
    return staticFile(p);
  }

  function staticFile(p: string): TenantResponse {
    const dir = options.staticDir;
    if (!dir || !fs.existsSync(dir)) {
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'The standalone host is not built. Run `npm start` (it builds it) or `npm run build:host`.',
      };
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
  port = (server.address() as net.AddressInfo).port;
  baseUrl = `http://localhost:${port}`;
  let has6 = await new Promise<boolean>((resolve) => {
    server6.once('error', () => resolve(false));
    server6.listen(port, '::1', () => resolve(true));
  });

  return {
    url: baseUrl,
    secureUrl: secure ? `https://localhost:${port}` : null,
    port,
    context,
    sharepoint,
    graph,
    faults,
    requests,
    ready: () => {
      isReady = true;
    },
    startupKey,
    close: () =>
      new Promise<void>((resolve) => {
        if (has6) {
          server6.close();
          has6 = false;
        }
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          void Promise.allSettled([...inflight]).then(() => {
            db.close();
            resolve();
          });
        });
      }),
  };
}

/**
 * One port for http and https: a TLS connection starts with a handshake record (0x16), an HTTP
 * request with a method name. The socket goes to the server that speaks its protocol.
 */
function dualProtocol(plain: http.Server, secure: https.Server | null, sockets: Set<net.Socket>): net.Server {
  return net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    if (!secure) return void plain.emit('connection', socket);
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
}

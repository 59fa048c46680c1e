import { GRAPH_PATH } from '../context';
import { json, serialize, type TenantRequest, type TenantResponse } from '../http';
import { badRequest, GraphFault, graphErrorResponse, methodNotAllowed } from './errors';

/** Graph's JSON batching limit. */
export const MAX_BATCH = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** Header names as Graph writes them in batch responses (the graph client reads `Content-Type` verbatim). */
const CANONICAL: Record<string, string> = {
  'content-type': 'Content-Type',
  'retry-after': 'Retry-After',
  location: 'Location',
  'preference-applied': 'Preference-Applied',
  'cache-control': 'Cache-Control',
  etag: 'ETag',
};

const invalidPayload = (): GraphFault => badRequest('Invalid batch payload format.');

function parseItems(req: TenantRequest): BatchItem[] {
  let payload: unknown;
  try {
    payload = JSON.parse(req.body.toString('utf8'));
  } catch {
    throw invalidPayload();
  }
  const requests = (payload as { requests?: unknown })?.requests;
  if (!Array.isArray(requests)) throw invalidPayload();
  if (requests.length > MAX_BATCH) throw badRequest(`Number of requests in the batch exceeds the maximum of ${MAX_BATCH}`);
  const seen = new Set<string>();
  for (const r of requests as BatchItem[]) {
    if (!r || typeof r.id !== 'string' || !r.id || typeof r.method !== 'string' || typeof r.url !== 'string') throw invalidPayload();
    // Ids are case-insensitive and must be unique.
    const key = r.id.toLowerCase();
    if (seen.has(key)) throw badRequest('Batch request contains duplicate request ids.');
    seen.add(key);
    if (r.dependsOn !== undefined && !Array.isArray(r.dependsOn)) throw invalidPayload();
  }
  for (const r of requests as BatchItem[]) {
    for (const d of r.dependsOn ?? [])
      if (!seen.has(String(d).toLowerCase())) throw badRequest(`Request '${r.id}' depends on '${d}', which is not in the batch.`);
  }
  return requests as BatchItem[];
}

/** Turns an inner request into the same TenantRequest shape the socket produces, as the outer user. */
function innerRequest(outer: TenantRequest, item: BatchItem, baseUrl: string): TenantRequest {
  let rel = item.url.trim();
  if (/^https?:\/\//i.test(rel)) throw badRequest('A batch request URL must be relative, e.g. /me/events.');
  rel = rel.replace(/^\/+/, '');
  // The graph client's BatchRequestContent keeps the version (and our /graph prefix) in the URL.
  rel = rel.replace(/^graph\/v1\.0\/?/i, '').replace(/^v1\.0\/?/i, '');
  const url = new URL(`${baseUrl}${GRAPH_PATH}/${rel}`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = String(v);
  let body = Buffer.alloc(0);
  if (item.body !== undefined && item.body !== null) {
    const type = headers['content-type'] ?? '';
    if (!type) throw badRequest(`Content-Type header is required for request '${item.id}' with a body.`);
    if (/json/i.test(type)) body = Buffer.from(typeof item.body === 'string' ? item.body : JSON.stringify(item.body), 'utf8');
    else body = Buffer.from(String(item.body), 'base64'); // binary bodies travel base64-encoded
  }
  return { method: item.method.toUpperCase(), url, headers, body, user: outer.user, authError: outer.authError };
}

/** An inner response as a batch entry: JSON bodies as objects, anything else base64. */
function toEntry(id: string, res: TenantResponse): Record<string, unknown> {
  const { headers, payload } = serialize(res);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[CANONICAL[k.toLowerCase()] ?? k] = v;
  const entry: Record<string, unknown> = { id, status: res.status, headers: out };
  if (payload.length) {
    const type = out['Content-Type'] ?? '';
    entry.body = /json/i.test(type) ? JSON.parse(payload.toString('utf8')) : payload.toString('base64');
  }
  return entry;
}

/**
 * `POST /$batch`: runs each request through the same router as the caller, in order,
 * a request after those it depends on; a request whose dependency failed gets 424.
 * One request failing never fails the others.
 */
export async function runBatch(
  req: TenantRequest,
  baseUrl: string,
  route: (r: TenantRequest) => Promise<TenantResponse>,
): Promise<TenantResponse> {
  if (req.method !== 'POST') throw methodNotAllowed();
  const items = parseItems(req);
  const byId = new Map(items.map((i) => [i.id.toLowerCase(), i]));
  const results = new Map<string, TenantResponse>();
  const running = new Set<string>();

  const run = async (item: BatchItem): Promise<TenantResponse> => {
    const key = item.id.toLowerCase();
    const done = results.get(key);
    if (done) return done;
    if (running.has(key)) throw badRequest('Batch request dependencies form a cycle.');
    running.add(key);
    let res: TenantResponse | null = null;
    for (const d of item.dependsOn ?? []) {
      const dep = await run(byId.get(String(d).toLowerCase())!);
      if (dep.status >= 400) {
        res = graphErrorResponse(
          req,
          424,
          'FailedDependency',
          `The request '${item.id}' was not run because request '${d}' it depends on failed.`,
        );
        break;
      }
    }
    if (!res) {
      try {
        const inner = innerRequest(req, item, baseUrl);
        res = inner.url.pathname.toLowerCase().endsWith('/$batch')
          ? graphErrorResponse(req, 400, 'BadRequest', 'A batch request cannot contain another batch.')
          : await route(inner);
      } catch (e) {
        res =
          e instanceof GraphFault
            ? graphErrorResponse(req, e.status, e.code, e.message, e.headers)
            : graphErrorResponse(req, 500, 'InternalServerError', 'The local tenant failed to handle the request.');
      }
    }
    results.set(key, res);
    return res;
  };

  const responses: Record<string, unknown>[] = [];
  for (const item of items) {
    // other clients' requests get their turn between the parts
    await new Promise<void>((resolve) => setImmediate(resolve));
    responses.push(toEntry(item.id, await run(item)));
  }
  return json(200, { responses }, { 'x-batch-parts': String(items.length) });
}

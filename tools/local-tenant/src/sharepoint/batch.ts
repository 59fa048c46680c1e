/**
 * OData `$batch` as SharePoint Online speaks it: a multipart/mixed request whose parts are
 * HTTP requests, write requests grouped in changesets; each runs in process through the same
 * router as the outer user. SharePoint answers with one flat `batchresponse` part per request
 * (changeset responses are not nested), which is what PnPjs parses. Like SharePoint, a changeset
 * is not atomic: each request in it succeeds or fails on its own.
 */
import { randomUUID } from 'crypto';
import { serialize, type TenantRequest, type TenantResponse } from '../http';
import { MAX_RESPONSE_BYTES, SP_MAX_BATCH_PARTS } from '../limits';
import { errorBody, invalidClientQuery, SpError } from './errors';

interface PartRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** The parts between `--boundary` lines; null when the closing `--boundary--` never comes (a truncated or malformed body). */
function splitParts(text: string, boundary: string): string[] | null {
  const lines = text.split('\n');
  const parts: string[] = [];
  let cur: string[] | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (t === `--${boundary}--`) {
      if (cur) parts.push(cur.join('\n'));
      return parts;
    }
    if (t === `--${boundary}`) {
      if (cur) parts.push(cur.join('\n'));
      cur = [];
      continue;
    }
    if (cur) cur.push(line);
  }
  return null;
}

// ODataLib's own errors (SharePoint's $batch endpoint answers with them), 400 like any invalid client query.
const batchError = (message: string): SpError => new SpError(400, '-1, Microsoft.Data.OData.ODataException', message);
const unexpectedEnd = (): SpError => batchError('Encountered an unexpected end of input while reading the batch payload.');

function headersAndRest(part: string): { headers: Record<string, string>; rest: string } {
  const lines = part.split('\n');
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      break;
    }
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return { headers, rest: lines.slice(i).join('\n') };
}

/**
 * Reads every HTTP request of a batch body, changesets flattened in order. Refuses, as SharePoint
 * does, a body without its closing boundary, a changeset inside a changeset, and more than
 * SP_MAX_BATCH_PARTS requests — before any of them runs.
 */
export function parseBatch(body: string, contentType: string | undefined): PartRequest[] {
  const text = body.replace(/\r\n/g, '\n');
  const boundary = boundaryOf(contentType);
  if (!boundary) throw invalidClientQuery('The batch request has no multipart boundary.');
  const out: PartRequest[] = [];
  const visit = (partText: string, inChangeset: boolean): void => {
    const { headers, rest } = headersAndRest(partText);
    if (/multipart\/mixed/i.test(headers['content-type'] ?? '')) {
      if (inChangeset) throw batchError('Nested change sets in a batch payload are not supported.');
      const inner = boundaryOf(headers['content-type']);
      if (!inner) throw batchError('The changeset has no multipart boundary.');
      const parts = splitParts(rest, inner);
      if (!parts) throw unexpectedEnd();
      for (const p of parts) visit(p, true);
      return;
    }
    if (out.length >= SP_MAX_BATCH_PARTS) {
      throw batchError(
        `The current batch message contains too many parts. Only batch messages with a maximum number of '${SP_MAX_BATCH_PARTS}' query operations and change sets are allowed.`,
      );
    }
    const http = rest.replace(/^\n+/, '');
    const nl = http.indexOf('\n');
    const requestLine = (nl < 0 ? http : http.slice(0, nl)).trim();
    const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/i.exec(requestLine);
    if (!m) throw invalidClientQuery(`The batch part request line '${requestLine}' is not valid.`);
    const after = headersAndRest(nl < 0 ? '' : http.slice(nl + 1));
    out.push({ method: m[1].toUpperCase(), url: m[2], headers: after.headers, body: after.rest.replace(/\n+$/, '') });
  };
  const parts = splitParts(text, boundary);
  if (!parts) throw unexpectedEnd();
  if (!parts.length) throw batchError('The batch payload contains no requests.');
  for (const p of parts) visit(p, false);
  return out;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Runs a batch; `run` executes one inner request (the site's own handler). */
export async function runBatch(req: TenantRequest, run: (inner: TenantRequest) => Promise<TenantResponse>): Promise<TenantResponse> {
  const parts = parseBatch(req.body.toString('utf8'), req.headers['content-type']);
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  let size = 0;
  for (const p of parts) {
    // let other clients' requests in between the parts: one big batch must not hold the process
    await new Promise<void>((resolve) => setImmediate(resolve));
    const url = new URL(p.url, req.url);
    let res: TenantResponse;
    if (/\/_api\/\$batch$/i.test(url.pathname))
      res = {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: errorBody(invalidClientQuery('A batch cannot contain a batch.'), false),
      };
    else if (size > MAX_RESPONSE_BYTES)
      res = { status: 500, headers: { 'content-type': 'application/json' }, body: errorBody(responseTooLarge(), false) };
    else
      res = await run({
        method: p.method,
        url,
        headers: p.headers,
        body: Buffer.from(p.body, 'utf8'),
        user: req.user,
        authError: req.authError,
      });
    const { headers, payload } = serialize(res);
    const lines = [
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `HTTP/1.1 ${res.status} ${REASONS[res.status] ?? 'Status'}`,
    ];
    for (const [k, v] of Object.entries(headers)) if (!/[:\r\n]/.test(v)) lines.push(`${k.toUpperCase()}: ${v}`);
    lines.push('');
    // PnPjs reads a part's body line by line up to the next boundary; JSON is one line
    lines.push(res.status === 204 ? '' : payload.toString('utf8'));
    const chunk = lines.join('\r\n');
    size += chunk.length;
    chunks.push(chunk);
  }
  const text = `${chunks.join('\r\n')}\r\n--${boundary}--\r\n`;
  return {
    status: 200,
    headers: { 'content-type': `multipart/mixed; boundary=${boundary}`, 'x-batch-parts': String(parts.length) },
    body: text,
  };
}

/** The parts after the batch response passed MAX_RESPONSE_BYTES (a local limit: SharePoint would time out instead). */
const responseTooLarge = (): SpError =>
  new SpError(
    500,
    '-2147024882, System.OutOfMemoryException',
    `The batch response is over the local tenant's limit of ${MAX_RESPONSE_BYTES} bytes; send the remaining requests in another batch.`,
  );

import type { DirectoryUser } from './directory';

/**
 * One request as the tenant sees it, whether it came over the socket or out of a `$batch`.
 * Header names are lower case.
 */
export interface TenantRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  /** The signed-in user from the bearer token; null when no valid token came. */
  user: DirectoryUser | null;
  /** Why the token was refused, when one came and was not valid. */
  authError: string | null;
}

export interface TenantResponse {
  status: number;
  headers?: Record<string, string>;
  /** `Set-Cookie` values, one header each (the sign-in sets its session and the file session). */
  cookies?: string[];
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown;
}

export type Handler = (req: TenantRequest) => Promise<TenantResponse> | TenantResponse;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): TenantResponse {
  return { status, headers: { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...headers }, body };
}

export function bodyText(req: TenantRequest): string {
  return req.body.toString('utf8');
}

/** Parses a JSON request body; `undefined` for an empty body, throws SyntaxError when malformed. */
export function bodyJson<T = Record<string, unknown>>(req: TenantRequest): T | undefined {
  const text = bodyText(req).trim();
  return text ? (JSON.parse(text) as T) : undefined;
}

export function serialize(res: TenantResponse): { headers: Record<string, string>; payload: Buffer } {
  const headers = { ...(res.headers ?? {}) };
  let payload: Buffer;
  if (res.body === undefined || res.body === null) payload = Buffer.alloc(0);
  else if (Buffer.isBuffer(res.body)) payload = res.body;
  else if (typeof res.body === 'string') payload = Buffer.from(res.body, 'utf8');
  else {
    payload = Buffer.from(JSON.stringify(res.body), 'utf8');
    if (!headers['content-type']) headers['content-type'] = 'application/json; charset=utf-8';
  }
  return { headers, payload };
}

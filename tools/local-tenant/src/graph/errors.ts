import { randomUUID } from 'crypto';
import { json, type TenantRequest, type TenantResponse } from '../http';

/**
 * A failure in Graph's own shape. Handlers throw it; the service turns it into the response,
 * so every error — deep in a route or in a `$batch` item — reaches the client the same way
 * and the graph client's GraphErrorHandler fills `code`, `message` and `requestId`.
 */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphFault';
  }
}

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function graphErrorResponse(
  req: Pick<TenantRequest, 'headers'>,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): TenantResponse {
  const requestId = randomUUID();
  // Graph echoes the caller's client-request-id (the graph client's TelemetryHandler sends one).
  const clientRequestId = req.headers['client-request-id'] ?? requestId;
  // Graph's innerError date has no fractional seconds: "2024-05-01T10:00:00".
  const date = new Date().toISOString().slice(0, 19);
  return json(
    status,
    { error: { code, message, innerError: { date, 'request-id': requestId, 'client-request-id': clientRequestId } } },
    { 'request-id': requestId, 'client-request-id': clientRequestId, ...headers },
  );
}

export function faultResponse(req: TenantRequest, fault: GraphFault): TenantResponse {
  return graphErrorResponse(req, fault.status, fault.code, fault.message, fault.headers);
}

// The messages below are the ones Graph answers with, so code that matches on them behaves the same.
export const notFoundSegment = (segment: string): GraphFault =>
  new GraphFault(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
export const directoryNotFound = (id: string): GraphFault =>
  new GraphFault(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
export const itemNotFound = (): GraphFault => new GraphFault(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
export const accessDenied = (): GraphFault =>
  new GraphFault(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
export const badRequest = (message: string): GraphFault => new GraphFault(400, 'BadRequest', message);
export const methodNotAllowed = (): GraphFault =>
  new GraphFault(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
export const invalidRequest = (message: string): GraphFault => new GraphFault(400, 'ErrorInvalidRequest', message);

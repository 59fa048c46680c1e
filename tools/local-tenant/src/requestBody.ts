import type { IncomingMessage } from 'http';

/** Why a body could not be read: too big for its endpoint, or the client broke off / sent garbage. */
export class BodyError extends Error {
  constructor(
    readonly kind: 'tooLarge' | 'broken',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body up to `limit` bytes. Refuses early on a Content-Length over the limit,
 * stops reading a chunked body once it passes the limit, and turns an aborted or malformed body
 * (a stream error) into a BodyError instead of a rejection nobody handles.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit)
    throw new BodyError('tooLarge', `The request body of ${declared} bytes is over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of req) {
      const chunk = c as Buffer;
      size += chunk.length;
      if (size > limit) throw new BodyError('tooLarge', `The request body is over ${limit} bytes.`);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof BodyError) throw e;
    throw new BodyError('broken', (e as Error).message || 'The request body could not be read.');
  }
  // `for await` ends quietly when the socket closes before the declared length arrived
  if (!req.complete) throw new BodyError('broken', 'The client closed the connection before the body was complete.');
  return Buffer.concat(chunks);
}

/** Whether the request announces a body (a length above zero, or chunked transfer). */
export function hasBody(req: IncomingMessage): boolean {
  const len = req.headers['content-length'];
  if (len !== undefined) return Number(len) > 0;
  return /chunked/i.test(req.headers['transfer-encoding'] ?? '');
}

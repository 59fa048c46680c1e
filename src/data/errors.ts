import { DataError } from './services';

/**
 * Turns what PnPjs or the Graph client threw into a DataError the UI can explain.
 * PnPjs: HttpRequestError with `status` and the body text after "::> ".
 * Graph client: GraphError with `statusCode`, `code` and `message`.
 */
export async function toDataError(e: unknown): Promise<DataError> {
  if (e instanceof DataError) return e;
  const err = e as { isHttpRequestError?: boolean; status?: number; statusCode?: number; response?: Response; message?: string; code?: string };
  const status = err.status ?? err.statusCode;
  let message = err.message ?? String(e);
  if (err.isHttpRequestError && err.response) {
    try {
      message = serverMessage(await err.response.clone().text()) ?? message;
    } catch {
      // The body was already read; keep PnPjs's own message.
    }
  } else if (typeof err.message === 'string' && err.message.includes('::> ')) {
    message = serverMessage(err.message.slice(err.message.indexOf('::> ') + 4)) ?? message;
  }
  return new DataError(kindOf(status, e), message, status);
}

function kindOf(status: number | undefined, e: unknown): DataError['kind'] {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503) return 'throttled';
  if (status === 400) return 'invalid';
  if (status === undefined && e instanceof TypeError) return 'network';
  return 'unknown';
}

/** The human message inside a SharePoint or Graph error body, if there is one. */
export function serverMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as Record<string, any>;
    const sp = body['odata.error'] ?? body.error;
    if (sp?.message?.value) return String(sp.message.value);
    if (typeof sp?.message === 'string') return sp.message;
  } catch {
    // not JSON
  }
  return undefined;
}

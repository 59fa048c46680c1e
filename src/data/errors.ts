import type { ErrorKind, PlatformCode } from './errorCodes';
import { DataError } from './services';

/**
 * Turns what PnPjs or the Graph client threw into a DataError. Failures are recognised by the
 * error code in the body, as SharePoint and Graph document them, not by HTTP status alone:
 * SharePoint Online answers a duplicate unique value with HTTP 500 (DESIGN §12), a list view
 * threshold with 500 too, and a restricted delete with 400.
 *
 * PnPjs: HttpRequestError with `status` and the `response` (its body has `odata.error` or `error`).
 * Graph client: GraphError with `statusCode`, `code` and `message`.
 */
export async function toDataError(e: unknown): Promise<DataError> {
  if (e instanceof DataError) return e;
  const err = e as {
    isHttpRequestError?: boolean;
    status?: number;
    statusCode?: number;
    response?: Response;
    message?: string;
    code?: string;
  };
  const status = err.status ?? err.statusCode;
  if (err.isHttpRequestError) {
    let body: ServerError = {};
    if (err.response) {
      try {
        body = serverError(await err.response.clone().text());
      } catch {
        // the body was already read; classify by status
      }
    } else if (typeof err.message === 'string' && err.message.includes('::> ')) {
      body = serverError(err.message.slice(err.message.indexOf('::> ') + 4));
    }
    return sharePointError(status, body);
  }
  if (typeof err.statusCode === 'number') return graphError(err.statusCode, { code: err.code, message: err.message });
  if (status === undefined && e instanceof TypeError)
    return new DataError('network', err.message ?? 'The request did not reach the server.', undefined, 'network');
  return new DataError('unknown', err.message ?? String(e), status, 'serverError');
}

export interface ServerError {
  code?: string;
  message?: string;
}

/** The code and message of a SharePoint (`odata.error`, `error`) or Graph (`error`) error body. */
export function serverError(text: string): ServerError {
  try {
    const body = JSON.parse(text) as Record<string, any>;
    const e = body['odata.error'] ?? body.error;
    if (!e || typeof e !== 'object') return {};
    const message = typeof e.message === 'string' ? e.message : typeof e.message?.value === 'string' ? e.message.value : undefined;
    return { code: typeof e.code === 'string' ? e.code : undefined, message };
  } catch {
    return {};
  }
}

/**
 * SharePoint's codes are "<HRESULT>, <exception type>"; the pair is matched, the message never.
 * Sources: SharePoint Online's answers as PnPjs and PnP Core report them (DESIGN §12).
 */
const SHAREPOINT: { hresult?: string; type?: string; code: PlatformCode }[] = [
  { hresult: '-2130575169', type: 'SPDuplicateValuesFoundException', code: 'duplicateValue' },
  { hresult: '-2147024860', type: 'SPQueryThrottledException', code: 'listViewThreshold' },
  { hresult: '-2130575135', code: 'relatedItems' },
  { hresult: '-2130575257', code: 'fileExists' },
  { type: 'SPFileExistsException', code: 'fileExists' },
  { hresult: '-2130575338', code: 'notFound' },
  { hresult: '-2147024894', type: 'FileNotFoundException', code: 'notFound' },
  { hresult: '-2130575305', code: 'versionConflict' },
  { type: 'SPFieldValidationException', code: 'valueInvalid' },
  { type: 'UnauthorizedAccessException', code: 'accessDenied' },
];

export function sharePointError(status: number | undefined, body: ServerError): DataError {
  const [hresult, type] = (body.code ?? '').split(',').map((s) => s.trim());
  const known = SHAREPOINT.find(
    (k) => (k.hresult === undefined || k.hresult === hresult) && (k.type === undefined || (type ?? '').endsWith(k.type)),
  );
  let code: PlatformCode = known?.code ?? codeOfStatus(status);
  // an expired or missing sign-in is access denied with 401
  if (code === 'accessDenied' && status === 401) code = 'signedOut';
  return new DataError(kindOfCode(code), body.message ?? `SharePoint answered ${status ?? 'nothing'}.`, status, code);
}

/** Graph's error codes (learn.microsoft.com: Microsoft Graph error responses, and each API's errors). */
const GRAPH: Record<string, PlatformCode> = {
  Authorization_RequestDenied: 'consent',
  ErrorAccessDenied: 'accessDenied',
  accessDenied: 'accessDenied',
  Forbidden: 'accessDenied',
  MailboxNotEnabledForRESTAPI: 'mailboxNotEnabled',
  MailboxNotSupportedForRESTAPI: 'mailboxNotEnabled',
  ResourceNotFound: 'notFound',
  Request_ResourceNotFound: 'notFound',
  ErrorItemNotFound: 'notFound',
  itemNotFound: 'notFound',
  ImageNotFound: 'noPhoto',
  ErrorIrresolvableConflict: 'versionConflict',
  TooManyRequests: 'throttled',
  ApplicationThrottled: 'throttled',
  ErrorTooManyObjectsOpened: 'throttled',
  InvalidAuthenticationToken: 'signedOut',
  ErrorInvalidRequest: 'requestInvalid',
  BadRequest: 'requestInvalid',
};

export function graphError(status: number, body: ServerError): DataError {
  const code: PlatformCode = (body.code && GRAPH[body.code]) || codeOfStatus(status);
  return new DataError(kindOfCode(code), body.message ?? `Graph answered ${status}.`, status, code);
}

/** Only when the body names no code we know. */
function codeOfStatus(status: number | undefined): PlatformCode {
  if (status === 401) return 'signedOut';
  if (status === 403) return 'accessDenied';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'versionConflict';
  if (status === 429 || status === 503) return 'throttled';
  if (status === 400 || status === 413 || status === 414) return 'requestInvalid';
  return 'serverError';
}

const KIND: Record<PlatformCode, ErrorKind> = {
  signedOut: 'forbidden',
  accessDenied: 'forbidden',
  consent: 'forbidden',
  notFound: 'notFound',
  noPhoto: 'notFound',
  versionConflict: 'conflict',
  duplicateValue: 'conflict',
  relatedItems: 'conflict',
  fileExists: 'conflict',
  valueInvalid: 'invalid',
  listViewThreshold: 'invalid',
  mailboxNotEnabled: 'invalid',
  requestInvalid: 'invalid',
  throttled: 'throttled',
  network: 'network',
  serverError: 'unknown',
};

export function kindOfCode(code: PlatformCode): ErrorKind {
  return KIND[code];
}

/** Turns anything thrown into a DataError, so the UI has one kind of failure to explain. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw await toDataError(e);
  }
}

/**
 * SharePoint's error shapes. Codes and messages are SharePoint Online's own, because callers
 * (PnPjs users, the portal's error mapping) match on them.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    /** "<number>, <Type>", e.g. "-2147024891, System.UnauthorizedAccessException". */
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const accessDenied = (): SpError =>
  new SpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

export const unauthorized = (): SpError =>
  new SpError(
    401,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
    {
      'www-authenticate': 'Bearer realm="6b1f0c3e-0000-4000-8000-0000000a0b0c",client_id="00000003-0000-0ff1-ce00-000000000000"',
    },
  );

export const invalidExpression = (expr: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException', `The expression "${expr}" is not valid.`);

export const invalidQuery = (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException', message);

export const invalidClientQuery = (message: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

export const fieldNotFound = (name: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`);

export const listNotFound = (name: string, siteUrl: string): SpError =>
  new SpError(404, '-1, System.ArgumentException', `List '${name}' does not exist at site with URL '${siteUrl}'.`);

export const itemNotFound = (): SpError =>
  new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');

export const notFound = (what = 'The resource'): SpError =>
  new SpError(404, '-2147024894, System.IO.FileNotFoundException', `${what} was not found.`);

export const fileNotFound = (url: string): SpError =>
  new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${url} does not exist.`);

export const unknownProperty = (name: string, type: string): SpError =>
  invalidClientQuery(
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
  );

export const unknownSegment = (segment: string, type: string): SpError =>
  invalidClientQuery(`The expression "${segment}" is not valid. Resource not found for the segment '${segment}' of type '${type}'.`);

export const etagMismatch = (given: string, current: string): SpError =>
  new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${given}' does not match the object's ETag value '${current}'.`,
  );

/** SharePoint Online answers a duplicate unique value with HTTP 500 (DESIGN §12): callers must match the code, not the status. */
export const duplicateValues = (fieldTitles: string[]): SpError =>
  new SpError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldTitles.join(', ')}].`,
  );

export const throttled = (): SpError =>
  new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );

export const badValue = (message: string): SpError =>
  new SpError(400, '-2146233088, Microsoft.SharePoint.SPFieldValidationException', message);

export const malformedBody = (): SpError => invalidClientQuery('Invalid JSON. A token was not recognized in the JSON content.');

export const methodNotAllowed = (): SpError =>
  new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed for this resource.');

/** Renders an error the way SharePoint does for the Accept header the client sent. */
export function errorBody(err: SpError, verbose: boolean): unknown {
  const message = { lang: 'en-US', value: err.message };
  return verbose ? { error: { code: err.code, message } } : { 'odata.error': { code: err.code, message } };
}

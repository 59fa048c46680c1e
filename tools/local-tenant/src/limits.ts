/**
 * Request limits of the local tenant, as SharePoint Online and Graph apply them, so one heavy
 * client cannot stall the single Node process everyone shares.
 */

/** http.sys refuses longer request URLs (SharePoint Online answers 414); kept at its 16 KB. */
export const MAX_URL_LENGTH = 16 * 1024;

/** SharePoint Online's request-size cap: "The server does not allow messages larger than 262144000 bytes." */
export const SP_MAX_UPLOAD_BYTES = 262_144_000;

/**
 * Bodies that are not file uploads (JSON writes, `$batch`). SharePoint's cap is the upload cap;
 * the stand-in is stricter so a runaway client cannot fill memory with JSON (a deliberate difference).
 */
export const SP_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Graph refuses request bodies over 4 MB (attachments and uploads beyond it use upload sessions). */
export const GRAPH_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** `/_local/*` control endpoints take small JSON bodies only. */
export const LOCAL_MAX_BODY_BYTES = 64 * 1024;

/**
 * Requests per SharePoint `$batch`: SharePoint Online refuses more than 100 operations in one
 * batch request (PnPjs splits into batches of 20 by default).
 */
export const SP_MAX_BATCH_PARTS = 100;

/** SharePoint's `$top` cap for list items (the list-view threshold). */
export const SP_MAX_TOP = 5000;

/** A `$filter` nested deeper than this is refused with 400 before it can exhaust the stack. */
export const MAX_FILTER_DEPTH = 100;

/** Largest response one request may build in memory (a `$batch` of big pages stops here with an error part). */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Files at their server-relative URLs (`/sites/politikerportal/MeetingDocuments/17/a.pdf`) for a
 * signed-in browser, as SharePoint serves a document link: the same read checks as the REST API,
 * plain 401/403/404 pages otherwise. PDFs open in the browser; anything that could run script on
 * this origin (HTML, SVG) is only ever downloaded, and every answer is sandboxed.
 */
import type { TenantRequest, TenantResponse } from '../http';
import { SpError } from './errors';
import { locate } from './folders';
import type { ItemOps } from './itemOps';
import type { SiteCore } from './site';

/** Types shown inline; every other file is sent as a download. */
const INLINE: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
};
const DOWNLOAD: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function page(status: number, title: string, text: string): TenantResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
  };
}

const notFoundPage = (): TenantResponse =>
  page(404, '404 – Hittades inte', 'Filen finns inte, eller så har den flyttats eller tagits bort. (404 FILE NOT FOUND)');

export function serveFile(core: SiteCore, ops: ItemOps, req: TenantRequest): TenantResponse {
  if (!req.user || req.authError) {
    const back = encodeURIComponent(req.url.pathname);
    return page(401, '401 – Inloggning krävs', `Logga in för att öppna filen: <a href="/_local/login?returnUrl=${back}">Logga in</a>.`);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return page(405, '405 – Metoden tillåts inte', 'Filer öppnas med GET.');
  let user;
  try {
    user = core.requestUser(req.user);
  } catch {
    return page(403, '403 – Åtkomst nekad', 'Du har inte behörighet till den här webbplatsen.');
  }
  const hit = locate(core, decodeURIComponent(req.url.pathname));
  if (!hit?.item?.file) return notFoundPage();
  try {
    ops.getForRead(hit.list, hit.item.Id, user);
  } catch (e) {
    if (!(e instanceof SpError)) throw e;
    // SharePoint's "you need permission to access this item" for a file the user may not read
    return page(403, '403 – Åtkomst nekad', 'Du har inte behörighet att öppna den här filen.');
  }
  const name = hit.item.file.name;
  const ext = (name.split('.').pop() ?? '').toLowerCase();
  const inline = INLINE[ext];
  return {
    status: 200,
    headers: {
      'content-type': inline ?? DOWNLOAD[ext] ?? 'application/octet-stream',
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-cache',
      etag: `"{${hit.item.file.uniqueId.toUpperCase()}},${hit.item.Version}"`,
    },
    body: core.store.fileContent(hit.list.Id, hit.item.Id) ?? Buffer.alloc(0),
  };
}

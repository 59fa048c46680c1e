import { listUrl } from '../schema/urls';

/**
 * Where the public versions of posted minutes are kept: the folder `Offentliga` at the root of the
 * `Minutes` library. It keeps the library's permissions (everyone in the portal reads it, and the
 * notice board's publisher); the documents' own folders are restricted until posted and stay so.
 */
export const PUBLIC_FOLDER = 'Offentliga';

export const publicFolderUrl = (ctx: { webUrl: string }): string => `${listUrl(ctx, 'Minutes')}/${PUBLIC_FOLDER}`;

/** `<document folder>-v<version>.pdf`, then `…-v<version>-2.pdf` … when a name is taken. */
export const publicFileName = (documentFolder: string, version: number, attempt = 1): string =>
  `${documentFolder}-v${version}${attempt > 1 ? `-${attempt}` : ''}.pdf`;

/** A file name the publisher serves: one path segment ending in .pdf, nothing that could climb or hide. */
export const PUBLIC_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.pdf$/;

/** The file's name when `url` (server-relative) is directly in `Offentliga`, else null. */
export function publicFileOf(ctx: { webUrl: string }, url: string): string | null {
  const folder = `${publicFolderUrl(ctx)}/`.toLowerCase();
  if (!url.toLowerCase().startsWith(folder)) return null;
  const name = url.slice(folder.length);
  return PUBLIC_FILE_NAME.test(name) && !name.includes('..') ? name : null;
}

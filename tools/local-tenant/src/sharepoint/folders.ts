/**
 * Folders in document libraries, as SharePoint keeps them: a folder is a list item (FSObjType 1,
 * `FileRef` its server-relative URL) that files and folders sit in (`FileDirRef`) and inherit
 * permissions from (permissions.ts).
 */
import { SITE_PATH } from '../context';
import { fileNotFound, SpError } from './errors';
import type { ItemRecord, ListInfo } from './model';
import type { SiteCore } from './site';
import { isFolder } from './store';

export interface Location {
  list: ListInfo;
  /** The file or folder item at the URL; null for the library's root folder. */
  item: ItemRecord | null;
}

export function serverRelative(url: string): string {
  let u = url.replace(/^https?:\/\/[^/]+/i, '');
  if (!u.startsWith('/')) u = `${SITE_PATH}/${u}`;
  return u.replace(/\/+$/, '');
}

/** The library a server-relative URL lies in and what is there; undefined when nothing is. */
export function locate(core: SiteCore, url: string): Location | undefined {
  const rel = serverRelative(url);
  const lower = rel.toLowerCase();
  for (let cut = rel.length; cut > SITE_PATH.length; cut = rel.lastIndexOf('/', cut - 1)) {
    const list = core.listByUrl(rel.slice(0, cut));
    if (!list) continue;
    if (cut === rel.length) return { list, item: null };
    const folder = core.store.folderAt(list.Id, rel);
    if (folder) return { list, item: folder };
    for (const it of core.store.itemsOf(list.Id).values())
      if (it.file && String(it.values.FileRef).toLowerCase() === lower) return { list, item: it };
    return undefined;
  }
  return undefined;
}

/** The file at a URL, or SharePoint's 404 for a file. */
export function fileAt(core: SiteCore, url: string): { list: ListInfo; id: number } {
  const hit = locate(core, url);
  if (!hit?.item?.file) throw fileNotFound(serverRelative(url));
  return { list: hit.list, id: hit.item.Id };
}

/** The folder at a URL (a library's root or a folder in it), or SharePoint's 404. */
export function folderAt(core: SiteCore, url: string): { list: ListInfo; url: string; item: ItemRecord | null } {
  const hit = locate(core, url);
  if (!hit || (hit.item && !isFolder(hit.item))) throw fileNotFound(serverRelative(url));
  return { list: hit.list, url: hit.item ? String(hit.item.values.FileRef) : `${SITE_PATH}/${hit.list.Url}`, item: hit.item };
}

/** A folder name as SharePoint accepts it: no reserved characters, no leading/trailing dot or space. */
export function checkName(name: string, what: 'file' | 'folder'): void {
  if (!name || /[~"#%&*:<>?\\/{|}]/.test(name) || /^[.\s]|[.\s]$/.test(name))
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The ${what} name '${name}' is not valid.`);
}

/** SharePoint's answer to a name already taken in a folder (recognised by the portal as `fileExists`). */
export function nameTaken(path: string, detail = ''): SpError {
  return new SpError(
    400,
    '-2130575257, Microsoft.SharePoint.SPException',
    `A file or folder with the name ${path} already exists.${detail}`,
  );
}

/** List items, their versions, and files in document libraries. */
import { PermissionKind } from '../permissionKinds';
import type { TenantResponse } from '../../http';
import { accessDenied, itemNotFound, methodNotAllowed, SpError } from '../errors';
import { etagOf } from '../itemOps';
import { fileProps, itemEntity, itemJson, itemsBody, listApiUrl, queryItems } from '../itemQuery';
import type { ItemRecord, ListInfo } from '../model';
import { collectionBody, entityBody, project, type Entity } from '../odata/query';
import { dirOf, listScope } from '../permissions';
import { SITE_PATH } from '../../context';
import { checkName, folderAt, locate, nameTaken, serverRelative } from '../folders';
import { folderEntity } from '../render';
import { body, noContent, ok, query, sendEntity, type RouteCtx } from './context';

const actor = (c: RouteCtx): { user: RouteCtx['user']; check: true } => ({ user: c.user, check: true });

function sendItem(c: RouteCtx, list: ListInfo, item: ItemRecord, status = 200): TenantResponse {
  const q = query(c);
  const row = itemJson(c.core, list, item, q);
  return ok(c, entityBody(row, c.verbose, `${c.core.siteUrl()}/_api/$metadata#SP.ListData.${list.EntityTypeName}Items/@Element`), status, {
    etag: etagOf(item),
  });
}

export function handleItems(c: RouteCtx, list: ListInfo, method: string): TenantResponse {
  if (method === 'GET') {
    const q = query(c);
    const page = queryItems(c.core, list, c.user, q, c.req.url);
    return ok(c, itemsBody(c.core, list, page, q));
  }
  if (method === 'POST') {
    if (list.BaseTemplate === 101)
      throw new SpError(
        400,
        '-2130575257, Microsoft.SharePoint.SPException',
        'To add an item to a document library, use SPFileCollection.Add()',
      );
    const item = c.ops.add(list, body(c), actor(c));
    return sendItem(c, c.core.store.lists.get(list.Id)!, item, 201);
  }
  throw methodNotAllowed();
}

export function handleItem(c: RouteCtx, list: ListInfo, id: number, method: string): TenantResponse {
  if (!Number.isInteger(id)) throw itemNotFound();
  if (method === 'GET') return sendItem(c, list, c.ops.getForRead(list, id, c.user));
  if (method === 'MERGE' || method === 'PATCH' || method === 'PUT') {
    const next = c.ops.update(list, id, body(c), actor(c), c.req.headers['if-match']);
    return noContent({ etag: etagOf(next) });
  }
  if (method === 'DELETE') {
    c.ops.delete(list, id, actor(c), c.req.headers['if-match']);
    return noContent();
  }
  throw methodNotAllowed();
}

/** `item.recycle()`: the local tenant keeps no recycle bin, the item is deleted; the answer is a recycle bin id. */
export function recycleItem(c: RouteCtx, list: ListInfo, id: number): TenantResponse {
  const item = c.ops.getForRead(list, id, c.user);
  c.ops.delete(list, id, actor(c));
  return ok(
    c,
    c.verbose ? { d: { Recycle: item.GUID } } : { 'odata.metadata': `${c.core.siteUrl()}/_api/$metadata#Edm.Guid`, value: item.GUID },
  );
}

function versionEntity(c: RouteCtx, list: ListInfo, v: ItemRecord, current: number): Entity {
  const base = itemEntity(c.core, list, v);
  const label = String(v.values._UIVersionString ?? '1.0');
  const vid = Number.parseInt(label, 10) * 512;
  return {
    type: 'SP.ListItemVersion',
    id: `${listApiUrl(c.core, list)}/Items(${v.Id})/Versions(${vid})`,
    props: { ...base.props, VersionId: vid, VersionLabel: label, IsCurrentVersion: v.Version === current, Created: v.values.Modified },
    nav: { CreatedBy: base.nav!.Editor },
  };
}

/** Item versions, newest first. With versioning off SharePoint keeps only the current one. */
export function handleVersions(c: RouteCtx, list: ListInfo, id: number, vid: number | null, method: string): TenantResponse {
  if (method !== 'GET') throw methodNotAllowed();
  const item = c.ops.getForRead(list, id, c.user);
  if (!c.core.perms.has(c.user, listScope(list.Id), PermissionKind.ViewVersions)) throw accessDenied();
  let versions = c.core.store.versions(list.Id, id);
  if (!list.EnableVersioning) versions = versions.slice(0, 1);
  // one entry per UI version: the last write of each label is that version's state
  const byLabel = new Map<string, ItemRecord>();
  for (const v of versions) if (!byLabel.has(String(v.values._UIVersionString))) byLabel.set(String(v.values._UIVersionString), v);
  const entities = [...byLabel.values()].map((v) => versionEntity(c, list, v, item.Version));
  const q = query(c);
  if (vid !== null) {
    const e = entities.find((x) => x.props.VersionId === vid);
    if (!e) throw new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The version does not exist.');
    return ok(c, entityBody(project(e, q.select, q.expand, c.verbose), c.verbose, `${c.core.siteUrl()}/_api/$metadata#SP.ListItemVersion`));
  }
  return ok(
    c,
    collectionBody(
      entities.map((e) => project(e, q.select, q.expand, c.verbose)),
      c.verbose,
      `${c.core.siteUrl()}/_api/$metadata#Collection(SP.ListItemVersion)`,
    ),
  );
}

function fileEntity(c: RouteCtx, list: ListInfo, item: ItemRecord): Entity {
  return {
    type: 'SP.File',
    id: `${c.core.siteUrl()}/_api/Web/GetFileByServerRelativePath(decodedurl='${String(item.values.FileRef)}')`,
    props: fileProps(c.core, list, item),
    nav: { ListItemAllFields: () => itemEntity(c.core, list, item) },
  };
}

/** `folder.files.addUsingPath(name, content, { Overwrite })`: a new file in the folder at `dir`, or a new version of one. */
export function addFile(c: RouteCtx, list: ListInfo, dir: string, args: Record<string, string | number | boolean | null>): TenantResponse {
  const name =
    String(args.decodedurl ?? args.url ?? args[''] ?? '')
      .split('/')
      .pop() ?? '';
  checkName(name, 'file');
  const content = c.req.body;
  const existing = locate(c.core, `${dir}/${name}`)?.item;
  let item: ItemRecord;
  if (existing) {
    if (args.overwrite !== true || !existing.file) {
      const by = c.core.store.users.get(existing.values.Editor as number)?.LoginName ?? '';
      throw nameTaken(
        `${dir.slice(SITE_PATH.length + 1)}/${name}`,
        ` It was last modified by ${by} on ${String(existing.values.Modified)}.`,
      );
    }
    item = c.ops.update(list, existing.Id, {}, actor(c), undefined, { content });
  } else {
    item = c.ops.add(list, {}, actor(c), { name, content, dir });
  }
  return sendEntity(c, fileEntity(c, c.core.store.lists.get(list.Id)!, item));
}

/** `folder.folders.addUsingPath(url)`: a folder in the folder at `dir` (the url may be its name or its server-relative URL). */
export function addFolder(
  c: RouteCtx,
  list: ListInfo,
  dir: string,
  args: Record<string, string | number | boolean | null>,
): TenantResponse {
  const given = serverRelative(String(args.decodedurl ?? args[''] ?? ''));
  const url = given.toLowerCase().startsWith(`${dir.toLowerCase()}/`) ? given : `${dir}/${given.slice(SITE_PATH.length + 1)}`;
  const parent = dirOf(url);
  const name = url.slice(parent.length + 1);
  checkName(name, 'folder');
  if (parent.toLowerCase() !== dir.toLowerCase()) folderAt(c.core, parent); // the parent must exist
  if (locate(c.core, url)) {
    if (args.overwrite !== true) throw nameTaken(url.slice(SITE_PATH.length + 1));
  } else c.ops.add(list, {}, actor(c), { name, dir: parent });
  const found = folderAt(c.core, url);
  return sendEntity(c, folderEntity(c.core, found.url, list, found.item));
}

export function handleFile(c: RouteCtx, list: ListInfo, id: number, method: string): TenantResponse {
  const item = c.ops.getForRead(list, id, c.user);
  if (method === 'GET') return sendEntity(c, fileEntity(c, list, item));
  if (method === 'DELETE') {
    c.ops.delete(list, id, actor(c), c.req.headers['if-match']);
    return noContent();
  }
  throw methodNotAllowed();
}

export function handleFileContent(c: RouteCtx, list: ListInfo, id: number, method: string): TenantResponse {
  const item = c.ops.getForRead(list, id, c.user);
  if (method === 'GET') {
    const bytes = c.core.store.fileContent(list.Id, id) ?? Buffer.alloc(0);
    return {
      status: 200,
      headers: { 'content-type': 'application/octet-stream', etag: `"{${item.file!.uniqueId.toUpperCase()}},${item.Version}"` },
      body: bytes,
    };
  }
  if (method === 'POST' || method === 'PUT') {
    c.ops.update(list, id, {}, actor(c), c.req.headers['if-match'], { content: c.req.body });
    return noContent();
  }
  throw methodNotAllowed();
}

/** `file.versions`: the earlier versions of a file (SP.FileVersion; the current one is the file itself). */
export function handleFileVersions(
  c: RouteCtx,
  list: ListInfo,
  id: number,
  vid: number | null,
  content: boolean,
  method: string,
): TenantResponse {
  if (method !== 'GET') throw methodNotAllowed();
  const item = c.ops.getForRead(list, id, c.user);
  const current = String(item.values._UIVersionString ?? '1.0');
  const byLabel = new Map<string, ItemRecord>();
  for (const v of c.core.store.versions(list.Id, id)) {
    const label = String(v.values._UIVersionString);
    if (label !== current && !byLabel.has(label)) byLabel.set(label, v);
  }
  const entities = [...byLabel.values()].map((v) => {
    const label = String(v.values._UIVersionString);
    const n = Number.parseInt(label, 10) * 512;
    return {
      record: v,
      entity: {
        type: 'SP.FileVersion',
        id: `${c.core.siteUrl()}/_api/SP.FileVersion${n}`,
        props: {
          CheckInComment: '',
          Created: v.values.Modified,
          ID: n,
          IsCurrentVersion: false,
          Length: String(v.values.File_x0020_Size ?? 0),
          Size: Number(v.values.File_x0020_Size ?? 0),
          Url: `_vti_history/${n}/${list.Url}/${String(v.values.FileLeafRef)}`,
          VersionLabel: label,
        },
      } as Entity,
    };
  });
  const q = query(c);
  if (vid === null)
    return ok(
      c,
      collectionBody(
        entities.map((e) => project(e.entity, q.select, q.expand, c.verbose)),
        c.verbose,
        `${c.core.siteUrl()}/_api/$metadata#Collection(SP.FileVersion)`,
      ),
    );
  const hit = entities.find((e) => e.entity.props.ID === vid);
  if (!hit) throw new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The version does not exist.');
  if (content)
    return {
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: c.core.store.fileContentAt(list.Id, id, hit.record.Version) ?? Buffer.alloc(0),
    };
  return ok(
    c,
    entityBody(project(hit.entity, q.select, q.expand, c.verbose), c.verbose, `${c.core.siteUrl()}/_api/$metadata#SP.FileVersion`),
  );
}

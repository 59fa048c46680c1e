/**
 * The SharePoint side of the local tenant: the site at `SITE_PATH` (context.ts) answering
 * `/_api/...` as SharePoint Online does for the calls PnPjs makes (see README.md beside this).
 */
import { randomBytes } from 'crypto';
import { SITE_PATH, type TenantContext } from '../context';
import type { DirectoryUser } from '../directory';
import type { TenantRequest, TenantResponse } from '../http';
import { runBatch } from './batch';
import { errorBody, SpError, unauthorized } from './errors';
import { ItemOps } from './itemOps';
import { splitPath } from './odata/path';
import { resolve } from './router';
import { contentType, type RouteCtx } from './routes/context';
import { dispatch, effectiveMethod } from './routes/dispatch';
import { SiteCore } from './site';
import { serveFile } from './fileServe';
import { locate } from './folders';

export class SharePointSite {
  private readonly core: SiteCore;
  private readonly ops: ItemOps;

  constructor(readonly ctx: TenantContext) {
    this.core = new SiteCore(ctx);
    this.ops = new ItemOps(this.core);
  }

  isBootstrapped(): boolean {
    return this.core.store.web !== null;
  }

  /** Creates the empty team site on first start; does nothing when it exists. */
  bootstrap(owner: DirectoryUser): void {
    this.core.bootstrap(owner);
  }

  async handle(req: TenantRequest): Promise<TenantResponse> {
    const verbose = /odata=verbose/i.test(req.headers.accept ?? '');
    try {
      const path = req.url.pathname;
      const rest = path.slice(SITE_PATH.length);
      const api = /^\/_api(\/|$)/i.exec(rest);
      // outside /_api: a file at its URL, as a browser following a document link asks for it
      if (!api) return serveFile(this.core, this.ops, req);
      if (!req.user || req.authError) throw unauthorized();
      if (!this.core.store.web) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'The site is not provisioned yet.');
      const user = this.core.requestUser(req.user);
      const apiPath = rest.slice(api[0].length);
      const method = effectiveMethod(req.method, req.headers);
      const c: RouteCtx = { core: this.core, ops: this.ops, req, user, verbose };
      if (/^contextinfo$/i.test(apiPath)) return this.contextInfo(c, method);
      if (/^\$batch$/i.test(apiPath)) {
        if (method !== 'POST')
          throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The batch endpoint accepts POST only.');
        return await runBatch(req, (inner) => this.handle(inner));
      }
      const segs = splitPath(apiPath).map((s) => ({ name: safeDecode(s.name), args: s.args === null ? null : safeDecode(s.args) }));
      const node = resolve(c, segs);
      return dispatch(c, node, method);
    } catch (err) {
      if (err instanceof SpError)
        return { status: err.status, headers: { 'content-type': contentType(verbose), ...err.headers }, body: errorBody(err, verbose) };
      // the last net: never crash, answer as SharePoint does for an unexpected failure
      console.error('[local-tenant] sharepoint', err);
      // the exception's own text stays in the log: a 500 body never carries internals
      const e = new SpError(
        500,
        '-2146232832, Microsoft.SharePoint.SPException',
        'The server encountered an error processing the request. See server logs for more details.',
      );
      return { status: 500, headers: { 'content-type': contentType(verbose) }, body: errorBody(e, verbose) };
    }
  }

  private contextInfo(c: RouteCtx, method: string): TenantResponse {
    if (method !== 'POST')
      throw new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The contextinfo endpoint accepts POST only.');
    const info = {
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${this.ctx.now().toUTCString()}`,
      LibraryVersion: '16.0.25000.12000',
      SiteFullUrl: this.core.siteUrl(),
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: this.core.siteUrl(),
    };
    const body = c.verbose
      ? {
          d: {
            GetContextWebInformation: {
              __metadata: { type: 'SP.ContextWebInformation' },
              ...info,
              SupportedSchemaVersions: { results: info.SupportedSchemaVersions },
            },
          },
        }
      : { 'odata.metadata': `${this.core.siteUrl()}/_api/$metadata#SP.ContextWebInformation`, ...info };
    return { status: 200, headers: { 'content-type': contentType(c.verbose) }, body };
  }

  // In-process API for the seed: acts as `as`, stamps like a REST write, no permission checks.

  ensureUser(user: DirectoryUser): number {
    return this.core.ensureUser(user).Id;
  }

  addGroupMember(groupTitle: string, user: DirectoryUser): void {
    const g = this.core.groupByTitle(groupTitle);
    if (!g) throw new Error(`No site group '${groupTitle}'.`);
    this.core.addMember(g.Id, this.core.ensureUser(user).Id);
  }

  addItem(listUrl: string, fields: Record<string, unknown>, as: DirectoryUser): { Id: number } {
    const list = this.core.listByUrl(listUrl);
    if (!list) throw new Error(`No list at '${listUrl}'.`);
    const item = this.ops.add(list, fields, { user: this.core.ensureUser(as), check: false });
    return { Id: item.Id };
  }

  /** A file in a library, or in a folder of it (`folder`: `17` or `17/Sekretess`, created as needed); same name = a new version. */
  addFile(
    libraryUrl: string,
    fileName: string,
    content: Buffer,
    fields: Record<string, unknown>,
    as: DirectoryUser,
    folder = '',
  ): { Id: number } {
    let list = this.core.listByUrl(libraryUrl);
    if (!list || list.BaseTemplate !== 101) throw new Error(`No document library at '${libraryUrl}'.`);
    const actor = { user: this.core.ensureUser(as), check: false };
    let dir = this.ops.fileFolder(list);
    for (const name of folder.split('/').filter(Boolean)) {
      if (!this.core.store.folderAt(list.Id, `${dir}/${name}`)) this.ops.add(list, {}, actor, { name, dir });
      dir = `${dir}/${name}`;
      // adding took the list's next item id: the next add needs the list as it is now
      list = this.core.store.lists.get(list.Id)!;
    }
    const existing = locate(this.core, `${dir}/${fileName}`)?.item;
    if (existing?.file) {
      const item = this.ops.update(list, existing.Id, fields, actor, undefined, { content });
      return { Id: item.Id };
    }
    // file and its fields land in one write, as the seed expects one version per upload
    const item = this.ops.add(list, fields, actor, { name: fileName, content, dir });
    return { Id: item.Id };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

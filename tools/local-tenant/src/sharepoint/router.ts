/**
 * Walks a `/_api/...` path segment by segment to the object it names (a Node). Unknown
 * segments are SharePoint's 400 "Resource not found for the segment".
 */
import { SITE_PATH } from '../context';
import { accessDenied, fieldNotFound, notFound, SpError, unknownSegment } from './errors';
import { fileAt, folderAt, serverRelative } from './folders';
import { listApiUrl } from './itemQuery';
import type { ListInfo, ScopeKey } from './model';
import { literal, namedArgs, type Segment } from './odata/path';
import { itemScope, listScope, WEB_SCOPE } from './permissions';
import type { Node, RouteCtx } from './routes/context';

/** Methods (path segments with side effects or computed answers) that end a path. */
const CALLS = new Set([
  'breakroleinheritance',
  'resetroleinheritance',
  'getusereffectivepermissions',
  'addroleassignment',
  'removeroleassignment',
  'getchanges',
  'recycle',
  'ensureuser',
  'createfieldasxml',
  'addfield',
  'addusingpath',
  'removebyid',
  'removebyloginname',
  'deleteobject',
  'setshowindisplayform',
  'setshowineditform',
  'setshowinnewform',
]);

const PROPS = new Set(['effectivebasepermissions', 'currentchangetoken', 'effectivebasepermissionsforui']);

function one(seg: Segment, c: RouteCtx): string | number | boolean | null {
  return literal(seg.args ?? '', c.req.url.searchParams);
}

export function securable(c: RouteCtx, n: Node): { scope: ScopeKey; base: string } | null {
  if (n.k === 'web') return { scope: WEB_SCOPE, base: `${c.core.siteUrl()}/_api/Web` };
  if (n.k === 'list') return { scope: listScope(n.list.Id), base: listApiUrl(c.core, n.list) };
  if (n.k === 'item' || n.k === 'fileItem')
    return { scope: itemScope(n.list.Id, n.id), base: `${listApiUrl(c.core, n.list)}/Items(${n.id})` };
  return null;
}

export function resolve(c: RouteCtx, segs: Segment[]): Node {
  const core = c.core;
  let node: Node | null = null;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const name = seg.name.toLowerCase();
    if (node === null) {
      if (name === 'web') node = { k: 'web' };
      else if (name === 'site' && segs[i + 1]?.name.toLowerCase() === 'rootweb') {
        node = { k: 'web' };
        i++;
      } else throw unknownSegment(seg.name, 'SP.ServiceRoot');
      continue;
    }
    const n = node as Node;
    if (CALLS.has(name)) {
      node = { k: 'call', target: n, name, args: namedArgs(seg.args, c.req.url.searchParams) };
      continue;
    }
    if (PROPS.has(name) && seg.args === null) {
      node = { k: 'prop', target: n, name };
      continue;
    }
    switch (n.k) {
      case 'web':
        if (name === 'lists') node = seg.args !== null ? { k: 'list', list: core.listById(String(one(seg, c))) } : { k: 'lists' };
        else if (name === 'getlist') {
          const l = core.listByUrl(String(one(seg, c)));
          if (!l) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
          node = { k: 'list', list: l };
        } else if (name === 'fields') node = { k: 'fields', list: null };
        else if (name === 'siteusers') node = seg.args !== null ? userByArg(c, seg) : { k: 'siteUsers' };
        else if (name === 'currentuser') node = { k: 'user', user: c.user };
        else if (name === 'getuserbyid') node = userById(c, Number(one(seg, c)));
        else if (name === 'sitegroups') node = seg.args !== null ? groupById(c, Number(one(seg, c))) : { k: 'groups' };
        else if (name === 'associatedownergroup' || name === 'associatedmembergroup' || name === 'associatedvisitorgroup') {
          const w = core.store.web!;
          const id = name === 'associatedownergroup' ? w.ownerGroup : name === 'associatedmembergroup' ? w.memberGroup : w.visitorGroup;
          node = { k: 'group', group: core.store.groups.get(id)! };
        } else if (name === 'roledefinitions') node = seg.args !== null ? roleDefById(c, Number(one(seg, c))) : { k: 'roleDefs' };
        else if (name === 'roleassignments') node = assignments(c, n, seg);
        else if (name === 'getfilebyserverrelativepath' || name === 'getfilebyserverrelativeurl') {
          const args = namedArgs(seg.args, c.req.url.searchParams);
          node = { k: 'file', ...fileAt(core, String(args.decodedurl ?? args[''] ?? '')) };
        } else if (name === 'getfolderbyserverrelativepath' || name === 'getfolderbyserverrelativeurl') {
          const args = namedArgs(seg.args, c.req.url.searchParams);
          const url = serverRelative(String(args.decodedurl ?? args[''] ?? ''));
          node = url === SITE_PATH ? { k: 'folder', list: null, url } : { k: 'folder', ...folderAt(core, url) };
        } else if (name === 'rootfolder') node = { k: 'folder', list: null, url: SITE_PATH };
        else if (name === 'siteuserinfolist') node = { k: 'list', list: core.listById(core.store.web!.userInfoListId ?? '') };
        else throw unknownSegment(seg.name, 'SP.Web');
        break;
      case 'lists':
        if (name === 'getbytitle') node = { k: 'list', list: core.listByTitle(String(one(seg, c))) };
        else if (name === 'getbyid' || name === '') node = { k: 'list', list: core.listById(String(one(seg, c))) };
        else throw unknownSegment(seg.name, 'Collection(SP.List)');
        break;
      case 'list':
        if (name === 'items')
          node = seg.args !== null ? { k: 'item', list: n.list, id: Number(one(seg, c)) } : { k: 'items', list: n.list };
        else if (name === 'fields') node = seg.args !== null ? fieldById(n.list, String(one(seg, c))) : { k: 'fields', list: n.list };
        else if (name === 'roleassignments') node = assignments(c, n, seg);
        else if (name === 'rootfolder') node = { k: 'folder', list: n.list, url: `${SITE_PATH}/${n.list.Url}`, item: null };
        else if (name === 'getitembyid') node = { k: 'item', list: n.list, id: Number(one(seg, c)) };
        else throw unknownSegment(seg.name, 'SP.List');
        break;
      case 'items':
        if (name === 'getbyid' || name === '') node = { k: 'item', list: n.list, id: Number(one(seg, c)) };
        else throw unknownSegment(seg.name, `Collection(${n.list.ListItemEntityTypeFullName})`);
        break;
      case 'item':
      case 'fileItem':
        if (name === 'versions')
          node =
            seg.args !== null
              ? { k: 'version', list: n.list, id: n.id, vid: Number(one(seg, c)) }
              : { k: 'versions', list: n.list, id: n.id };
        else if (name === 'roleassignments') node = assignments(c, n, seg);
        else if (name === 'file') node = { k: 'file', list: n.list, id: n.id };
        else throw unknownSegment(seg.name, n.list.ListItemEntityTypeFullName);
        break;
      case 'versions':
        if (name === 'getbyid' || name === '') node = { k: 'version', list: n.list, id: n.id, vid: Number(one(seg, c)) };
        else throw unknownSegment(seg.name, 'Collection(SP.ListItemVersion)');
        break;
      case 'fields': {
        const fields = n.list ? n.list.fields : [];
        if (name === 'getbyinternalnameortitle' || name === 'getbytitle') {
          const key = String(one(seg, c));
          const f = fields.find((x) => x.InternalName === key) ?? fields.find((x) => x.Title.toLowerCase() === key.toLowerCase());
          if (!f)
            throw new SpError(
              400,
              '-2147024809, System.ArgumentException',
              `Column '${key}' does not exist. It may have been deleted by another user.  ${SITE_PATH}/${n.list?.Url ?? ''}`,
            );
          node = { k: 'field', list: n.list, field: f };
        } else if (name === 'getbyid' || name === '') {
          const id = String(one(seg, c)).toLowerCase();
          const f = fields.find((x) => x.Id === id);
          if (!f) throw fieldNotFound(id);
          node = { k: 'field', list: n.list, field: f };
        } else throw unknownSegment(seg.name, 'Collection(SP.Field)');
        break;
      }
      case 'siteUsers':
        if (name === 'getbyid') node = userById(c, Number(one(seg, c)));
        else if (name === 'getbyemail') {
          const email = String(one(seg, c)).toLowerCase();
          const u = [...core.store.users.values()].find((x) => x.Email.toLowerCase() === email);
          if (!u) throw notFound('User');
          node = { k: 'user', user: u };
        } else if (name === 'getbyloginname') node = userByArg(c, seg);
        else throw unknownSegment(seg.name, 'Collection(SP.User)');
        break;
      case 'user':
        if (name === 'groups') node = { k: 'userGroups', user: n.user };
        else throw unknownSegment(seg.name, 'SP.User');
        break;
      case 'groups':
        if (name === 'getbyid' || name === '') {
          const g = core.store.groups.get(Number(one(seg, c)));
          if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
          node = { k: 'group', group: g };
        } else if (name === 'getbyname') {
          const g = core.groupByTitle(String(one(seg, c)));
          if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
          node = { k: 'group', group: g };
        } else throw unknownSegment(seg.name, 'Collection(SP.Group)');
        break;
      case 'group':
        if (name === 'users') {
          // OnlyAllowMembersViewMembership: SharePoint refuses a non-member the members (and anything under them)
          if (!core.perms.canViewMembership(c.user, n.group)) throw accessDenied();
          node = { k: 'groupUsers', group: n.group };
        } else throw unknownSegment(seg.name, 'SP.Group');
        break;
      case 'groupUsers':
        if (name === 'getbyid') {
          const id = Number(one(seg, c));
          if (!n.group.members.includes(id))
            throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
          node = userById(c, id);
        } else if (name === '' || name === 'getbyloginname') node = userByArg(c, seg);
        else throw unknownSegment(seg.name, 'Collection(SP.User)');
        break;
      case 'roleDefs':
        if (name === 'getbyid' || name === '') {
          const d = core.store.roleDefs.get(Number(one(seg, c)));
          if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
          node = { k: 'roleDef', def: d };
        } else if (name === 'getbyname') {
          const key = String(one(seg, c)).toLowerCase();
          const d = [...core.store.roleDefs.values()].find((x) => x.Name.toLowerCase() === key);
          if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
          node = { k: 'roleDef', def: d };
        } else if (name === 'getbytype') {
          const kind = Number(one(seg, c));
          const d = [...core.store.roleDefs.values()].find((x) => x.RoleTypeKind === kind);
          if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
          node = { k: 'roleDef', def: d };
        } else throw unknownSegment(seg.name, 'Collection(SP.RoleDefinition)');
        break;
      case 'roleAssignments':
        if (name === '' || name === 'getbyprincipalid')
          node = { k: 'roleAssignment', scope: n.scope, base: n.base, principalId: Number(one(seg, c)) };
        else throw unknownSegment(seg.name, 'Collection(SP.RoleAssignment)');
        break;
      case 'roleAssignment':
        if (name === 'roledefinitionbindings') node = { k: 'bindings', scope: n.scope, principalId: n.principalId };
        else if (name === 'member') {
          const u = core.store.users.get(n.principalId);
          const g = core.store.groups.get(n.principalId);
          node = u
            ? { k: 'user', user: u }
            : g
              ? { k: 'group', group: g }
              : (() => {
                  throw notFound('Principal');
                })();
        } else throw unknownSegment(seg.name, 'SP.RoleAssignment');
        break;
      case 'folder':
        // `files('a.pdf')` is `files.getByUrl('a.pdf')`
        if (name === 'files' && n.list && seg.args !== null) node = { k: 'file', ...fileAt(core, `${n.url}/${String(one(seg, c))}`) };
        else if (name === 'files' && n.list) node = { k: 'files', list: n.list, url: n.url };
        else if (name === 'folders' && n.list && seg.args !== null)
          node = { k: 'folder', ...folderAt(core, `${n.url}/${String(one(seg, c))}`) };
        else if (name === 'folders' && n.list) node = { k: 'folders', list: n.list, url: n.url };
        else if (name === 'listitemallfields' && n.list) {
          // a library's root folder has no item of its own
          const item = core.store.folderAt(n.list.Id, n.url);
          if (!item) throw new SpError(404, '-2147024809, System.ArgumentException', 'The root folder of a library has no list item.');
          node = { k: 'fileItem', list: n.list, id: item.Id };
        } else throw unknownSegment(seg.name, 'SP.Folder');
        break;
      case 'files':
        if (name === 'getbyurl' || name === '') node = { k: 'file', ...fileAt(core, `${n.url}/${String(one(seg, c))}`) };
        else throw unknownSegment(seg.name, 'Collection(SP.File)');
        break;
      case 'folders':
        if (name === 'getbyurl' || name === '') node = { k: 'folder', ...folderAt(core, `${n.url}/${String(one(seg, c))}`) };
        else throw unknownSegment(seg.name, 'Collection(SP.Folder)');
        break;
      case 'file':
        if (name === '$value') node = { k: 'fileContent', list: n.list, id: n.id };
        else if (name === 'listitemallfields') node = { k: 'fileItem', list: n.list, id: n.id };
        else if (name === 'versions')
          node = { k: 'fileVersions', list: n.list, id: n.id, vid: seg.args !== null ? Number(one(seg, c)) : null, content: false };
        else throw unknownSegment(seg.name, 'SP.File');
        break;
      case 'fileVersions':
        if (name === 'getbyid' && n.vid === null) node = { ...n, vid: Number(one(seg, c)) };
        else if (name === '$value' && n.vid !== null) node = { ...n, content: true };
        else throw unknownSegment(seg.name, 'SP.FileVersion');
        break;
      default:
        throw unknownSegment(seg.name, 'SP.Object');
    }
  }
  if (!node) throw unknownSegment('', 'SP.ServiceRoot');
  return node;
}

function userById(c: RouteCtx, id: number): Node {
  const u = c.core.store.users.get(id);
  if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return { k: 'user', user: u };
}

function userByArg(c: RouteCtx, seg: Segment): Node {
  const login = String(literal(seg.args ?? '', c.req.url.searchParams));
  const key = login.toLowerCase();
  const u = [...c.core.store.users.values()].find(
    (x) => x.LoginName.toLowerCase() === key || x.UserPrincipalName.toLowerCase() === key || x.Email.toLowerCase() === key,
  );
  if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return { k: 'user', user: u };
}

function assignments(c: RouteCtx, n: Node, seg: Segment): Node {
  const s = securable(c, n)!;
  return seg.args !== null ? { k: 'roleAssignment', ...s, principalId: Number(one(seg, c)) } : { k: 'roleAssignments', ...s };
}

function groupById(c: RouteCtx, id: number): Node {
  const g = c.core.store.groups.get(id);
  if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  return { k: 'group', group: g };
}

function roleDefById(c: RouteCtx, id: number): Node {
  const d = c.core.store.roleDefs.get(id);
  if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
  return { k: 'roleDef', def: d };
}

function fieldById(list: ListInfo, id: string): Node {
  const f = list.fields.find((x) => x.Id === id.replace(/[{}]/g, '').toLowerCase());
  if (!f) throw fieldNotFound(id);
  return { k: 'field', list, field: f };
}

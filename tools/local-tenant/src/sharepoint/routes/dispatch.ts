/** Sends a resolved path to the handler for its kind of object. */
import type { TenantResponse } from '../../http';
import { methodNotAllowed, SpError, unknownSegment } from '../errors';
import { changeToken } from '../changes';
import type { Node, RouteCtx } from './context';
import { sendValue } from './context';
import {
  addFile,
  addFolder,
  handleFile,
  handleFileContent,
  handleFileVersions,
  handleItem,
  handleItems,
  handleVersions,
  recycleItem,
} from './items';
import { addField, createFieldAsXml, handleField, handleFields, handleList, handleListCall, handleLists } from './lists';
import {
  handleAssignments,
  handleEffective,
  handleGroups,
  handleRoleDefs,
  handleSecurityCall,
  handleUsers,
  handleWeb,
  requirePerm,
} from './security';
import { PermissionKind } from '../permissionKinds';
import { WEB_SCOPE } from '../permissions';
import { body, sendEntity } from './context';
import { folderEntity, userEntity } from '../render';

/** The method a request means: POST with `X-HTTP-Method: MERGE|DELETE` is a MERGE or DELETE. */
export function effectiveMethod(method: string, headers: Record<string, string>): string {
  const tunneled = headers['x-http-method'];
  if (method === 'POST' && tunneled) return tunneled.toUpperCase();
  return method === 'HEAD' ? 'GET' : method;
}

export function dispatch(c: RouteCtx, n: Node, method: string): TenantResponse {
  switch (n.k) {
    case 'web':
      return handleWeb(c, method);
    case 'lists':
      return handleLists(c, method);
    case 'list':
      return handleList(c, n.list, method);
    case 'items':
      return handleItems(c, n.list, method);
    case 'item':
      return handleItem(c, n.list, n.id, method);
    case 'fileItem':
      return handleItem(c, n.list, n.id, method);
    case 'versions':
      return handleVersions(c, n.list, n.id, null, method);
    case 'version':
      return handleVersions(c, n.list, n.id, n.vid, method);
    case 'fields':
      return handleFields(c, n, method);
    case 'field':
      return handleField(c, n, method);
    case 'siteUsers':
    case 'user':
    case 'userGroups':
      return handleUsers(c, n, method);
    case 'groups':
    case 'group':
    case 'groupUsers':
      return handleGroups(c, n, method);
    case 'roleDefs':
    case 'roleDef':
      return handleRoleDefs(c, n, method);
    case 'roleAssignments':
    case 'roleAssignment':
    case 'bindings':
      return handleAssignments(c, n, method);
    case 'folder':
      if (method !== 'GET') throw methodNotAllowed();
      // a folder the caller cannot read does not exist for them, like its files
      if (n.list && n.item) c.ops.getForRead(n.list, n.item.Id, c.user);
      return sendEntity(c, folderEntity(c.core, n.url, n.list, n.item ?? null));
    case 'files':
    case 'folders':
      throw methodNotAllowed();
    case 'file':
      return handleFile(c, n.list, n.id, method);
    case 'fileVersions':
      return handleFileVersions(c, n.list, n.id, n.vid, n.content, method);
    case 'fileContent':
      return handleFileContent(c, n.list, n.id, method);
    case 'prop':
      return prop(c, n.target, n.name);
    case 'call':
      return call(c, n, method);
  }
}

function prop(c: RouteCtx, target: Node, name: string): TenantResponse {
  if (name === 'effectivebasepermissions' || name === 'effectivebasepermissionsforui') {
    const r = handleEffective(c, target);
    if (r) return r;
  }
  if (name === 'currentchangetoken' && target.k === 'list') {
    return sendValue(c, { StringValue: changeToken(target.list.Id, c.core.store.lastChange(target.list.Id)) }, 'SP.ChangeToken');
  }
  throw unknownSegment(name, 'SP.Object');
}

function call(c: RouteCtx, n: Extract<Node, { k: 'call' }>, method: string): TenantResponse {
  const sec = handleSecurityCall(c, n, method);
  if (sec) return sec;
  const t = n.target;
  if (t.k === 'list') {
    const r = handleListCall(c, t.list, n.name, method);
    if (r) return r;
  }
  if (n.name === 'recycle' && (t.k === 'item' || t.k === 'fileItem' || t.k === 'file')) {
    if (method !== 'POST') throw methodNotAllowed();
    return recycleItem(c, t.list, t.id);
  }
  if (n.name === 'createfieldasxml' && t.k === 'fields') return createFieldAsXml(c, t.list, method);
  if (n.name === 'addfield' && t.k === 'fields') {
    if (method !== 'POST') throw methodNotAllowed();
    return addField(c, t.list, (body(c).parameters ?? {}) as Record<string, unknown>);
  }
  if ((n.name === 'removebyid' || n.name === 'removebyloginname') && (t.k === 'groups' || t.k === 'siteUsers')) {
    if (method !== 'POST') throw methodNotAllowed();
    const key = n.args[''];
    if (t.k === 'groups') {
      const g = n.name === 'removebyid' ? c.core.store.groups.get(Number(key)) : c.core.groupByTitle(String(key));
      if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
      return dispatch(c, { k: 'group', group: g }, 'DELETE');
    }
    const u =
      n.name === 'removebyid'
        ? c.core.store.users.get(Number(key))
        : [...c.core.store.users.values()].find((x) => x.LoginName.toLowerCase() === String(key).toLowerCase());
    if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    return dispatch(c, { k: 'user', user: u }, 'DELETE');
  }
  if (n.name === 'addusingpath' && (t.k === 'files' || t.k === 'folders')) {
    if (method !== 'POST') throw methodNotAllowed();
    return t.k === 'files' ? addFile(c, t.list, t.url, n.args) : addFolder(c, t.list, t.url, n.args);
  }
  if (n.name === 'ensureuser' && t.k === 'web') {
    if (method !== 'POST') throw methodNotAllowed();
    const b = body(c);
    const u = c.core.userByLogin(String(b.logonName ?? ''));
    if (!u)
      throw new SpError(
        404,
        '-2146232832, Microsoft.SharePoint.SPException',
        'The specified user ' + String(b.logonName ?? '') + ' could not be found.',
      );
    return sendEntity(c, userEntity(c.core, u, c.user));
  }
  if ((n.name === 'removebyid' || n.name === 'removebyloginname') && t.k === 'groupUsers') {
    if (method !== 'POST') throw methodNotAllowed();
    const key = n.args[''];
    const g = t.group;
    const u =
      n.name === 'removebyid'
        ? c.core.store.users.get(Number(key))
        : [...c.core.store.users.values()].find((x) => x.LoginName.toLowerCase() === String(key).toLowerCase());
    if (u) {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      c.core.store.saveGroup({ ...g, members: g.members.filter((m) => m !== u.Id) });
    }
    return { status: 200, headers: { 'content-type': 'application/json' }, body: { 'odata.null': true } };
  }
  throw unknownSegment(n.name, 'SP.Object');
}

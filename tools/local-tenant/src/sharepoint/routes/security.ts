/** Web, site users and groups, role definitions, role assignments and inheritance. */
import { PermissionKind } from '../permissionKinds';
import type { TenantResponse } from '../../http';
import { accessDenied, invalidQuery, methodNotAllowed, SpError } from '../errors';
import type { ScopeKey, SiteGroup } from '../model';
import { itemScope, listScope, WEB_SCOPE } from '../permissions';
import { groupEntity, principalEntity, roleAssignmentEntities, roleDefEntity, userEntity, webEntity } from '../render';
import { securable } from '../router';
import { body, noContent, ok, sendCollection, sendEntity, sendValue, type Node, type RouteCtx } from './context';

export function requirePerm(c: RouteCtx, scope: ScopeKey, kind: PermissionKind): void {
  if (!c.core.perms.has(c.user, scope, kind)) throw accessDenied();
}

const permsJson = (p: { High: number; Low: number }): { High: string; Low: string } => ({
  High: String(p.High >>> 0),
  Low: String(p.Low >>> 0),
});

export function handleWeb(c: RouteCtx, method: string): TenantResponse {
  if (method === 'GET') return sendEntity(c, webEntity(c.core, c.user));
  if (method === 'MERGE' || method === 'PATCH') {
    requirePerm(c, WEB_SCOPE, PermissionKind.ManageWeb);
    const b = body(c);
    const w = { ...c.core.store.web! };
    if (typeof b.Title === 'string') w.Title = b.Title;
    if (typeof b.Description === 'string') w.Description = b.Description;
    c.core.store.saveWeb(w);
    return noContent();
  }
  throw methodNotAllowed();
}

export function handleUsers(c: RouteCtx, n: Node, method: string): TenantResponse {
  const core = c.core;
  if (n.k === 'siteUsers') {
    if (method === 'GET')
      return sendCollection(
        c,
        [...core.store.users.values()].map((u) => userEntity(core, u, c.user)),
        'SP.User',
      );
    if (method === 'POST') {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      const login = String(body(c).LoginName ?? '');
      const u = core.userByLogin(login);
      if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      return sendEntity(c, userEntity(core, u, c.user), 201);
    }
  }
  if (n.k === 'user') {
    if (method === 'GET') return sendEntity(c, userEntity(core, n.user, c.user));
    if (method === 'DELETE') {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      core.store.tx(() => {
        for (const g of core.store.groups.values())
          if (g.members.includes(n.user.Id)) core.store.saveGroup({ ...g, members: g.members.filter((m) => m !== n.user.Id) });
        core.store.removePrincipalAssignments(n.user.Id);
        core.store.deleteUser(n.user.Id);
      });
      return noContent();
    }
  }
  if (n.k === 'userGroups' && method === 'GET') {
    return sendCollection(
      c,
      [...core.store.groups.values()].filter((g) => g.members.includes(n.user.Id)).map((g) => groupEntity(core, g, c.user)),
      'SP.Group',
    );
  }
  throw methodNotAllowed();
}

function saveGroupMembers(c: RouteCtx, g: SiteGroup, members: number[]): void {
  c.core.store.saveGroup({ ...g, members });
}

export function handleGroups(c: RouteCtx, n: Node, method: string): TenantResponse {
  const core = c.core;
  if (n.k === 'groups') {
    if (method === 'GET')
      return sendCollection(
        c,
        [...core.store.groups.values()].map((g) => groupEntity(core, g, c.user)),
        'SP.Group',
      );
    if (method === 'POST') {
      requirePerm(c, WEB_SCOPE, PermissionKind.CreateGroups);
      const b = body(c);
      const title = String(b.Title ?? '').trim();
      if (!title) throw invalidQuery('The group name is empty.');
      if (core.groupByTitle(title) || [...core.store.users.values()].some((u) => u.Title === title)) {
        throw new SpError(
          500,
          '-2130575293, Microsoft.SharePoint.SPException',
          `The specified name is already in use.\n\nPlease try again with a new name.`,
        );
      }
      // SharePoint Online's REST/CSOM `SiteGroups.Add` hides membership from non-members unless told otherwise
      const onlyMembers = typeof b.OnlyAllowMembersViewMembership === 'boolean' ? b.OnlyAllowMembersViewMembership : true;
      const g: SiteGroup = {
        Id: core.store.nextId('principal', 3),
        Title: title,
        Description: String(b.Description ?? ''),
        OwnerId: c.user.Id,
        members: [],
        OnlyAllowMembersViewMembership: onlyMembers,
      };
      core.store.saveGroup(g);
      return sendEntity(c, groupEntity(core, g, c.user), 201);
    }
  }
  if (n.k === 'group') {
    if (method === 'GET') return sendEntity(c, groupEntity(core, n.group, c.user));
    if (method === 'MERGE' || method === 'PATCH') {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      const b = body(c);
      core.store.saveGroup({
        ...n.group,
        Title: typeof b.Title === 'string' ? b.Title : n.group.Title,
        Description: typeof b.Description === 'string' ? b.Description : n.group.Description,
        OnlyAllowMembersViewMembership:
          typeof b.OnlyAllowMembersViewMembership === 'boolean' ? b.OnlyAllowMembersViewMembership : n.group.OnlyAllowMembersViewMembership,
      });
      return noContent();
    }
    if (method === 'DELETE') return deleteGroup(c, n.group);
  }
  if (n.k === 'groupUsers') {
    if (method === 'GET') {
      const users = n.group.members.map((id) => core.store.users.get(id)).filter((u): u is NonNullable<typeof u> => Boolean(u));
      return sendCollection(
        c,
        users.map((u) => userEntity(core, u, c.user)),
        'SP.User',
      );
    }
    if (method === 'POST') {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      const u = core.userByLogin(String(body(c).LoginName ?? ''));
      if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      if (!n.group.members.includes(u.Id)) saveGroupMembers(c, n.group, [...n.group.members, u.Id]);
      return sendEntity(c, userEntity(core, u, c.user), 201);
    }
  }
  throw methodNotAllowed();
}

function deleteGroup(c: RouteCtx, g: SiteGroup): TenantResponse {
  requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
  const w = c.core.store.web!;
  if ([w.ownerGroup, w.memberGroup, w.visitorGroup].includes(g.Id))
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The associated groups of the site cannot be removed here.');
  c.core.store.tx(() => {
    c.core.store.removePrincipalAssignments(g.Id);
    c.core.store.deleteGroup(g.Id);
  });
  return noContent();
}

export function handleRoleDefs(c: RouteCtx, n: Node, method: string): TenantResponse {
  const core = c.core;
  if (n.k === 'roleDefs') {
    if (method === 'GET')
      return sendCollection(
        c,
        [...core.store.roleDefs.values()].sort((a, b) => a.Order - b.Order).map((d) => roleDefEntity(core, d)),
        'SP.RoleDefinition',
      );
    if (method === 'POST') {
      requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
      const b = body(c);
      const name = String(b.Name ?? '').trim();
      if (!name) throw invalidQuery('The role definition name is empty.');
      if ([...core.store.roleDefs.values()].some((d) => d.Name.toLowerCase() === name.toLowerCase())) {
        throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'A permission level with this name already exists.');
      }
      const bp = (b.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
      const d = {
        Id: core.store.nextId('roledef', 1073741926),
        Name: name,
        Description: String(b.Description ?? ''),
        Order: Number(b.Order ?? 1000),
        RoleTypeKind: 0,
        Hidden: false,
        High: Number(bp.High ?? 0) >>> 0,
        Low: Number(bp.Low ?? 0) >>> 0,
      };
      core.store.saveRoleDef(d);
      return sendEntity(c, roleDefEntity(core, d), 201);
    }
  }
  if (n.k === 'roleDef') {
    if (method === 'GET') return sendEntity(c, roleDefEntity(core, n.def));
    requirePerm(c, WEB_SCOPE, PermissionKind.ManagePermissions);
    if (method === 'MERGE' || method === 'PATCH') {
      const b = body(c);
      const bp = b.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      if (n.def.RoleTypeKind !== 0 && bp)
        throw new SpError(
          400,
          '-2146232832, Microsoft.SharePoint.SPException',
          'You cannot change the permissions of a built-in permission level.',
        );
      core.store.saveRoleDef({
        ...n.def,
        Name: typeof b.Name === 'string' ? b.Name : n.def.Name,
        Description: typeof b.Description === 'string' ? b.Description : n.def.Description,
        Order: typeof b.Order === 'number' ? b.Order : n.def.Order,
        High: bp ? Number(bp.High ?? 0) >>> 0 : n.def.High,
        Low: bp ? Number(bp.Low ?? 0) >>> 0 : n.def.Low,
      });
      return noContent();
    }
    if (method === 'DELETE') {
      if (n.def.RoleTypeKind !== 0)
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a built-in permission level.');
      core.store.tx(() => core.store.deleteRoleDef(n.def.Id));
      return noContent();
    }
  }
  throw methodNotAllowed();
}

export function handleAssignments(c: RouteCtx, n: Node, method: string): TenantResponse {
  if (n.k === 'roleAssignments' && method === 'GET') {
    requirePerm(c, n.scope, PermissionKind.EnumeratePermissions);
    return sendCollection(c, roleAssignmentEntities(c.core, n.scope, n.base, c.user), 'SP.RoleAssignment');
  }
  if (n.k === 'roleAssignment' || n.k === 'bindings') {
    requirePerm(c, n.scope, PermissionKind.EnumeratePermissions);
    const ra = roleAssignmentEntities(c.core, n.scope, c.core.siteUrl(), c.user).find((e) => e.props.PrincipalId === n.principalId);
    if (!ra)
      throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + n.principalId + '.');
    if (method === 'GET')
      return n.k === 'bindings' ? sendCollection(c, ra.nav!.RoleDefinitionBindings() as never, 'SP.RoleDefinition') : sendEntity(c, ra);
    if (method === 'DELETE' && n.k === 'roleAssignment') {
      requireUniqueToChange(c, n.scope);
      requirePerm(c, n.scope, PermissionKind.ManagePermissions);
      c.core.store.tx(() => {
        for (const a of c.core.store.assignments.get(n.scope) ?? [])
          if (a.principalId === n.principalId) c.core.store.removeAssignment(n.scope, a);
      });
      return noContent();
    }
  }
  throw methodNotAllowed();
}

function requireUniqueToChange(c: RouteCtx, scope: ScopeKey): void {
  if (!c.core.perms.hasUnique(scope)) {
    throw new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'This operation is not allowed on an object that inherits permissions.',
    );
  }
}

/** Method calls on a securable or a collection: role assignment changes, inheritance, effective rights. */
export function handleSecurityCall(c: RouteCtx, n: Extract<Node, { k: 'call' }>, method: string): TenantResponse | null {
  const core = c.core;
  const target = n.target;
  if (target.k === 'roleAssignments' && (n.name === 'addroleassignment' || n.name === 'removeroleassignment')) {
    if (method !== 'POST') throw methodNotAllowed();
    requirePerm(c, target.scope, PermissionKind.ManagePermissions);
    requireUniqueToChange(c, target.scope);
    const principalId = Number(n.args.principalid);
    const roleDefId = Number(n.args.roledefid);
    if (!principalEntity(core, principalId, c.user))
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the principal with id: ' + principalId + '.');
    if (!core.store.roleDefs.has(roleDefId))
      throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
    if (n.name === 'addroleassignment') core.store.addAssignment(target.scope, { principalId, roleDefId });
    else core.store.removeAssignment(target.scope, { principalId, roleDefId });
    return ok(
      c,
      c.verbose ? { d: { [n.name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment']: null } } : { 'odata.null': true },
    );
  }
  const sec = securable(c, target);
  if (!sec) return null;
  if (n.name === 'breakroleinheritance') {
    if (method !== 'POST') throw methodNotAllowed();
    if (sec.scope === WEB_SCOPE)
      throw new SpError(
        400,
        '-2146232832, Microsoft.SharePoint.SPException',
        'The root web of a site collection always has unique permissions.',
      );
    requirePerm(c, sec.scope, PermissionKind.ManagePermissions);
    const copy = n.args.copyroleassignments === true;
    const clear = n.args.clearsubscopes === true;
    core.store.tx(() => {
      if (!core.perms.hasUnique(sec.scope)) {
        const inherited = [...(core.store.assignments.get(core.perms.effectiveScope(core.perms.parentScope(sec.scope)!)) ?? [])];
        core.store.setUnique(sec.scope, true);
        if (copy) for (const a of inherited) core.store.addAssignment(sec.scope, a);
        // SharePoint keeps the caller in: breaking without copying grants them Full Control
        else if (!c.user.IsSiteAdmin) core.store.addAssignment(sec.scope, { principalId: c.user.Id, roleDefId: 1073741829 });
      }
      if (clear) clearSubscopes(c, sec.scope);
    });
    return ok(c, c.verbose ? { d: { BreakRoleInheritance: null } } : { 'odata.null': true });
  }
  if (n.name === 'resetroleinheritance') {
    if (method !== 'POST') throw methodNotAllowed();
    if (sec.scope === WEB_SCOPE)
      throw new SpError(
        400,
        '-2146232832, Microsoft.SharePoint.SPException',
        'The root web of a site collection always has unique permissions.',
      );
    requirePerm(c, sec.scope, PermissionKind.ManagePermissions);
    core.store.tx(() => core.store.setUnique(sec.scope, false));
    return ok(c, c.verbose ? { d: { ResetRoleInheritance: null } } : { 'odata.null': true });
  }
  if (n.name === 'getusereffectivepermissions') {
    requirePerm(c, sec.scope, PermissionKind.EnumeratePermissions);
    const login = String(n.args[''] ?? n.args.username ?? '');
    const u = core.userByLogin(login);
    if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
    return sendValue(c, permsJson(core.perms.effective(u, sec.scope)), 'SP.BasePermissions');
  }
  return null;
}

function clearSubscopes(c: RouteCtx, scope: ScopeKey): void {
  for (const s of [...c.core.store.uniqueScopes]) {
    if (s === scope || s === WEB_SCOPE) continue;
    if (scope === WEB_SCOPE || (scope.startsWith('list:') && s.startsWith(`item:${scope.slice(5)}:`))) c.core.store.setUnique(s, false);
  }
}

export function handleEffective(c: RouteCtx, target: Node): TenantResponse | null {
  const sec = securable(c, target);
  if (!sec) return null;
  return sendValue(c, permsJson(c.core.perms.effective(c.user, sec.scope)), 'SP.BasePermissions');
}

export { listScope, itemScope };

/**
 * SharePoint's permission model: role assignments on securable scopes (web, list, item) with
 * inheritance from the nearest ancestor that has unique assignments; a user's effective
 * rights are the union over direct and group assignments there; site admins have everything.
 */
import { hasPermission, PermissionKind, toBasePermissions, unionPermissions, type BasePermissions } from './permissionKinds';
import type { ItemRecord, ListInfo, ScopeKey, SiteGroup, SiteUser } from './model';
import type { ChangeVisibility, SpStore } from './store';

export const WEB_SCOPE: ScopeKey = 'web';
export const listScope = (listId: string): ScopeKey => `list:${listId}`;
export const itemScope = (listId: string, itemId: number): ScopeKey => `item:${listId}:${itemId}`;

export const FULL: BasePermissions = toBasePermissions([PermissionKind.FullMask]);
export const EMPTY: BasePermissions = { High: 0, Low: 0 };

/** The directory part of a server-relative URL: `/sites/x/Lib/a/b.pdf` → `/sites/x/Lib/a`. */
export function dirOf(serverRelativeUrl: string): string {
  return serverRelativeUrl.slice(0, serverRelativeUrl.lastIndexOf('/'));
}

export class Permissions {
  constructor(private readonly store: SpStore) {}

  /** Where a scope inherits from: an item from its folder (if it is in one), a folder item likewise, the list from the web. */
  parentScope(scope: ScopeKey): ScopeKey | null {
    if (scope === WEB_SCOPE) return null;
    if (scope.startsWith('list:')) return WEB_SCOPE;
    const [, listId, id] = scope.split(':');
    const ref = this.store.itemsOf(listId).get(Number(id))?.values.FileRef;
    const folder = typeof ref === 'string' ? this.store.folderAt(listId, dirOf(ref)) : undefined;
    return folder && folder.Id !== Number(id) ? itemScope(listId, folder.Id) : listScope(listId);
  }

  /** The scope whose assignments apply to `scope` (itself when it has unique assignments). */
  effectiveScope(scope: ScopeKey): ScopeKey {
    let s: ScopeKey | null = scope;
    while (s && s !== WEB_SCOPE && !this.store.uniqueScopes.has(s)) s = this.parentScope(s);
    return s ?? WEB_SCOPE;
  }

  hasUnique(scope: ScopeKey): boolean {
    return scope === WEB_SCOPE || this.store.uniqueScopes.has(scope);
  }

  /** The principals a user acts as: itself and every site group it is a member of. */
  principalsOf(user: SiteUser): Set<number> {
    const ids = new Set<number>([user.Id]);
    for (const g of this.store.groups.values()) if (g.members.includes(user.Id)) ids.add(g.Id);
    return ids;
  }

  effective(user: SiteUser | null, scope: ScopeKey): BasePermissions {
    if (!user) return EMPTY;
    if (user.IsSiteAdmin) return FULL;
    const principals = this.principalsOf(user);
    let perms = EMPTY;
    for (const a of this.store.assignments.get(this.effectiveScope(scope)) ?? []) {
      if (!principals.has(a.principalId)) continue;
      const def = this.store.roleDefs.get(a.roleDefId);
      if (def) perms = unionPermissions(perms, { High: def.High, Low: def.Low });
    }
    return perms;
  }

  has(user: SiteUser | null, scope: ScopeKey, kind: PermissionKind): boolean {
    return hasPermission(this.effective(user, scope), kind);
  }

  /** Whether the user may enter the site at all (SharePoint grants Limited Access for any assignment). */
  hasAnyAccess(user: SiteUser): boolean {
    if (user.IsSiteAdmin) return true;
    const principals = this.principalsOf(user);
    for (const list of this.store.assignments.values()) if (list.some((a) => principals.has(a.principalId))) return true;
    return false;
  }

  /**
   * Whether the user may read a group's members: everyone unless the group has
   * OnlyAllowMembersViewMembership; then its members, its owner (a user, or the members of the
   * owning group), site collection admins and whoever may manage permissions on the site.
   */
  canViewMembership(user: SiteUser | null, g: SiteGroup): boolean {
    if (!g.OnlyAllowMembersViewMembership) return true;
    if (!user) return false;
    if (user.IsSiteAdmin || g.members.includes(user.Id) || g.OwnerId === user.Id) return true;
    const ownerGroup = this.store.groups.get(g.OwnerId);
    if (ownerGroup && ownerGroup.members.includes(user.Id)) return true;
    return this.has(user, WEB_SCOPE, PermissionKind.ManagePermissions);
  }

  /** "Override List Behaviors": ManageLists or CancelCheckout on the list lifts item-level security. */
  overridesListBehaviors(user: SiteUser | null, list: ListInfo): boolean {
    const p = this.effective(user, listScope(list.Id));
    return hasPermission(p, PermissionKind.ManageLists) || hasPermission(p, PermissionKind.CancelCheckout);
  }

  canReadItem(user: SiteUser | null, list: ListInfo, item: ItemRecord, override?: boolean): boolean {
    if (!this.has(user, itemScope(list.Id, item.Id), PermissionKind.ViewListItems)) return false;
    if (list.ReadSecurity === 2 && item.values.Author !== user?.Id && !(override ?? this.overridesListBehaviors(user, list))) return false;
    return true;
  }

  /** Who may read an item now: its author, and the readers of the item scope it takes permissions from, its own or its folder's (kept with each change). */
  visibilityOf(list: ListInfo, item: ItemRecord): ChangeVisibility {
    const scope = this.effectiveScope(itemScope(list.Id, item.Id));
    const author = typeof item.values.Author === 'number' ? item.values.Author : null;
    if (!scope.startsWith('item:')) return { author, readers: null };
    const readers = (this.store.assignments.get(scope) ?? [])
      .filter((a) => {
        const d = this.store.roleDefs.get(a.roleDefId);
        return d !== undefined && hasPermission({ High: d.High, Low: d.Low }, PermissionKind.ViewListItems);
      })
      .map((a) => a.principalId);
    return { author, readers };
  }

  /** canReadItem for an item that no longer exists, from what was recorded when it changed. */
  couldReadGone(user: SiteUser | null, list: ListInfo, v: ChangeVisibility): boolean {
    if (!user) return false;
    if (v.readers) {
      if (!user.IsSiteAdmin && ![...this.principalsOf(user)].some((p) => v.readers!.includes(p))) return false;
    } else if (!this.has(user, listScope(list.Id), PermissionKind.ViewListItems)) return false;
    if (list.ReadSecurity === 2 && v.author !== user.Id && !this.overridesListBehaviors(user, list)) return false;
    return true;
  }

  /** Edit/delete rights on an existing item, with the list's WriteSecurity (2 own only, 4 none). */
  canWriteItem(
    user: SiteUser | null,
    list: ListInfo,
    item: ItemRecord,
    kind: PermissionKind.EditListItems | PermissionKind.DeleteListItems,
  ): boolean {
    if (!this.has(user, itemScope(list.Id, item.Id), kind)) return false;
    if (list.WriteSecurity === 2 || list.WriteSecurity === 4) {
      if (this.overridesListBehaviors(user, list)) return true;
      if (list.WriteSecurity === 4) return false;
      return item.values.Author === user?.Id;
    }
    return true;
  }
}

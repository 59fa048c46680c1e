/** OData entities for the site's objects other than items (SP.Web, SP.List, SP.Field, ...). */
import { SITE_PATH } from '../context';
import { fieldODataType } from './fieldXml';
import { listApiUrl } from './itemQuery';
import type { FieldInfo, ItemRecord, ListInfo, RoleDef, ScopeKey, SiteGroup, SiteUser } from './model';
import type { Entity } from './odata/query';
import { dirOf, listScope } from './permissions';
import type { SiteCore } from './site';
import { accessDenied } from './errors';
import { changeToken } from './changes';

/** `viewer`: the user the answer is for (group membership may be hidden from them); null for in-process reads. */
export function userEntity(core: SiteCore, u: SiteUser, viewer: SiteUser | null): Entity {
  return {
    type: 'SP.User',
    id: `${core.siteUrl()}/_api/Web/GetUserById(${u.Id})`,
    props: {
      Id: u.Id,
      IsHiddenInUI: false,
      LoginName: u.LoginName,
      Title: u.Title,
      PrincipalType: 1,
      Email: u.Email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.IsSiteAdmin,
      UserId: { NameId: u.aadId.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.UserPrincipalName,
    },
    nav: { Groups: () => [...core.store.groups.values()].filter((g) => g.members.includes(u.Id)).map((g) => groupEntity(core, g, viewer)) },
  };
}

export function groupEntity(core: SiteCore, g: SiteGroup, viewer: SiteUser | null): Entity {
  const owner = core.store.groups.get(g.OwnerId) ?? core.store.users.get(g.OwnerId);
  return {
    type: 'SP.Group',
    id: `${core.siteUrl()}/_api/Web/SiteGroups/GetById(${g.Id})`,
    props: {
      Id: g.Id,
      IsHiddenInUI: false,
      LoginName: g.Title,
      Title: g.Title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.Description,
      OnlyAllowMembersViewMembership: g.OnlyAllowMembersViewMembership,
      OwnerTitle: owner ? owner.Title : g.Title,
      RequestToJoinLeaveEmailSetting: null,
    },
    // returned only when `$select` names it, as in SharePoint
    extra: { CanCurrentUserViewMembership: () => viewer === null || core.perms.canViewMembership(viewer, g) },
    nav: {
      Users: () => {
        // `$expand=Users` of a group whose membership is hidden from the viewer is refused like `/users`
        if (viewer !== null && !core.perms.canViewMembership(viewer, g)) throw accessDenied();
        return g.members
          .map((id) => core.store.users.get(id))
          .filter((u): u is SiteUser => Boolean(u))
          .map((u) => userEntity(core, u, viewer));
      },
      Owner: () => (owner ? ('members' in owner ? groupEntity(core, owner, viewer) : userEntity(core, owner, viewer)) : null),
    },
  };
}

export function principalEntity(core: SiteCore, id: number, viewer: SiteUser | null): Entity | null {
  const u = core.store.users.get(id);
  if (u) return userEntity(core, u, viewer);
  const g = core.store.groups.get(id);
  return g ? groupEntity(core, g, viewer) : null;
}

export function roleDefEntity(core: SiteCore, d: RoleDef): Entity {
  return {
    type: 'SP.RoleDefinition',
    id: `${core.siteUrl()}/_api/Web/RoleDefinitions(${d.Id})`,
    props: {
      // Int64 values travel as strings in SharePoint's JSON
      BasePermissions: { High: String(d.High >>> 0), Low: String(d.Low >>> 0) },
      Description: d.Description,
      Hidden: d.Hidden,
      Id: d.Id,
      Name: d.Name,
      Order: d.Order,
      RoleTypeKind: d.RoleTypeKind,
    },
  };
}

export function roleAssignmentEntities(core: SiteCore, scope: ScopeKey, baseUrl: string, viewer: SiteUser | null): Entity[] {
  const eff = core.perms.effectiveScope(scope);
  const byPrincipal = new Map<number, number[]>();
  for (const a of core.store.assignments.get(eff) ?? [])
    byPrincipal.set(a.principalId, [...(byPrincipal.get(a.principalId) ?? []), a.roleDefId]);
  return [...byPrincipal.entries()].map(([pid, defs]) => ({
    type: 'SP.RoleAssignment',
    id: `${baseUrl}/RoleAssignments/GetByPrincipalId(${pid})`,
    props: { PrincipalId: pid },
    nav: {
      Member: () => principalEntity(core, pid, viewer),
      RoleDefinitionBindings: () =>
        defs
          .map((d) => core.store.roleDefs.get(d))
          .filter((d): d is RoleDef => Boolean(d))
          .map((d) => roleDefEntity(core, d)),
    },
  }));
}

export function webEntity(core: SiteCore, viewer: SiteUser | null): Entity {
  const w = core.store.web!;
  return {
    type: 'SP.Web',
    id: `${core.siteUrl()}/_api/Web`,
    props: {
      AllowRssFeeds: true,
      Created: w.Created,
      CustomMasterUrl: `${SITE_PATH}/_catalogs/masterpage/seattle.master`,
      Description: w.Description,
      HasUniqueRoleAssignments: true,
      Id: w.Id,
      IsMultilingual: true,
      Language: w.Language,
      LastItemModifiedDate: w.Created,
      ServerRelativeUrl: SITE_PATH,
      SiteLogoUrl: null,
      Title: w.Title,
      Url: core.siteUrl(),
      WebTemplate: 'GROUP',
      Configuration: 0,
      CurrentChangeToken: { StringValue: `1;2;${w.Id};${Date.now() * 10000 + 621355968000000000};-1` },
    },
    nav: {
      RootFolder: () => folderEntity(core, SITE_PATH, null),
      CurrentUser: () => null,
      AssociatedOwnerGroup: () => groupEntity(core, core.store.groups.get(w.ownerGroup)!, viewer),
      AssociatedMemberGroup: () => groupEntity(core, core.store.groups.get(w.memberGroup)!, viewer),
      AssociatedVisitorGroup: () => groupEntity(core, core.store.groups.get(w.visitorGroup)!, viewer),
    },
  };
}

/** A folder: the site's or a library's root (`item` null), or a folder item in a library. */
export function folderEntity(core: SiteCore, serverRelativeUrl: string, list: ListInfo | null, item: ItemRecord | null = null): Entity {
  const name = serverRelativeUrl.split('/').pop() ?? '';
  const inside = (it: ItemRecord): boolean => dirOf(String(it.values.FileRef ?? '')).toLowerCase() === serverRelativeUrl.toLowerCase();
  return {
    type: 'SP.Folder',
    id: `${core.siteUrl()}/_api/Web/GetFolderByServerRelativePath(decodedurl='${serverRelativeUrl}')`,
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: list ? [...core.store.itemsOf(list.Id).values()].filter(inside).length : 0,
      Name: name,
      ProgID: null,
      ServerRelativeUrl: serverRelativeUrl,
      ServerRelativePath: { DecodedUrl: serverRelativeUrl },
      TimeCreated: item?.values.Created ?? list?.Created ?? core.store.web!.Created,
      TimeLastModified: item?.values.Modified ?? list?.LastItemModifiedDate ?? core.store.web!.Created,
      UniqueId: item ? item.GUID : list ? list.Id : core.store.web!.Id,
      WelcomePage: '',
    },
  };
}

export function listEntity(core: SiteCore, list: ListInfo, viewer: SiteUser | null): Entity {
  const root = `${SITE_PATH}/${list.Url}`;
  return {
    type: 'SP.List',
    id: listApiUrl(core, list),
    etag: `"${list.fields.length}"`,
    props: {
      AllowContentTypes: list.AllowContentTypes,
      BaseTemplate: list.BaseTemplate,
      BaseType: list.BaseTemplate === 101 ? 1 : 0,
      ContentTypesEnabled: list.ContentTypesEnabled,
      Created: list.Created,
      CurrentChangeToken: { StringValue: changeToken(list.Id, core.store.lastChange(list.Id)) },
      Description: list.Description,
      EnableAttachments: list.EnableAttachments,
      EnableFolderCreation: list.BaseTemplate === 101,
      EnableMinorVersions: list.EnableMinorVersions,
      EnableModeration: false,
      EnableVersioning: list.EnableVersioning,
      EntityTypeName: list.EntityTypeName,
      ForceCheckout: list.ForceCheckout,
      HasExternalDataSource: false,
      HasUniqueRoleAssignments: core.perms.hasUnique(listScope(list.Id)),
      Hidden: list.Hidden,
      Id: list.Id,
      ItemCount: core.store.itemsOf(list.Id).size,
      LastItemDeletedDate: list.LastItemDeletedDate,
      LastItemModifiedDate: list.LastItemModifiedDate,
      ListItemEntityTypeFullName: list.ListItemEntityTypeFullName,
      MajorVersionLimit: list.MajorVersionLimit,
      NoCrawl: list.NoCrawl,
      ParentWebUrl: SITE_PATH,
      ReadSecurity: list.ReadSecurity,
      WriteSecurity: list.WriteSecurity,
      Title: list.Title,
    },
    nav: {
      RootFolder: () => folderEntity(core, root, list),
      ParentWeb: () => webEntity(core, viewer),
      Fields: () => list.fields.map((f) => fieldEntity(core, list, f)),
    },
  };
}

export function fieldEntity(core: SiteCore, list: ListInfo | null, f: FieldInfo): Entity {
  const base = list ? listApiUrl(core, list) : `${core.siteUrl()}/_api/Web`;
  const props: Record<string, unknown> = {
    CanBeDeleted: !f.FromBaseType,
    DefaultValue: f.DefaultValue,
    Description: f.Description,
    EnforceUniqueValues: f.EnforceUniqueValues,
    EntityPropertyName: f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName,
    FieldTypeKind: f.FieldTypeKind,
    FromBaseType: f.FromBaseType,
    Group: f.FromBaseType ? '_Hidden' : 'Custom Columns',
    Hidden: f.Hidden,
    Id: f.Id,
    Indexed: f.Indexed,
    InternalName: f.InternalName,
    ReadOnlyField: f.ReadOnlyField,
    Required: f.Required,
    SchemaXml: f.SchemaXml,
    Sealed: f.FromBaseType,
    StaticName: f.StaticName,
    Title: f.Title,
    TypeAsString: f.TypeAsString,
    TypeDisplayName: f.TypeAsString,
    // Members of the field's subtype; null where the subtype does not have them, so `$select` of them never fails.
    MaxLength: f.MaxLength ?? null,
    Choices: f.Choices ?? null,
    LookupList: f.LookupList === '{user-info-list}' ? `{${core.store.web?.userInfoListId ?? ''}}` : (f.LookupList ?? null),
    LookupField: f.LookupField ?? null,
    AllowMultipleValues: f.AllowMultipleValues ?? null,
    RelationshipDeleteBehavior: f.FieldTypeKind === 7 && !f.system ? (f.RelationshipDeleteBehavior ?? 0) : null,
    DisplayFormat: f.DisplayFormat ?? null,
    SelectionMode: f.SelectionMode ?? null,
  };
  return { type: fieldODataType(f), id: `${base}/Fields(guid'${f.Id}')`, props };
}

import { randomUUID } from 'crypto';
import { SITE_PATH, type TenantContext } from '../context';
import type { DirectoryUser } from '../directory';
import { builtInFields } from './builtinFields';
import { accessDenied, invalidQuery, listNotFound, SpError } from './errors';
import type { FieldInfo, ListInfo, RoleDef, SiteGroup, SiteUser } from './model';
import { schemaXml } from './fieldXml';
import { SP_LEVELS } from './permissionKinds';
import { Permissions, WEB_SCOPE } from './permissions';
import { SpStore } from './store';
import { spDate } from './values';

export const LOGIN_PREFIX = 'i:0#.f|membership|';

/** Role definitions every team site has, with SharePoint's ids and RoleTypeKinds. */
const BUILT_IN_ROLES: (Omit<RoleDef, 'High' | 'Low'> & { perms: () => { High: number; Low: number } })[] = [
  {
    Id: 1073741829,
    Name: 'Full Control',
    Description: 'Has full control.',
    Order: 1,
    RoleTypeKind: 5,
    Hidden: false,
    perms: () => SP_LEVELS.FullControl,
  },
  {
    Id: 1073741828,
    Name: 'Design',
    Description: 'Can view, add, update, delete, approve, and customize.',
    Order: 32,
    RoleTypeKind: 4,
    Hidden: false,
    perms: () => SP_LEVELS.Design,
  },
  {
    Id: 1073741830,
    Name: 'Edit',
    Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    Order: 48,
    RoleTypeKind: 6,
    Hidden: false,
    perms: () => SP_LEVELS.Edit,
  },
  {
    Id: 1073741827,
    Name: 'Contribute',
    Description: 'Can view, add, update, and delete list items and documents.',
    Order: 64,
    RoleTypeKind: 3,
    Hidden: false,
    perms: () => SP_LEVELS.Contribute,
  },
  {
    Id: 1073741826,
    Name: 'Read',
    Description: 'Can view pages and list items and download documents.',
    Order: 128,
    RoleTypeKind: 2,
    Hidden: false,
    perms: () => SP_LEVELS.Read,
  },
  {
    Id: 1073741825,
    Name: 'Limited Access',
    Description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    Order: 160,
    RoleTypeKind: 1,
    Hidden: true,
    perms: () => SP_LEVELS.LimitedAccess,
  },
];

/** Shared state and lookups of the one site; routes and the in-process API both go through it. */
export class SiteCore {
  readonly store: SpStore;
  readonly perms: Permissions;

  constructor(readonly ctx: TenantContext) {
    this.store = new SpStore(ctx.db);
    this.perms = new Permissions(this.store);
  }

  siteUrl(): string {
    return `${this.ctx.baseUrl()}${SITE_PATH}`;
  }

  now(): string {
    return spDate(this.ctx.now());
  }

  bootstrap(owner: DirectoryUser): void {
    if (this.store.web) return;
    this.store.tx(() => {
      for (const r of BUILT_IN_ROLES) {
        const { perms, ...rest } = r;
        this.store.saveRoleDef({ ...rest, ...perms() });
      }
      const created = this.now();
      const mkGroup = (Title: string, Description: string): SiteGroup => {
        // a team site's associated groups let everyone see their members, as in SharePoint Online
        const g: SiteGroup = {
          Id: this.store.nextId('principal', 3),
          Title,
          Description,
          OwnerId: 0,
          members: [],
          OnlyAllowMembersViewMembership: false,
        };
        this.store.saveGroup(g);
        return g;
      };
      const owners = mkGroup(
        'Politikerportal Owners',
        'Use this group to grant people full control permissions to the SharePoint site: Politikerportal',
      );
      const visitors = mkGroup(
        'Politikerportal Visitors',
        'Use this group to grant people read permissions to the SharePoint site: Politikerportal',
      );
      const members = mkGroup(
        'Politikerportal Members',
        'Use this group to grant people contribute permissions to the SharePoint site: Politikerportal',
      );
      for (const g of [owners, visitors, members]) this.store.saveGroup({ ...g, OwnerId: owners.Id });
      this.store.saveWeb({
        Id: randomUUID(),
        SiteId: randomUUID(),
        Title: 'Politikerportal',
        Description: '',
        Language: 1053,
        Created: created,
        ownerGroup: owners.Id,
        memberGroup: members.Id,
        visitorGroup: visitors.Id,
      });
      this.store.setUnique(WEB_SCOPE, true);
      this.createUserInfoList();
      this.store.addAssignment(WEB_SCOPE, { principalId: owners.Id, roleDefId: 1073741829 });
      this.store.addAssignment(WEB_SCOPE, { principalId: members.Id, roleDefId: 1073741830 });
      this.store.addAssignment(WEB_SCOPE, { principalId: visitors.Id, roleDefId: 1073741826 });
      const ownerUser = this.ensureUser(owner);
      this.store.saveUser({ ...ownerUser, IsSiteAdmin: true });
      this.addMember(owners.Id, ownerUser.Id);
    });
  }

  /** The hidden list SharePoint keeps site users in; people columns look up into it. */
  private createUserInfoList(): void {
    const now = this.now();
    const text = (name: string, title: string): FieldInfo => {
      const f: FieldInfo = {
        Id: randomUUID(),
        InternalName: name,
        StaticName: name,
        Title: title,
        TypeAsString: 'Text',
        FieldTypeKind: 2,
        Required: false,
        Indexed: false,
        EnforceUniqueValues: false,
        Hidden: false,
        ReadOnlyField: false,
        Description: '',
        DefaultValue: null,
        FromBaseType: true,
        MaxLength: 255,
        SchemaXml: '',
      };
      f.SchemaXml = schemaXml(f);
      return f;
    };
    const list: ListInfo = {
      Id: randomUUID(),
      Title: 'User Information List',
      Description: 'All people.',
      BaseTemplate: 112,
      Url: '_catalogs/users',
      EntityTypeName: 'UserInfo',
      ListItemEntityTypeFullName: 'SP.Data.UserInfoItem',
      EnableVersioning: false,
      ReadSecurity: 1,
      WriteSecurity: 1,
      Hidden: true,
      Created: now,
      LastItemModifiedDate: now,
      LastItemDeletedDate: now,
      ContentTypesEnabled: false,
      AllowContentTypes: true,
      NoCrawl: true,
      EnableAttachments: false,
      EnableMinorVersions: false,
      MajorVersionLimit: 0,
      ForceCheckout: false,
      NextItemId: 1,
      fields: [
        ...builtInFields(false),
        text('EMail', 'Work email'),
        text('Name', 'Account'),
        text('UserName', 'User name'),
        text('FirstName', 'First name'),
        text('LastName', 'Last name'),
        text('JobTitle', 'Job Title'),
      ],
    };
    this.store.saveList(list);
    this.store.saveWeb({ ...this.store.web!, userInfoListId: list.Id });
  }

  /** Mirrors a site user into the User Information List (item id = user id, as in SharePoint). */
  private saveUserInfoItem(su: SiteUser, dir: DirectoryUser): void {
    const listId = this.store.web?.userInfoListId;
    const list = listId ? this.store.lists.get(listId) : undefined;
    if (!list) return;
    const existing = this.store.itemsOf(list.Id).get(su.Id);
    const now = this.now();
    this.store.saveItem(list.Id, {
      Id: su.Id,
      GUID: existing?.GUID ?? randomUUID(),
      Version: (existing?.Version ?? 0) + 1,
      values: {
        ID: su.Id,
        Title: su.Title,
        EMail: su.Email,
        Name: su.LoginName,
        UserName: su.UserPrincipalName,
        FirstName: dir.givenName,
        LastName: dir.surname,
        JobTitle: dir.jobTitle,
        Created: existing?.values.Created ?? now,
        Modified: now,
        Author: su.Id,
        Editor: su.Id,
        _UIVersionString: '1.0',
      },
    });
    if (list.NextItemId <= su.Id) this.store.saveList({ ...list, NextItemId: su.Id + 1 });
  }

  ensureUser(u: DirectoryUser): SiteUser {
    const login = LOGIN_PREFIX + u.userPrincipalName.toLowerCase();
    for (const su of this.store.users.values()) if (su.LoginName === login) return su;
    const su: SiteUser = {
      Id: this.store.nextId('principal', 3),
      LoginName: login,
      Title: u.displayName,
      Email: u.mail,
      UserPrincipalName: u.userPrincipalName,
      IsSiteAdmin: false,
      aadId: u.id,
    };
    this.store.tx(() => {
      this.store.saveUser(su);
      this.saveUserInfoItem(su, u);
    });
    return su;
  }

  /** A site user from a login name (`i:0#.f|membership|upn`), a UPN or an e-mail; ensures it. */
  userByLogin(login: string): SiteUser | undefined {
    const key = login.startsWith(LOGIN_PREFIX) ? login.slice(LOGIN_PREFIX.length) : login.replace(/^i:0#\.f\|membership\|/i, '');
    const dir = this.ctx.directory.findUser(key);
    if (dir) return this.ensureUser(dir);
    return undefined;
  }

  groupByTitle(title: string): SiteGroup | undefined {
    for (const g of this.store.groups.values()) if (g.Title.toLowerCase() === title.toLowerCase()) return g;
    return undefined;
  }

  addMember(groupId: number, userId: number): void {
    const g = this.store.groups.get(groupId);
    if (!g || g.members.includes(userId)) return;
    this.store.saveGroup({ ...g, members: [...g.members, userId] });
  }

  /** The SharePoint user for a request; 401 without a token, 403 without any access to the site. */
  requestUser(user: DirectoryUser | null): SiteUser {
    if (!user)
      throw new SpError(
        401,
        '-2147024891, System.UnauthorizedAccessException',
        'Access denied. You do not have permission to perform this action or access this resource.',
      );
    const existing = [...this.store.users.values()].find((u) => u.aadId === user.id);
    const su = existing ?? this.ensureUserIfAllowed(user);
    if (!this.perms.hasAnyAccess(su)) throw accessDenied();
    return su;
  }

  private ensureUserIfAllowed(user: DirectoryUser): SiteUser {
    // SharePoint adds a visitor to the user info list on first visit; a stranger is refused before that.
    const probe: SiteUser = { Id: -1, LoginName: '', Title: '', Email: '', UserPrincipalName: '', IsSiteAdmin: false, aadId: user.id };
    if (!this.perms.hasAnyAccess(probe)) throw accessDenied();
    return this.ensureUser(user);
  }

  listByTitle(title: string): ListInfo {
    for (const l of this.store.lists.values()) if (l.Title.toLowerCase() === title.toLowerCase()) return l;
    throw listNotFound(title, this.siteUrl());
  }

  listById(id: string): ListInfo {
    const l = this.store.lists.get(id.replace(/[{}]/g, '').toLowerCase());
    if (!l)
      throw new SpError(
        404,
        '-1, System.ArgumentException',
        'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
      );
    return l;
  }

  /** By web-relative (`Lists/Bodies`) or server-relative (`/sites/politikerportal/Lists/Bodies`) URL. */
  listByUrl(url: string): ListInfo | undefined {
    let rel = url.replace(/^https?:\/\/[^/]+/i, '');
    if (rel.toLowerCase().startsWith(SITE_PATH + '/')) rel = rel.slice(SITE_PATH.length + 1);
    rel = rel.replace(/^\/+|\/+$/g, '').toLowerCase();
    for (const l of this.store.lists.values()) if (l.Url.toLowerCase() === rel) return l;
    return undefined;
  }

  listByUrlOrThrow(url: string): ListInfo {
    const l = this.listByUrl(url);
    if (!l) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    return l;
  }

  createList(props: {
    Title: string;
    Description?: string;
    BaseTemplate?: number;
    EnableVersioning?: boolean;
    [k: string]: unknown;
  }): ListInfo {
    const template = props.BaseTemplate ?? 100;
    if (template !== 100 && template !== 101) throw invalidQuery(`The list template ${template} is not supported by the local tenant.`);
    const title = String(props.Title ?? '').trim();
    if (!title) throw invalidQuery('The list title is required.');
    if ([...this.store.lists.values()].some((l) => l.Title.toLowerCase() === title.toLowerCase())) {
      throw new SpError(
        500,
        '-2130575342, Microsoft.SharePoint.SPException',
        `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
      );
    }
    const library = template === 101;
    // SharePoint derives the URL from the title at creation, dropping characters URLs cannot hold.
    const leaf = title.replace(/[\s~"#%&*:<>?/\\{|}.]+/g, '');
    const url = library ? leaf : `Lists/${leaf}`;
    if (this.listByUrl(url))
      throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list or library with this URL already exists.');
    const entity = leaf.replace(/[^A-Za-z0-9_]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
    const now = this.now();
    const list: ListInfo = {
      Id: randomUUID(),
      Title: title,
      Description: String(props.Description ?? ''),
      BaseTemplate: template,
      Url: url,
      EntityTypeName: library ? entity : `${entity}List`,
      ListItemEntityTypeFullName: library ? `SP.Data.${entity}Item` : `SP.Data.${entity}ListItem`,
      EnableVersioning: props.EnableVersioning !== undefined ? Boolean(props.EnableVersioning) : library,
      ReadSecurity: 1,
      WriteSecurity: 1,
      Hidden: false,
      Created: now,
      LastItemModifiedDate: now,
      LastItemDeletedDate: now,
      ContentTypesEnabled: Boolean(props.ContentTypesEnabled),
      AllowContentTypes: props.AllowContentTypes !== undefined ? Boolean(props.AllowContentTypes) : true,
      NoCrawl: false,
      EnableAttachments: !library,
      EnableMinorVersions: false,
      MajorVersionLimit: 500,
      ForceCheckout: false,
      NextItemId: 1,
      fields: builtInFields(library),
    };
    this.store.saveList(list);
    return list;
  }
}

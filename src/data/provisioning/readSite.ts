import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { lists as schemaLists } from '../schema/lists';
import type { FieldSnapshot, ListSnapshot, RoleAssignmentSnapshot, SiteSnapshot } from './snapshot';

/** Reads what provisioning compares: two round trips (site-wide facts, then one `$batch` for the portal's lists). */
export async function readSite(sp: SPFI): Promise<SiteSnapshot> {
  const [web, levels, siteGroups, owner, webAssignments, allLists] = await Promise.all([
    sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>(),
    sp.web.roleDefinitions.select('Id', 'Name', 'Description', 'BasePermissions', 'RoleTypeKind')<RawLevel[]>(),
    sp.web.siteGroups.select('Id', 'Title', 'Description', 'OnlyAllowMembersViewMembership')<
      { Id: number; Title: string; Description: string | null; OnlyAllowMembersViewMembership: boolean }[]
    >(),
    sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>(),
    sp.web.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<RawAssignment[]>(),
    sp.web.lists
      .select(
        'Id',
        'Title',
        'Description',
        'BaseTemplate',
        'EnableVersioning',
        'ReadSecurity',
        'WriteSecurity',
        'HasUniqueRoleAssignments',
        'RootFolder/ServerRelativeUrl',
      )
      .expand('RootFolder')<RawList[]>(),
  ]);
  const webUrl = web.ServerRelativeUrl.replace(/\/$/, '');
  const portalUrls = new Set(schemaLists.map((l) => l.url.toLowerCase()));
  const ours = allLists
    .map((l) => ({ raw: l, url: l.RootFolder.ServerRelativeUrl.slice(webUrl.length + 1) }))
    .filter((l) => portalUrls.has(l.url.toLowerCase()));

  const [batched, execute] = sp.batched();
  const details = ours.map((l) => {
    const list = batched.web.lists.getById(l.raw.Id);
    return {
      fields: list.fields
        .filter('Hidden eq false')
        .select(
          'InternalName',
          'Title',
          'TypeAsString',
          'Required',
          'Indexed',
          'EnforceUniqueValues',
          'Choices',
          'MaxLength',
          'LookupList',
          'RelationshipDeleteBehavior',
        )<RawField[]>(),
      assignments: list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
        RawAssignment[]
      >(),
    };
  });
  if (ours.length) await execute();

  const lists: ListSnapshot[] = [];
  for (let i = 0; i < ours.length; i++) {
    const { raw, url } = ours[i];
    lists.push({
      id: raw.Id.toLowerCase(),
      url,
      title: raw.Title,
      description: raw.Description ?? '',
      template: raw.BaseTemplate,
      versioning: raw.EnableVersioning,
      readSecurity: raw.ReadSecurity,
      writeSecurity: raw.WriteSecurity,
      hasUniqueRoleAssignments: raw.HasUniqueRoleAssignments,
      fields: (await details[i].fields).map(toField),
      assignments: (await details[i].assignments).map(toAssignment),
    });
  }
  return {
    levels: levels.map((l) => ({
      id: l.Id,
      name: l.Name,
      description: l.Description ?? '',
      permissions: { High: Number(l.BasePermissions.High), Low: Number(l.BasePermissions.Low) },
      roleTypeKind: l.RoleTypeKind,
    })),
    groups: siteGroups.map((g) => ({
      id: g.Id,
      title: g.Title,
      description: g.Description ?? '',
      onlyMembersSeeMembers: Boolean(g.OnlyAllowMembersViewMembership),
    })),
    ownerGroupId: owner.Id,
    webAssignments: webAssignments.map(toAssignment),
    lists,
  };
}

interface RawLevel {
  Id: number;
  Name: string;
  Description: string | null;
  BasePermissions: { High: string | number; Low: string | number };
  RoleTypeKind: number;
}
interface RawAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number }[] | { results: { Id: number }[] };
}
interface RawList {
  Id: string;
  Title: string;
  Description: string | null;
  BaseTemplate: number;
  EnableVersioning: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  HasUniqueRoleAssignments: boolean;
  RootFolder: { ServerRelativeUrl: string };
}
interface RawField {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[] | { results: string[] } | null;
  MaxLength?: number | null;
  LookupList?: string | null;
  RelationshipDeleteBehavior?: number | null;
}

/** Collections come as arrays in JSON light and as `{ results }` in verbose JSON. */
function arr<T>(v: T[] | { results: T[] } | null | undefined): T[] {
  if (!v) return [];
  return Array.isArray(v) ? v : v.results;
}

function toAssignment(a: RawAssignment): RoleAssignmentSnapshot {
  return { principalId: a.PrincipalId, roleDefIds: arr(a.RoleDefinitionBindings).map((r) => r.Id) };
}

function toField(f: RawField): FieldSnapshot {
  const choices = f.Choices ? arr(f.Choices) : null;
  return {
    internalName: f.InternalName,
    title: f.Title,
    typeAsString: f.TypeAsString,
    required: f.Required,
    indexed: f.Indexed,
    unique: f.EnforceUniqueValues,
    choices: choices && choices.length ? choices : null,
    maxLength: f.TypeAsString === 'Text' && typeof f.MaxLength === 'number' ? f.MaxLength : null,
    lookupListId: f.LookupList ? f.LookupList.replace(/[{}]/g, '').toLowerCase() || null : null,
    deleteBehavior: f.TypeAsString === 'Lookup' ? (f.RelationshipDeleteBehavior ?? 0) : null,
  };
}

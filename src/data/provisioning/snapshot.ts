import type { BasePermissions } from '../schema/permissions';

/** What provisioning needs to know about a site, read once; plain data so the diff stays pure. */
export interface SiteSnapshot {
  levels: { id: number; name: string; description: string; permissions: BasePermissions; roleTypeKind: number }[];
  /** `onlyMembersSeeMembers`: SharePoint's OnlyAllowMembersViewMembership. */
  groups: { id: number; title: string; description: string; onlyMembersSeeMembers: boolean }[];
  ownerGroupId: number;
  webAssignments: RoleAssignmentSnapshot[];
  lists: ListSnapshot[];
}

export interface RoleAssignmentSnapshot {
  principalId: number;
  roleDefIds: number[];
}

export interface ListSnapshot {
  id: string;
  /** Site-relative URL, e.g. `Lists/Bodies`. */
  url: string;
  title: string;
  description: string;
  template: number;
  versioning: boolean;
  readSecurity: number;
  writeSecurity: number;
  hasUniqueRoleAssignments: boolean;
  assignments: RoleAssignmentSnapshot[];
  fields: FieldSnapshot[];
}

export interface FieldSnapshot {
  internalName: string;
  title: string;
  typeAsString: string;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  choices: string[] | null;
  maxLength: number | null;
  /** Lookup target list id (GUID without braces, lower case), or null. */
  lookupListId: string | null;
  /** Lookups: what deleting a looked-up item does (0 none, 1 cascade, 2 restrict); null otherwise. */
  deleteBehavior: number | null;
}

/** The site's objects as the emulation keeps them (JSON in SQLite, mirrored in memory). */

export interface FieldInfo {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Description: string;
  DefaultValue: string | null;
  MaxLength?: number;
  Choices?: string[];
  /** Lookup: target list id (GUID without braces, lower case); User: the user info list. */
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  /** Lookup relationship: 1 Cascade (delete referencing items), 2 Restrict (refuse deleting a referenced item). */
  RelationshipDeleteBehavior?: number;
  /** DateTime: 0 DateOnly, 1 DateTime. */
  DisplayFormat?: number;
  SelectionMode?: number;
  Decimals?: number;
  /** Number/Integer/Currency: the `Min` and `Max` of the field's XML. */
  MinimumValue?: number;
  MaximumValue?: number;
  FromBaseType: boolean;
  /** Built-in column the server computes (ID, Created, Author, FileRef, ...); never written by a client. */
  system?: boolean;
  SchemaXml: string;
}

export interface ListInfo {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  /** Web-relative URL of the root folder: `Lists/Bodies` or `MeetingDocuments`. */
  Url: string;
  EntityTypeName: string;
  ListItemEntityTypeFullName: string;
  EnableVersioning: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  Hidden: boolean;
  Created: string;
  LastItemModifiedDate: string;
  LastItemDeletedDate: string;
  ContentTypesEnabled: boolean;
  AllowContentTypes: boolean;
  NoCrawl: boolean;
  EnableAttachments: boolean;
  EnableMinorVersions: boolean;
  MajorVersionLimit: number;
  ForceCheckout: boolean;
  NextItemId: number;
  fields: FieldInfo[];
}

/** An item's values in storage form: lookups/users as ids (arrays when multi), dates as ISO UTC. */
export type ItemValues = Record<string, unknown>;

export interface ItemRecord {
  Id: number;
  GUID: string;
  /** Item version number; the ETag is `"<Version>"`. */
  Version: number;
  values: ItemValues;
  /** Libraries: the file's name and byte length; the bytes live in sp_files. */
  file?: { name: string; size: number; uniqueId: string };
}

export interface SiteUser {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  UserPrincipalName: string;
  IsSiteAdmin: boolean;
  /** Directory object id. */
  aadId: string;
}

export interface SiteGroup {
  Id: number;
  Title: string;
  Description: string;
  OwnerId: number;
  members: number[];
  /** "Who can view the membership of the group": true = only its members (and those who manage it). */
  OnlyAllowMembersViewMembership: boolean;
}

export interface RoleDef {
  Id: number;
  Name: string;
  Description: string;
  Order: number;
  RoleTypeKind: number;
  Hidden: boolean;
  High: number;
  Low: number;
}

/** A securable scope key: `web`, `list:<id>` or `item:<listId>:<itemId>`. */
export type ScopeKey = string;

export interface Assignment {
  principalId: number;
  roleDefId: number;
}

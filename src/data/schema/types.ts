import type { GroupKey, LevelKey } from './permissions';

/** SharePoint field types the portal uses; names follow SP's `Type` attribute in field XML. */
export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Integer'
  | 'Currency'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'URL';

export interface FieldDef {
  /** InternalName: stable, English; code, flows and reports depend on it. */
  readonly name: string;
  /** Display name in Swedish (the site language). */
  readonly title: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Indexed: every column used in a filter or sort (lists grow past 5 000 items). */
  readonly indexed?: boolean;
  /** EnforceUniqueValues; SharePoint requires the column to be indexed as well. */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  /** Lookup target, by list key. */
  readonly lookupList?: ListKey;
  /** Text: SharePoint's MaxLength (at most 255). */
  readonly maxLength?: number;
  /** DateTime: date only (Format="DateOnly"). */
  readonly dateOnly?: boolean;
  /** Lookup/User: where the target is deleted, block deletion (referential integrity). */
  readonly restrictDelete?: boolean;
  readonly description?: string;
}

export type ListKey =
  | 'Bodies'
  | 'Assignments'
  | 'Meetings'
  | 'AgendaItems'
  | 'MeetingDocuments'
  | 'Attendance'
  | 'Conflicts'
  | 'SpeakerRequests'
  | 'Proposals'
  | 'Votes'
  | 'Ballots'
  | 'LiveState'
  | 'Dissents'
  | 'Minutes'
  | 'Signatures'
  | 'NoticeBoard'
  | 'ClaimDrafts'
  | 'Claims'
  | 'ClaimEvents'
  | 'Settings';

/** SharePoint list templates: 100 = custom list, 101 = document library. */
export type ListTemplate = 100 | 101;

/** SharePoint ReadSecurity: 1 = all items, 2 = only items the user created. */
export type ReadSecurity = 1 | 2;
/** SharePoint WriteSecurity: 1 = all items, 2 = only own items, 4 = none. */
export type WriteSecurity = 1 | 2 | 4;

export interface ListRole {
  readonly group: GroupKey | 'Owners';
  readonly level: LevelKey;
}

export interface ListDef {
  readonly key: ListKey;
  /** Server-relative to the site: `Lists/Bodies` or `MeetingDocuments`. Never changes. */
  readonly url: string;
  /** Swedish title shown in SharePoint. */
  readonly title: string;
  readonly description: string;
  readonly template: ListTemplate;
  /** Display name of the built-in Title column, or `null` where the list does not use it. */
  readonly titleField: string | null;
  readonly fields: readonly FieldDef[];
  readonly versioning: boolean;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  /**
   * When set, the list stops inheriting site permissions and gets exactly these roles.
   * When absent, the list inherits the site's groups and levels.
   */
  readonly roles?: readonly ListRole[];
}

/**
 * Permission levels and groups of the portal site, as data.
 * Bits follow SharePoint's SP.PermissionKind: kind n sets bit (n - 1) of the 64-bit mask,
 * split into Low (kinds 1..32) and High (kinds 33..64).
 *
 * Why not @pnp/sp/security's PermissionKind here: this schema is also loaded by the Node local
 * tenant, where the ESM-only PnPjs does not load; the data code checks permissions with the
 * library's PermissionKind and hasPermissions. The values are SharePoint's, and a unit test pins
 * them to the library's. What the library lacks is building a mask from kinds (the portal's
 * custom levels) and comparing masks (provisioning).
 */
export enum PermissionKind {
  ViewListItems = 1,
  AddListItems = 2,
  EditListItems = 3,
  DeleteListItems = 4,
  ApproveItems = 5,
  OpenItems = 6,
  ViewVersions = 7,
  DeleteVersions = 8,
  /** "Override List Behaviors": reads and edits every item despite item-level security. */
  CancelCheckout = 9,
  ManagePersonalViews = 10,
  ManageLists = 12,
  ViewFormPages = 13,
  Open = 17,
  ViewPages = 18,
  AddAndCustomizePages = 19,
  ApplyThemeAndBorder = 20,
  ApplyStyleSheets = 21,
  ViewUsageData = 22,
  CreateSSCSite = 23,
  ManageSubwebs = 24,
  CreateGroups = 25,
  ManagePermissions = 26,
  BrowseDirectories = 27,
  BrowseUserInfo = 28,
  AddDelPrivateWebParts = 29,
  UpdatePersonalWebParts = 30,
  ManageWeb = 31,
  UseClientIntegration = 37,
  UseRemoteAPIs = 38,
  ManageAlerts = 39,
  CreateAlerts = 40,
  EditMyUserInfo = 41,
  EnumeratePermissions = 63,
  FullMask = 65,
}

export interface BasePermissions {
  High: number;
  Low: number;
}

export function toBasePermissions(kinds: readonly PermissionKind[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    if (kind === PermissionKind.FullMask) return { High: 0x7fffffff, Low: 0xffffffff };
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

/** For the local tenant's imports only (it gets its own copy on its branch); the data code uses @pnp/sp/security's hasPermissions. */
export function hasPermission(perms: BasePermissions, kind: PermissionKind): boolean {
  if (kind === PermissionKind.FullMask) return perms.High === 0x7fffffff && perms.Low === 0xffffffff;
  const bit = kind - 1;
  return bit < 32 ? ((perms.Low >>> bit) & 1) === 1 : ((perms.High >>> (bit - 32)) & 1) === 1;
}

export function unionPermissions(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

export function samePermissions(a: BasePermissions, b: BasePermissions): boolean {
  return a.High >>> 0 === b.High >>> 0 && a.Low >>> 0 === b.Low >>> 0;
}

const READ: readonly PermissionKind[] = [
  PermissionKind.ViewListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewVersions,
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.ViewPages,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseClientIntegration,
  PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts,
  // SharePoint's own Read level carries this bit too; kept so the levels compare equal.
  PermissionKind.CreateSSCSite,
];

const CONTRIBUTE: readonly PermissionKind[] = [
  ...READ,
  PermissionKind.AddListItems,
  PermissionKind.EditListItems,
  PermissionKind.DeleteListItems,
  PermissionKind.DeleteVersions,
  PermissionKind.ManagePersonalViews,
  PermissionKind.BrowseDirectories,
  PermissionKind.AddDelPrivateWebParts,
  PermissionKind.UpdatePersonalWebParts,
  PermissionKind.EditMyUserInfo,
];

/** Built-in SharePoint levels the portal relies on (they exist on every team site). */
export const builtInLevels = {
  FullControl: { name: 'Full Control', roleTypeKind: 5, permissions: toBasePermissions([PermissionKind.FullMask]) },
  Edit: { name: 'Edit', roleTypeKind: 6, permissions: toBasePermissions([...CONTRIBUTE, PermissionKind.ManageLists]) },
  Contribute: { name: 'Contribute', roleTypeKind: 3, permissions: toBasePermissions(CONTRIBUTE) },
  Read: { name: 'Read', roleTypeKind: 2, permissions: toBasePermissions(READ) },
} as const;

export type BuiltInLevelKey = keyof typeof builtInLevels;

export interface PermissionLevelDef {
  key: string;
  name: string;
  description: string;
  kinds: readonly PermissionKind[];
}

/** Custom levels the portal adds to the site. */
export const customLevels = {
  /** Members write events they can never change or remove afterwards (DESIGN §4). */
  AddAndView: {
    key: 'AddAndView',
    name: 'Politikerportal Lägg till och visa',
    description:
      'Visa objekt och lägga till nya, men inte ändra eller ta bort. För listor där förtroendevalda skriver händelser (röster, förhinder, yrkanden, justeringar).',
    kinds: [...READ, PermissionKind.AddListItems],
  },
  /**
   * The clerks and the presidium start a live meeting: they create its live-state item and give it
   * its own permissions, so that only that meeting's chair, vice chairs and the body's clerks write it.
   */
  MeetingControl: {
    key: 'MeetingControl',
    name: 'Politikerportal Mötesledning',
    description:
      'Skapa mötesläget för ett sammanträde och ge det egna behörigheter: bara sammanträdets ordförande, vice ordförande och organets sekreterare får sedan ändra det.',
    kinds: [...CONTRIBUTE, PermissionKind.ManagePermissions, PermissionKind.EnumeratePermissions],
  },
  /**
   * A decision step's own permissions (Lists/Votes, see itemPermissions.ts): the meeting's staff
   * record the procedure and may correct it, but never delete a step — a vote and its ballots stay
   * on record for the minutes.
   */
  RecordKeeping: {
    key: 'RecordKeeping',
    name: 'Politikerportal Protokollför',
    description:
      'Visa, lägga till och ändra objekt men inte ta bort dem. Ges sammanträdets ordförande, vice ordförande och sekreterare på varje beslutssteg.',
    kinds: CONTRIBUTE.filter((k) => k !== PermissionKind.DeleteListItems && k !== PermissionKind.DeleteVersions),
  },
  /**
   * Write a record and lock it at once (Lists/Claims for the claimant, Lists/ClaimEvents for the
   * attestant and payroll): add and view, and set the new item's own permissions, but never edit
   * or delete — after locking, the writer holds only Read on it (DESIGN §4).
   */
  RecordSending: {
    key: 'RecordSending',
    name: 'Politikerportal Skicka och låsa',
    description:
      'Lägga till ett objekt och direkt ge det egna behörigheter (bara läsa för den som skrev det), men aldrig ändra eller ta bort. För skickade ersättningsanspråk och för attest, återvisning och överföring till lön.',
    kinds: [...READ, PermissionKind.AddListItems, PermissionKind.ManagePermissions, PermissionKind.EnumeratePermissions],
  },
  /**
   * Attestants and payroll on Lists/Claims: as RecordSending (they claim too), and "override list
   * behaviours", so that a claim's own permissions, not the list's read-own-items rule, decide whether
   * they read it: each sent claim is readable only by its claimant, its body's attestants and payroll.
   */
  ClaimReview: {
    key: 'ClaimReview',
    name: 'Politikerportal Granska anspråk',
    description:
      'Läsa de ersättningsanspråk som getts personen (attestanter för sitt organ, lön), lägga till egna och låsa dem; aldrig ändra eller ta bort.',
    kinds: [
      ...READ,
      PermissionKind.AddListItems,
      PermissionKind.ManagePermissions,
      PermissionKind.EnumeratePermissions,
      PermissionKind.CancelCheckout,
    ],
  },
  /** Payroll sees and handles every claim despite the claim list's own-items-only security. */
  Payroll: {
    key: 'Payroll',
    name: 'Politikerportal Lönehantering',
    description: 'Läsa, attestera och föra över alla ersättningsanspråk, även andras (åsidosätter listans objektbehörighet).',
    kinds: [...CONTRIBUTE, PermissionKind.CancelCheckout],
  },
} satisfies Record<string, PermissionLevelDef>;

export type CustomLevelKey = keyof typeof customLevels;
export type LevelKey = BuiltInLevelKey | CustomLevelKey;

export { groups, type GroupDef, type GroupKey } from './groups';

export function levelName(key: LevelKey): string {
  return key in customLevels ? customLevels[key as CustomLevelKey].name : builtInLevels[key as BuiltInLevelKey].name;
}

export function levelPermissions(key: LevelKey): BasePermissions {
  return key in customLevels
    ? toBasePermissions(customLevels[key as CustomLevelKey].kinds)
    : builtInLevels[key as BuiltInLevelKey].permissions;
}

/**
 * SharePoint's own SP.PermissionKind values and base-permission masks, written from Microsoft's
 * documented enumeration (SP.PermissionKind, Microsoft.SharePoint.Client) — not shared with the
 * portal, so a wrong bit in the portal is caught by the stand-in rather than mirrored by it.
 */
export enum PermissionKind {
  EmptyMask = 0,
  ViewListItems = 1,
  AddListItems = 2,
  EditListItems = 3,
  DeleteListItems = 4,
  ApproveItems = 5,
  OpenItems = 6,
  ViewVersions = 7,
  DeleteVersions = 8,
  CancelCheckout = 9,
  ManagePersonalViews = 10,
  ManageLists = 12,
  ViewFormPages = 13,
  AnonymousSearchAccessList = 14,
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
  AnonymousSearchAccessWebLists = 32,
  UseClientIntegration = 37,
  UseRemoteAPIs = 38,
  ManageAlerts = 39,
  CreateAlerts = 40,
  EditMyUserInfo = 41,
  EnumeratePermissions = 63,
  FullMask = 65,
}

/** SP.BasePermissions: kind k is bit k-1 of the 64-bit mask, Low holding bits 0–31. */
export interface BasePermissions {
  High: number;
  Low: number;
}

const FULL_HIGH = 0x7fffffff;
const FULL_LOW = 0xffffffff;

export function toBasePermissions(kinds: readonly PermissionKind[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    if (kind === PermissionKind.FullMask) return { High: FULL_HIGH, Low: FULL_LOW };
    if (kind === PermissionKind.EmptyMask) continue;
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}

export function hasPermission(perms: BasePermissions, kind: PermissionKind): boolean {
  if (kind === PermissionKind.FullMask) return perms.High >>> 0 === FULL_HIGH && perms.Low >>> 0 === FULL_LOW;
  if (kind === PermissionKind.EmptyMask) return true;
  const bit = kind - 1;
  return bit < 32 ? ((perms.Low >>> bit) & 1) === 1 : ((perms.High >>> (bit - 32)) & 1) === 1;
}

export function unionPermissions(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { High: (a.High | b.High) >>> 0, Low: (a.Low | b.Low) >>> 0 };
}

const K = PermissionKind;
const LIMITED = [K.ViewFormPages, K.Open, K.BrowseUserInfo, K.UseClientIntegration, K.UseRemoteAPIs];
const READ = [...LIMITED, K.ViewListItems, K.OpenItems, K.ViewVersions, K.ViewPages, K.CreateSSCSite, K.CreateAlerts];
const CONTRIBUTE = [
  ...READ,
  K.AddListItems,
  K.EditListItems,
  K.DeleteListItems,
  K.DeleteVersions,
  K.ManagePersonalViews,
  K.BrowseDirectories,
  K.AddDelPrivateWebParts,
  K.UpdatePersonalWebParts,
  K.EditMyUserInfo,
];
const EDIT = [...CONTRIBUTE, K.ManageLists];
const DESIGN = [...EDIT, K.ApproveItems, K.CancelCheckout, K.AddAndCustomizePages, K.ApplyThemeAndBorder, K.ApplyStyleSheets];

/** The permission levels every SharePoint team site has (SharePoint's, not the portal's). */
export const SP_LEVELS = {
  FullControl: toBasePermissions([K.FullMask]),
  Design: toBasePermissions(DESIGN),
  Edit: toBasePermissions(EDIT),
  Contribute: toBasePermissions(CONTRIBUTE),
  Read: toBasePermissions(READ),
  LimitedAccess: toBasePermissions(LIMITED),
} as const;

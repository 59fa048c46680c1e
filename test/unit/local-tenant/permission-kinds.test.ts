import {
  hasPermission,
  PermissionKind,
  SP_LEVELS,
  toBasePermissions,
  unionPermissions,
} from '../../../tools/local-tenant/src/sharepoint/permissionKinds';

// Values as SharePoint Online documents and reports them (SP.PermissionKind; role definitions' BasePermissions).
describe("the local tenant's own SP.PermissionKind", () => {
  it('puts kinds on the documented bits', () => {
    expect(toBasePermissions([PermissionKind.ViewListItems])).toEqual({ High: 0, Low: 1 });
    expect(toBasePermissions([PermissionKind.ManagePermissions])).toEqual({ High: 0, Low: 2 ** 25 });
    expect(toBasePermissions([PermissionKind.UseClientIntegration])).toEqual({ High: 2 ** 4, Low: 0 });
    expect(toBasePermissions([PermissionKind.EnumeratePermissions])).toEqual({ High: 2 ** 30, Low: 0 });
    expect(toBasePermissions([PermissionKind.FullMask])).toEqual({ High: 2147483647, Low: 4294967295 });
  });

  it("builds SharePoint's built-in levels with SharePoint's masks", () => {
    expect(SP_LEVELS.Read).toEqual({ High: 176, Low: 138612833 });
    expect(SP_LEVELS.Contribute).toEqual({ High: 432, Low: 1011028719 });
    expect(SP_LEVELS.Edit).toEqual({ High: 432, Low: 1011030767 });
    expect(SP_LEVELS.Design).toEqual({ High: 432, Low: 1012866047 });
    expect(SP_LEVELS.LimitedAccess).toEqual({ High: 48, Low: 134287360 });
  });

  it('tests and unions masks', () => {
    const readAdd = unionPermissions(SP_LEVELS.Read, toBasePermissions([PermissionKind.AddListItems]));
    expect(hasPermission(readAdd, PermissionKind.AddListItems)).toBe(true);
    expect(hasPermission(readAdd, PermissionKind.EditListItems)).toBe(false);
    expect(hasPermission(SP_LEVELS.Read, PermissionKind.CreateAlerts)).toBe(true);
    expect(hasPermission(SP_LEVELS.Edit, PermissionKind.FullMask)).toBe(false);
    expect(hasPermission(SP_LEVELS.FullControl, PermissionKind.EnumeratePermissions)).toBe(true);
  });
});

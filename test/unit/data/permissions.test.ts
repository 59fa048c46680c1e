import { PermissionKind as LibraryKind } from '@pnp/sp/security';
import { hasPermissions } from '@pnp/sp/security/funcs.js';
import { customLevels, levelPermissions, PermissionKind } from '../../../src/data/schema/permissions';

describe("the schema's permission kinds", () => {
  it("are SharePoint's, as @pnp/sp/security has them", () => {
    for (const [name, value] of Object.entries(PermissionKind)) {
      if (typeof value === 'number') expect([name, LibraryKind[name as keyof typeof LibraryKind]]).toEqual([name, value]);
    }
  });

  it('build masks the library reads back: members add and view, never edit', () => {
    const mask = levelPermissions('AddAndView');
    expect(customLevels.AddAndView.kinds.every((k) => hasPermissions(mask, k as unknown as LibraryKind))).toBe(true);
    expect(hasPermissions(mask, LibraryKind.AddListItems)).toBe(true);
    expect(hasPermissions(mask, LibraryKind.EditListItems)).toBe(false);
    expect(hasPermissions(mask, LibraryKind.DeleteListItems)).toBe(false);
  });
});

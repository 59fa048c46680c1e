import * as fs from 'fs';
import * as path from 'path';
import { CONSENTED_SCOPES } from '../../../tools/local-tenant/src/authority/registration';

describe('the local registration consents what the package requests', () => {
  it("grants exactly the SPFx package's Microsoft Graph permissions, Mail.Send among them", () => {
    const file = path.join(__dirname, '../../../config/package-solution.json');
    const requested = (JSON.parse(fs.readFileSync(file, 'utf8')).solution.webApiPermissionRequests as { resource: string; scope: string }[])
      .filter((r) => r.resource === 'Microsoft Graph')
      .map((r) => r.scope)
      .sort();
    expect(CONSENTED_SCOPES.graph.split(' ').sort()).toEqual(requested);
    expect(requested).toContain('Mail.Send');
  });
});

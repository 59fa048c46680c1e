// Placeholder: the SharePoint REST emulation is being written (see sharepoint/README.md when done).
import type { TenantContext } from '../context';
import type { DirectoryUser } from '../directory';
import type { TenantRequest, TenantResponse } from '../http';

export class SharePointSite {
  constructor(readonly ctx: TenantContext) {}
  isBootstrapped(): boolean {
    return false;
  }
  bootstrap(_owner: DirectoryUser): void {}
  async handle(_req: TenantRequest): Promise<TenantResponse> {
    return { status: 501 };
  }
}

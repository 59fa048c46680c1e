// Placeholder: the Microsoft Graph emulation is being written.
import type { TenantContext } from '../context';
import type { TenantRequest, TenantResponse } from '../http';

export class GraphService {
  constructor(readonly ctx: TenantContext) {}
  async handle(_req: TenantRequest): Promise<TenantResponse> {
    return { status: 501 };
  }
}

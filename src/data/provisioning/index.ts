import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { hasPermissions } from '@pnp/sp/security/funcs.js';
import type { ProvisioningService } from '../services';
import { toDataError } from '../errors';
import { applyPlan } from './apply';
import { diffSite } from './diff';
import { readSite } from './readSite';
import type { Feature } from '../compose';

export { diffSite } from './diff';
export { readSite } from './readSite';
export { applyPlan } from './apply';

/** Provisioning as the setup web part and the local tenant's first start use it. */
export function createProvisioningService(sp: SPFI): ProvisioningService {
  return {
    async canManage() {
      try {
        const perms = await sp.web.getCurrentUserEffectivePermissions();
        const p = { High: Number(perms.High), Low: Number(perms.Low) };
        return (
          hasPermissions(p, PermissionKind.ManageLists) &&
          hasPermissions(p, PermissionKind.ManagePermissions) &&
          hasPermissions(p, PermissionKind.ManageWeb)
        );
      } catch (e) {
        const err = await toDataError(e);
        if (err.kind === 'forbidden') return false;
        throw err;
      }
    },
    async inspect() {
      try {
        return diffSite(await readSite(sp));
      } catch (e) {
        throw await toDataError(e);
      }
    },
    apply: (plan, onProgress) => applyPlan(sp, plan, onProgress),
  };
}

/** Inspect and apply until nothing is left (the local tenant's first start, scripts). */
export async function provisionSite(sp: SPFI, log: (line: string) => void = () => undefined): Promise<number> {
  const service = createProvisioningService(sp);
  const plan = await service.inspect();
  if (!plan.steps.length) return 0;
  // the last report (done === total) says the run finished; every other one names the step starting
  const result = await service.apply(plan, (p) => {
    if (p.done < p.total) log(`  [${p.done + 1}/${p.total}] ${p.step.kind} ${p.step.subject}${p.step.field ? ' · ' + p.step.field : ''}`);
  });
  if (result.failed)
    throw new Error(`Provisioning stopped at ${result.failed.step.id}: ${result.failed.error.code}: ${result.failed.error.message}`);
  return result.applied.length;
}

export const provisioningFeature: Feature<'provisioning'> = (b) => createProvisioningService(b.sp);

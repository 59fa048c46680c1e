import type { SPFI } from '@pnp/sp';
import { createProvisioningService } from './provisioning';
import { createMeetingsRepository } from './repositories/meetings';
import type { Clock, CurrentUser, Links, Services } from './services';

/** The one place Services are assembled; both hosts call it with their own PnPjs instance. */
export function createServices(parts: { sp: SPFI; webUrl: string; user: CurrentUser; locale: string; links: Links; clock?: Clock }): Services {
  const clock = parts.clock ?? { now: () => new Date() };
  return {
    user: parts.user,
    clock,
    locale: parts.locale,
    links: parts.links,
    meetings: createMeetingsRepository(parts.sp, parts.webUrl.replace(/\/$/, ''), parts.user, () => clock.now(), parts.links),
    provisioning: createProvisioningService(parts.sp),
  };
}

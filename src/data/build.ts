import type { SPFI } from '@pnp/sp';
import { createCalendarRepository } from './graph/calendar';
import { createDirectoryRepository } from './graph/directory';
import { createMailRepository } from './graph/mail';
import { createProvisioningService } from './provisioning';
import { createClerkRepository } from './repositories/clerkRepository';
import { createMeetingRepository } from './repositories/meeting';
import { createMeetingsRepository } from './repositories/meetings';
import type { GraphClient } from './repositories/notice';
import type { RepoContext } from './repositories/site';
import type { Clock, CurrentUser, Links, Services } from './services';
import { createVisitStore } from './visits';

/** The one place Services are assembled; both hosts call it with their own PnPjs instance and Graph client. */
export function createServices(parts: { sp: SPFI; graph: GraphClient; webUrl: string; user: CurrentUser; locale: string; links: Links; clock?: Clock }): Services {
  const clock = parts.clock ?? { now: () => new Date() };
  const ctx: RepoContext = { sp: parts.sp, webUrl: parts.webUrl.replace(/\/$/, ''), user: parts.user, now: () => clock.now() };
  return {
    user: parts.user,
    clock,
    locale: parts.locale,
    links: parts.links,
    meetings: createMeetingsRepository(parts.sp, ctx.webUrl, parts.user, ctx.now, parts.links),
    meeting: createMeetingRepository(ctx),
    clerk: createClerkRepository(ctx, parts.graph),
    visits: createVisitStore(parts.user.siteUserId),
    provisioning: createProvisioningService(parts.sp),
    calendar: createCalendarRepository({ ...ctx, links: parts.links }, parts.graph),
    mail: createMailRepository(parts.graph),
    directory: createDirectoryRepository({ ...ctx, links: parts.links }, parts.graph),
  };
}

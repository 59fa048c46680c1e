import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createServices } from '../build';
import type { Services } from '../services';

/** Services inside SharePoint: PnPjs rides on the page's session; identity comes from the page context. */
export async function createSpfxServices(context: WebPartContext): Promise<Services> {
  const sp = spfi().using(SPFx(context));
  const page = context.pageContext;
  const webUrl = page.web.serverRelativeUrl;
  // SPFx's own Graph client: tokens for the scopes granted in package-solution.json
  const graph = await context.msGraphClientFactory.getClient('3');
  return createServices({
    sp,
    graph,
    webUrl,
    user: {
      siteUserId: page.legacyPageContext.userId as number,
      loginName: page.user.loginName,
      displayName: page.user.displayName,
      email: page.user.email,
    },
    locale: page.cultureInfo.currentUICultureName,
    links: {
      // The meeting page (issue: meetings) hosts the agenda web part and reads ?meetingId.
      agenda: (id) => `${page.web.absoluteUrl}/SitePages/Sammantrade.aspx?meetingId=${id}`,
    },
  });
}

import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { composeServices, type BuildParts, type FeatureKey, type Features, type ServicesWith } from '../compose';

/**
 * Services inside SharePoint: PnPjs rides on the page's session; identity comes from the page
 * context. A web part names the features its views use, so it bundles only those.
 */
export async function createSpfxServices<K extends FeatureKey>(context: WebPartContext, features: Features<K>): Promise<ServicesWith<K>> {
  const sp = spfi().using(SPFx(context));
  const page = context.pageContext;
  const webUrl = page.web.serverRelativeUrl;
  // SPFx's own Graph client: tokens for the scopes granted in package-solution.json
  const graph = await context.msGraphClientFactory.getClient('3');
  const parts: BuildParts = {
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
    // the bundles' folder (ClientSideAssets or the CDN): the minutes' fonts are emitted beside them (gulpfile.js)
    assetsUrl: context.manifest.loaderConfig.internalModuleBaseUrls[0],
    links: {
      // the meeting page hosts the Sammanträde web part, which reads ?meetingId (and ?view, src/webparts/meetingPage.ts)
      agenda: (id) => `${page.web.absoluteUrl}/SitePages/Sammantrade.aspx?meetingId=${id}`,
      minutes: (id) => `${page.web.absoluteUrl}/SitePages/Sammantrade.aspx?meetingId=${id}&view=protokoll`,
    },
  };
  return composeServices(parts, features);
}

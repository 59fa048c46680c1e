import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import type * as LiveView from './LiveView';
import { placementOf, type TeamsPlacement } from './teamsContext';

export type LiveWebPartProps = Record<string, never>;

/**
 * "Debatt och votering": in a Teams meeting (side panel, stage, chat and details tabs) the meeting
 * whose Teams chat this is; on a SharePoint page `?meetingId=…`, with `&view=scen` for the stage
 * view on the chamber screen. Who gets the console comes from the lists, not from Teams.
 */
export default class LiveWebPart extends PortalWebPart<'live', LiveWebPartProps, typeof LiveView> {
  private teams: TeamsPlacement | null = null;

  protected loadView() {
    return import(/* webpackChunkName: 'live-view' */ './LiveView');
  }

  protected async onInit(): Promise<void> {
    const teamsJs = this.context.sdks.microsoftTeams?.teamsJs;
    if (teamsJs) {
      try {
        this.teams = placementOf(await teamsJs.app.getContext());
        // Teams changes theme while the meeting runs: follow it
        teamsJs.app.registerOnThemeChangeHandler((theme) => {
          if (this.teams)
            this.teams = { ...this.teams, ...placementOf({ app: { theme } }), threadId: this.teams.threadId, stage: this.teams.stage };
          this.render();
        });
      } catch (e) {
        console.warn('Politikerportal: no Teams context', e);
      }
    }
    await super.onInit();
  }

  protected view(services: ServicesWith<'live'>, ui: typeof LiveView): React.ReactElement | string {
    if (this.teams?.threadId)
      return ui.liveView(services, {
        target: { threadId: this.teams.threadId },
        view: this.teams.stage ? 'stage' : 'auto',
        teamsTheme: this.teams.theme,
      });
    const q = new URLSearchParams(window.location.search);
    const id = Number(q.get('meetingId'));
    if (!Number.isInteger(id) || id <= 0) return this.strings.live.noMeeting;
    const page = `${this.context.pageContext.web.absoluteUrl}/SitePages/Debatt.aspx`;
    return ui.liveView(services, {
      target: { meetingId: id },
      view: q.get('view') === 'scen' ? 'stage' : 'auto',
      teamsTheme: null,
      pageTheme: this.sectionTheme,
      stageUrl: (meetingId) => `${page}?meetingId=${meetingId}&view=scen`,
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.live.paneDescription }, groups: [] }] };
  }
}

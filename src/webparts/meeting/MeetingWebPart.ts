import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ServicesWith } from '../../data/compose';
import { meetingFeature } from '../../data/repositories/meeting';
import { clerkFeature } from '../../data/repositories/clerkRepository';
import { visitsFeature } from '../../data/visits';
import { createSpfxServices } from '../../data/hosts/spfx';
import { MeetingWorkspace } from '../../ui/meeting/MeetingWorkspace';
import { meetingPageNav, meetingViewFromQuery } from '../meetingPage';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings, type WebPartStrings } from '../strings';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MeetingWebPartProps {}

/** "Sammanträde": the meeting page (agenda, participation, clerk's tools) or its roll call, by `?meetingId=…&view=…`. */
export default class MeetingWebPart extends BaseClientSideWebPart<MeetingWebPartProps> {
  private services: ServicesWith<'meeting' | 'clerk' | 'visits'> | undefined;
  private strings!: WebPartStrings;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.strings = getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName);
    try {
      this.services = await createSpfxServices(this.context, { meeting: meetingFeature, clerk: clerkFeature, visits: visitsFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, this.strings.startFailed);
      return;
    }
    const view = meetingViewFromQuery(window.location.search);
    if (!view) {
      renderStartFailed(this.domElement, this.strings.meeting.noMeeting);
      return;
    }
    const nav = meetingPageNav(this.context.pageContext.web.absoluteUrl);
    ReactDOM.render(React.createElement(MeetingWorkspace, { services: this.services, view, nav }), this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.meeting.paneDescription }, groups: [] }] };
  }
}

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { meetingFeature } from '../../data/repositories/meeting';
import { clerkFeature } from '../../data/repositories/clerkRepository';
import { visitsFeature } from '../../data/visits';
import { MeetingWorkspace } from '../../ui/meeting/MeetingWorkspace';
import { meetingPageNav, meetingViewFromQuery } from '../meetingPage';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MeetingWebPartProps {}

/** "Sammanträde": the meeting page (agenda, participation, clerk's tools) or its roll call, by `?meetingId=…&view=…`. */
export default class MeetingWebPart extends PortalWebPart<'meeting' | 'clerk' | 'visits', MeetingWebPartProps> {
  protected features() {
    return { meeting: meetingFeature, clerk: clerkFeature, visits: visitsFeature };
  }

  protected view(services: ServicesWith<'meeting' | 'clerk' | 'visits'>): React.ReactElement | string {
    const view = meetingViewFromQuery(window.location.search);
    if (!view) return this.strings.meeting.noMeeting;
    const nav = meetingPageNav(this.context.pageContext.web.absoluteUrl);
    return React.createElement(MeetingWorkspace, { services, view, nav });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.meeting.paneDescription }, groups: [] }] };
  }
}

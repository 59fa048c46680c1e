import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { meetingPageNav, meetingViewFromQuery } from '../meetingPage';
import type * as MeetingView from './MeetingView';

export type MeetingWebPartProps = Record<string, never>;

/** "Sammanträde": the meeting page (agenda, participation, clerk's tools) or its roll call, by `?meetingId=…&view=…`. */
export default class MeetingWebPart extends PortalWebPart<
  'meeting' | 'clerk' | 'visits' | 'minutes',
  MeetingWebPartProps,
  typeof MeetingView
> {
  protected loadView() {
    return import(/* webpackChunkName: 'meeting-view' */ './MeetingView');
  }

  protected view(services: ServicesWith<'meeting' | 'clerk' | 'visits' | 'minutes'>, ui: typeof MeetingView): React.ReactElement | string {
    const view = meetingViewFromQuery(window.location.search);
    if (!view) return this.strings.meeting.noMeeting;
    const nav = meetingPageNav(this.context.pageContext.web.absoluteUrl);
    return ui.meetingView(services, view, nav);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.meeting.paneDescription }, groups: [] }] };
  }
}

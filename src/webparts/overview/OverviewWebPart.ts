import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { meetingPageNav } from '../meetingPage';
import type * as OverviewView from './OverviewView';

export interface OverviewWebPartProps {
  /** How many upcoming meetings to show, 1–20. */
  meetingCount: number;
}

export const MIN_MEETINGS = 1;
export const MAX_MEETINGS = 20;
export const DEFAULT_MEETINGS = 5;

/** "Översikt": the signed-in person's upcoming meetings. */
export default class OverviewWebPart extends PortalWebPart<'meetings', OverviewWebPartProps, typeof OverviewView> {
  protected loadView() {
    return import(/* webpackChunkName: 'overview-view' */ './OverviewView');
  }

  protected view(services: ServicesWith<'meetings'>, ui: typeof OverviewView): React.ReactElement {
    const newMeeting = meetingPageNav(this.context.pageContext.web.absoluteUrl).newMeeting();
    return ui.overviewView(services, newMeeting, clampCount(this.properties.meetingCount));
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = this.strings.overview;
    return {
      pages: [
        {
          header: { description: t.paneDescription },
          groups: [
            {
              groupName: t.settingsGroup,
              groupFields: [
                PropertyPaneSlider('meetingCount', {
                  label: t.meetingCountLabel,
                  min: MIN_MEETINGS,
                  max: MAX_MEETINGS,
                  step: 1,
                  showValue: true,
                  value: clampCount(this.properties.meetingCount),
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}

function clampCount(value: unknown): number {
  if (value === null || value === undefined || value === '') return DEFAULT_MEETINGS;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return DEFAULT_MEETINGS;
  return Math.min(MAX_MEETINGS, Math.max(MIN_MEETINGS, Math.round(n)));
}

import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ServicesWith } from '../../data/compose';
import { meetingsFeature } from '../../data/repositories/meetings';
import { clerkFeature } from '../../data/repositories/clerkRepository';
import { createSpfxServices } from '../../data/hosts/spfx';
import { CreateMeetingLink } from '../../ui/meeting/clerk/CreateMeetingLink';
import { MyMeetings } from '../../ui/overview/MyMeetings';
import { meetingPageNav } from '../meetingPage';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings, type WebPartStrings } from '../strings';

export interface OverviewWebPartProps {
  /** How many upcoming meetings to show, 1–20. */
  meetingCount: number;
}

export const MIN_MEETINGS = 1;
export const MAX_MEETINGS = 20;
export const DEFAULT_MEETINGS = 5;

/** "Översikt": the signed-in person's upcoming meetings. */
export default class OverviewWebPart extends BaseClientSideWebPart<OverviewWebPartProps> {
  private services: ServicesWith<'meetings' | 'clerk'> | undefined;
  private strings!: WebPartStrings;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.strings = getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName);
    try {
      this.services = await createSpfxServices(this.context, { meetings: meetingsFeature, clerk: clerkFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, this.strings.startFailed);
      return;
    }
    const newMeeting = meetingPageNav(this.context.pageContext.web.absoluteUrl).newMeeting();
    ReactDOM.render(
      React.createElement(
        React.Fragment,
        null,
        // shown only to those who may edit meetings (clerks)
        React.createElement(CreateMeetingLink, { services: this.services, href: newMeeting }),
        React.createElement(MyMeetings, { services: this.services, limit: clampCount(this.properties.meetingCount) }),
      ),
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
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

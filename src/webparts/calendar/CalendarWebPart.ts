import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { CalendarGroup } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { calendarFeature } from '../../data/graph/calendar';
import { createSpfxServices } from '../../data/hosts/spfx';
import { Calendar } from '../../ui/calendar/Calendar';
import { getGraphStrings, type CalendarViewKind, type GraphStrings } from '../../ui/strings/graphStrings';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings } from '../strings';

export interface CalendarWebPartProps {
  /** Chosen group calendars; empty = the defaults from the person's assignments and groups. */
  groups: CalendarGroup[];
  defaultView: CalendarViewKind;
}

const VIEWS: CalendarViewKind[] = ['day', 'week', 'month', 'agenda'];

/** "Kalender": own, group and council calendars. */
export default class CalendarWebPart extends BaseClientSideWebPart<CalendarWebPartProps> {
  private services: ServicesWith<'calendar'> | undefined;
  private g!: GraphStrings;
  /** The group picker (Fluent's TagPicker) loads only when the property pane opens: it is not in the page's bundle. */
  private picker: typeof import('./GroupPickerField') | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.g = getGraphStrings(this.context.pageContext.cultureInfo.currentUICultureName);
    try {
      this.services = await createSpfxServices(this.context, { calendar: calendarFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName).startFailed);
      return;
    }
    const view = VIEWS.includes(this.properties.defaultView) ? this.properties.defaultView : 'week';
    ReactDOM.render(React.createElement(Calendar, { services: this.services, groups: this.properties.groups ?? [], initialView: view }), this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.picker = await import(/* webpackChunkName: 'calendar-group-picker' */ './GroupPickerField');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.g.settings;
    const services = this.services;
    const picker = this.picker;
    return {
      pages: [
        {
          header: { description: s.calendarDescription },
          groups: [
            {
              groupName: s.group,
              groupFields: [
                ...(picker ? [picker.PropertyPaneGroupPicker('groups', {
                  label: s.groupsLabel,
                  value: this.properties.groups ?? [],
                  load: () => (services ? services.calendar.availableGroups() : Promise.resolve([])),
                  strings: s,
                  onChanged: (groups) => {
                    this.properties.groups = groups;
                    this.render();
                  },
                })] : []),
                PropertyPaneDropdown('defaultView', { label: s.defaultView, options: VIEWS.map((v) => ({ key: v, text: this.g.calendar.views[v] })) }),
              ],
            },
          ],
        },
      ],
    };
  }
}

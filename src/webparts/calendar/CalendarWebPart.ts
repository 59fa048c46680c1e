import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { CalendarGroup } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { stringsFor } from '../../ui/strings/registry';
import type { CalendarViewKind } from '../../ui/strings/calendar';
import type * as CalendarView from './CalendarView';
import type * as GroupPickerField from './GroupPickerField';

export interface CalendarWebPartProps {
  /** Chosen group calendars; empty = the defaults from the person's assignments and groups. */
  groups: CalendarGroup[];
  defaultView: CalendarViewKind;
}

const VIEWS: CalendarViewKind[] = ['day', 'week', 'month', 'agenda'];

/** "Kalender": own, group and council calendars. */
export default class CalendarWebPart extends PortalWebPart<'calendar', CalendarWebPartProps, typeof CalendarView> {
  /** The group picker (Fluent's TagPicker) loads only when the property pane opens: it is not in the page's bundle. */
  private picker: typeof GroupPickerField | undefined;

  protected loadView() {
    return import(/* webpackChunkName: 'calendar-view' */ './CalendarView');
  }

  protected view(services: ServicesWith<'calendar'>, ui: typeof CalendarView): React.ReactElement {
    const view = VIEWS.includes(this.properties.defaultView) ? this.properties.defaultView : 'week';
    return ui.calendarView(services, this.properties.groups ?? [], view);
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.picker = await import(/* webpackChunkName: 'calendar-group-picker' */ './GroupPickerField');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.strings.settings;
    const services = this.services;
    const picker = this.picker;
    // the view names come with the view's chunk (loaded before any pane opens), not in every page's bundle
    const names = this.ui && stringsFor(this.ui.calendarStrings, this.locale).views;
    return {
      pages: [
        {
          header: { description: s.calendarDescription },
          groups: [
            {
              groupName: s.group,
              groupFields: [
                ...(picker
                  ? [
                      picker.PropertyPaneGroupPicker('groups', {
                        label: s.groupsLabel,
                        value: this.properties.groups ?? [],
                        load: () => (services ? services.calendar.availableGroups() : Promise.resolve([])),
                        strings: s,
                        onChanged: (groups) => {
                          this.properties.groups = groups;
                          this.render();
                        },
                      }),
                    ]
                  : []),
                PropertyPaneDropdown('defaultView', {
                  label: s.defaultView,
                  options: VIEWS.map((v) => ({ key: v, text: names?.[v] ?? v })),
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}

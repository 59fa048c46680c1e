import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import type { CalendarGroup } from '../../data/graph/types';
import type { CalendarViewKind } from '../../ui/strings/calendar';
import { Calendar } from '../../ui/calendar/Calendar';
import { calendarFeature } from '../../data/graph/calendar';
import { pageQueryViewState } from '../viewState';

/** The calendar's view, in its own chunk (see PortalWebPart). */
export function calendarView(
  services: ServicesWith<'calendar'>,
  groups: CalendarGroup[],
  initialView: CalendarViewKind,
): React.ReactElement {
  return React.createElement(Calendar, { services, groups, initialView, viewState: pageQueryViewState });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { calendar: calendarFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The view names for the property pane (CalendarWebPart): they load with the view, not in the page's bundle. */
export { calendarStrings } from '../../ui/strings/calendar';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

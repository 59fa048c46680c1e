import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import type { MeetingNav, MeetingView } from '../../ui/meeting/nav';
import { MeetingWorkspace } from '../../ui/meeting/MeetingWorkspace';
import { meetingFeature } from '../../data/repositories/meetingRepository';
import { clerkFeature } from '../../data/repositories/clerkRepository';
import { visitsFeature } from '../../data/visits';
import { minutesFeature } from '../../data/minutes';

/** The meeting page's view, in its own chunk (see PortalWebPart). */
export function meetingView(
  services: ServicesWith<'meeting' | 'clerk' | 'visits' | 'minutes'>,
  view: MeetingView,
  nav: MeetingNav,
): React.ReactElement {
  return React.createElement(MeetingWorkspace, { services, view, nav });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { meeting: meetingFeature, clerk: clerkFeature, visits: visitsFeature, minutes: minutesFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

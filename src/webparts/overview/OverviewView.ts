import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { CreateMeetingLink } from '../../ui/overview/CreateMeetingLink';
import { MyMeetings } from '../../ui/overview/MyMeetings';
import { meetingsFeature } from '../../data/repositories/myMeetingsRepository';

/** The overview's view, in its own chunk (see PortalWebPart). */
export function overviewView(services: ServicesWith<'meetings'>, newMeetingHref: string, limit: number): React.ReactElement {
  return React.createElement(
    React.Fragment,
    null,
    // shown only to those who may edit meetings (clerks)
    React.createElement(CreateMeetingLink, { services, href: newMeetingHref }),
    React.createElement(MyMeetings, { services, limit }),
  );
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { meetings: meetingsFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

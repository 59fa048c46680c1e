import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { liveFeature } from '../../data/live';
import { LiveApp, type LiveAppProps } from '../../ui/live/LiveApp';

/** The live meeting's views, in their own chunk (see PortalWebPart). */
export function liveView(services: ServicesWith<'live'>, props: Omit<LiveAppProps, 'services'>): React.ReactElement {
  return React.createElement(LiveApp, { services, ...props });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { live: liveFeature };

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { PortalSetup } from '../../ui/setup/PortalSetup';
import { provisioningFeature } from '../../data/provisioning';

/** The portal setup's view, in its own chunk (see PortalWebPart). */
export function portalSetupView(services: ServicesWith<'provisioning'>): React.ReactElement {
  return React.createElement(PortalSetup, { services });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { provisioning: provisioningFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

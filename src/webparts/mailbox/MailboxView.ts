import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { Mailbox } from '../../ui/mail/Mailbox';
import { mailFeature } from '../../data/graph/mail';

/** The mailbox's view, in its own chunk (see PortalWebPart). */
export function mailboxView(services: ServicesWith<'mail'>, shared: string[], top: number): React.ReactElement {
  return React.createElement(Mailbox, { services, shared, top });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { mail: mailFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

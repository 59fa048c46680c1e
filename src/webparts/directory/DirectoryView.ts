import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { Directory } from '../../ui/directory/Directory';
import { directoryFeature } from '../../data/graph/directory';
import { pageQueryViewState } from '../viewState';

/** The directory's view, in its own chunk (see PortalWebPart). */
export function directoryView(services: ServicesWith<'directory'>): React.ReactElement {
  return React.createElement(Directory, { services, viewState: pageQueryViewState });
}

/** The repositories this view uses: they load with it, not with the page's bundle. */
export const features = { directory: directoryFeature };

/** The page section's theme around the view (PortalWebPart). */
export { themed } from '../../ui/common/SectionTheme';

/** The notice while a throttled request waits for its retry, loaded when first needed (PortalWebPart). */
export { loadBusyNotice } from '../../ui/common/loadBusyNotice';

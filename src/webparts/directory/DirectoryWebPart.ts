import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { directoryFeature } from '../../data/graph/directory';
import { Directory } from '../../ui/directory/Directory';
import { getGraphStrings } from '../../ui/strings/graphStrings';

/** "Förtroendevalda": the directory of elected officials. */
export default class DirectoryWebPart extends PortalWebPart<'directory', Record<string, never>> {
  protected features() {
    return { directory: directoryFeature };
  }

  protected view(services: ServicesWith<'directory'>): React.ReactElement | string {
    return React.createElement(Directory, { services });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = getGraphStrings(this.context.pageContext.cultureInfo.currentUICultureName).settings;
    return { pages: [{ header: { description: s.directoryDescription }, groups: [] }] };
  }
}

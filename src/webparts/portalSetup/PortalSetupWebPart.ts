import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { provisioningFeature } from '../../data/provisioning';
import { PortalSetup } from '../../ui/setup/PortalSetup';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface PortalSetupWebPartProps {}

/** "Portalinställning": the site owner brings the portal's lists and permissions up to date. */
export default class PortalSetupWebPart extends PortalWebPart<'provisioning', PortalSetupWebPartProps> {
  protected features() {
    return { provisioning: provisioningFeature };
  }

  protected view(services: ServicesWith<'provisioning'>): React.ReactElement | string {
    return React.createElement(PortalSetup, { services });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.portalSetup.paneDescription }, groups: [] }] };
  }
}

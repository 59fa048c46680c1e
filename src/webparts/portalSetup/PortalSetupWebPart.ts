import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import type * as PortalSetupView from './PortalSetupView';

export type PortalSetupWebPartProps = Record<string, never>;

/** "Portalinställning": the site owner brings the portal's lists and permissions up to date. */
export default class PortalSetupWebPart extends PortalWebPart<'provisioning', PortalSetupWebPartProps, typeof PortalSetupView> {
  protected loadView() {
    return import(/* webpackChunkName: 'portal-setup-view' */ './PortalSetupView');
  }

  protected view(services: ServicesWith<'provisioning'>, ui: typeof PortalSetupView): React.ReactElement {
    return ui.portalSetupView(services);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.portalSetup.paneDescription }, groups: [] }] };
  }
}

import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ServicesWith } from '../../data/compose';
import { provisioningFeature } from '../../data/provisioning';
import { createSpfxServices } from '../../data/hosts/spfx';
import { PortalSetup } from '../../ui/setup/PortalSetup';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings, type WebPartStrings } from '../strings';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface PortalSetupWebPartProps {}

/** "Portalinställning": the site owner brings the portal's lists and permissions up to date. */
export default class PortalSetupWebPart extends BaseClientSideWebPart<PortalSetupWebPartProps> {
  private services: ServicesWith<'provisioning'> | undefined;
  private strings!: WebPartStrings;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.strings = getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName);
    try {
      this.services = await createSpfxServices(this.context, { provisioning: provisioningFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, this.strings.startFailed);
      return;
    }
    ReactDOM.render(React.createElement(PortalSetup, { services: this.services }), this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.strings.portalSetup.paneDescription }, groups: [] }] };
  }
}

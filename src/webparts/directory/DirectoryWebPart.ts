import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ServicesWith } from '../../data/compose';
import { directoryFeature } from '../../data/graph/directory';
import { createSpfxServices } from '../../data/hosts/spfx';
import { Directory } from '../../ui/directory/Directory';
import { getGraphStrings } from '../../ui/strings/graphStrings';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings } from '../strings';

/** "Förtroendevalda": the directory of elected officials. */
export default class DirectoryWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private services: ServicesWith<'directory'> | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    try {
      this.services = await createSpfxServices(this.context, { directory: directoryFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName).startFailed);
      return;
    }
    ReactDOM.render(React.createElement(Directory, { services: this.services }), this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = getGraphStrings(this.context.pageContext.cultureInfo.currentUICultureName).settings;
    return { pages: [{ header: { description: s.directoryDescription }, groups: [] }] };
  }
}

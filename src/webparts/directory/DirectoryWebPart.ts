import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import type * as DirectoryView from './DirectoryView';

/** "Förtroendevalda": the directory of elected officials. */
export default class DirectoryWebPart extends PortalWebPart<'directory', Record<string, never>, typeof DirectoryView> {
  protected loadView() {
    return import(/* webpackChunkName: 'directory-view' */ './DirectoryView');
  }

  protected view(services: ServicesWith<'directory'>, ui: typeof DirectoryView): React.ReactElement {
    return ui.directoryView(services);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.strings.settings;
    return { pages: [{ header: { description: s.directoryDescription }, groups: [] }] };
  }
}

import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { FeatureKey, Features, ServicesWith } from '../data/compose';
import { createSpfxServices } from '../data/hosts/spfx';
import { renderStartFailed } from './startFailed';
import { getWebPartStrings, type WebPartStrings } from './strings';

/**
 * What every portal web part does alike: build the services of the features it names (so its
 * bundle holds only those), render one view, say plainly when it cannot start, and unmount.
 */
export abstract class PortalWebPart<K extends FeatureKey, P extends object = Record<string, never>> extends BaseClientSideWebPart<P> {
  protected services: ServicesWith<K> | undefined;
  protected strings!: WebPartStrings;

  /** The repositories this web part's views use. */
  protected abstract features(): Features<K>;
  /** The view, or a message (from the string table) when the page gives it nothing to show. */
  protected abstract view(services: ServicesWith<K>): React.ReactElement | string;

  protected get locale(): string {
    return this.context.pageContext.cultureInfo.currentUICultureName;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.strings = getWebPartStrings(this.locale);
    try {
      this.services = await createSpfxServices(this.context, this.features());
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, this.strings.startFailed);
      return;
    }
    const view = this.view(this.services);
    if (typeof view === 'string') renderStartFailed(this.domElement, view);
    else ReactDOM.render(view, this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}

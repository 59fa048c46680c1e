import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { FeatureKey, Features, ServicesWith } from '../data/compose';
import { createSpfxServices } from '../data/hosts/spfx';
import { renderStartFailed } from './startFailed';
import { stringsFor } from '../ui/strings/registry';
import { webPartStrings, type WebPartStrings } from '../ui/strings/webpart';

/**
 * What every portal web part does alike: build the services of the features it names, load its
 * view, render it, say plainly when it cannot start, and unmount.
 *
 * All web parts ship in one SPFx bundle (config/config.json), which holds little more than PnPjs
 * and this class. Each web part's views and the repositories they use are a chunk of their own
 * (`loadView`); what several views share (Fluent UI, repositories, string tables) webpack splits
 * into chunks of their own, so a page with several web parts loads each file once.
 */
/** What a web part's view chunk exports: the repositories its views use, and the views. */
export interface ViewModule<K extends FeatureKey> {
  features: Features<K>;
}

export abstract class PortalWebPart<K extends FeatureKey, P extends object, V extends ViewModule<K>> extends BaseClientSideWebPart<P> {
  protected services: ServicesWith<K> | undefined;
  protected ui: V | undefined;
  protected strings!: WebPartStrings;

  /** The view's chunk, `import(/* webpackChunkName: '…-view' *\/ './…View')`: its views and their repositories. */
  protected abstract loadView(): Promise<V>;
  /** The view, or a message (from the string table) when the page gives it nothing to show. */
  protected abstract view(services: ServicesWith<K>, ui: V): React.ReactElement | string;

  protected get locale(): string {
    return this.context.pageContext.cultureInfo.currentUICultureName;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.strings = stringsFor(webPartStrings, this.locale);
    try {
      this.ui = await this.loadView();
      this.services = await createSpfxServices(this.context, this.ui.features);
    } catch (error) {
      console.error('Politikerportal: could not start', error);
    }
  }

  public render(): void {
    if (!this.services || !this.ui) {
      renderStartFailed(this.domElement, this.strings.startFailed);
      return;
    }
    const view = this.view(this.services, this.ui);
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

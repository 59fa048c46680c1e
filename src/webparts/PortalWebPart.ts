import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { FeatureKey, Features, ServicesWith } from '../data/compose';
import { createSpfxServices } from '../data/hosts/spfx';
import { renderStartFailed } from './startFailed';
import { stringsFor } from '../ui/strings/registry';
import { webPartStrings, type WebPartStrings } from '../ui/strings/webpart';
import type { BusyNotice } from '../ui/common/BusyNotice';
import type { loadBusyNotice } from '../ui/common/loadBusyNotice';

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
  /** Wraps the view in the page section's theme; a view that follows the theme itself (Live) leaves it out. */
  themed?(theme: IReadonlyTheme | undefined, view: React.ReactElement): React.ReactElement;
  /** The busy notice's chunk: imported from the view's chunks, which already hold what it needs. */
  loadBusyNotice: typeof loadBusyNotice;
}

export abstract class PortalWebPart<K extends FeatureKey, P extends object, V extends ViewModule<K>> extends BaseClientSideWebPart<P> {
  protected services: ServicesWith<K> | undefined;
  protected ui: V | undefined;
  protected strings!: WebPartStrings;
  /** The theme of the page section the web part sits in (supportsThemeVariants): a coloured section gets its colours. */
  protected sectionTheme: IReadonlyTheme | undefined;
  /** "Tjänsten är upptagen just nu…" while a request waits for its retry (issue 8), once loaded. */
  private busyNotice: typeof BusyNotice | undefined;
  private stopBusy: (() => void) | undefined;

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
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.sectionTheme = themes.tryGetTheme();
    themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.sectionTheme = args.theme;
      // before the view has loaded there is nothing to repaint (render would say it failed to start)
      if (this.services) this.render();
    });
    try {
      this.ui = await this.loadView();
      this.services = await createSpfxServices(this.context, this.ui.features);
      // the busy notice loads when a wait first needs it: until then a page pays nothing for it
      this.stopBusy = this.services.busy?.subscribe(() => this.loadBusyNotice());
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
    if (typeof view === 'string') {
      renderStartFailed(this.domElement, view);
      return;
    }
    const notice = this.busyNotice && React.createElement(this.busyNotice, { services: this.services });
    const framed = React.createElement(React.Fragment, null, notice, view);
    ReactDOM.render(this.ui.themed ? this.ui.themed(this.sectionTheme, framed) : framed, this.domElement);
  }

  private loadBusyNotice(): void {
    this.stopBusy?.();
    this.stopBusy = undefined;
    this.ui?.loadBusyNotice().then(
      (m) => {
        this.busyNotice = m.BusyNotice;
        this.render();
      },
      (e) => console.warn('Politikerportal: no busy notice', e),
    );
  }

  protected onDispose(): void {
    this.stopBusy?.();
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}

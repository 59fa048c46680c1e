import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { ServicesWith } from '../../data/compose';
import { mailFeature } from '../../data/graph/mail';
import { createSpfxServices } from '../../data/hosts/spfx';
import { MAX_TOP } from '../../data/graph/mail';
import { Mailbox } from '../../ui/mail/Mailbox';
import { getGraphStrings, type GraphStrings } from '../../ui/strings/graphStrings';
import { renderStartFailed } from '../startFailed';
import { getWebPartStrings } from '../strings';

export interface MailboxWebPartProps {
  /** Shared mailbox addresses, one per line. */
  sharedMailboxes: string;
  messageCount: number;
}

/** The addresses in the setting: one per line (commas and semicolons are forgiven). */
export function parseMailboxes(text: string | undefined): string[] {
  return [...new Set((text ?? '').split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter((s) => s.includes('@')))];
}

/** "E-post": the person's and shared mailboxes. */
export default class MailboxWebPart extends BaseClientSideWebPart<MailboxWebPartProps> {
  private services: ServicesWith<'mail'> | undefined;
  private g!: GraphStrings;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.g = getGraphStrings(this.context.pageContext.cultureInfo.currentUICultureName);
    try {
      this.services = await createSpfxServices(this.context, { mail: mailFeature });
    } catch (error) {
      console.error('Politikerportal: could not create services', error);
    }
  }

  public render(): void {
    if (!this.services) {
      renderStartFailed(this.domElement, getWebPartStrings(this.context.pageContext.cultureInfo.currentUICultureName).startFailed);
      return;
    }
    const top = Math.min(MAX_TOP, Math.max(1, Math.round(Number(this.properties.messageCount) || 5)));
    ReactDOM.render(React.createElement(Mailbox, { services: this.services, shared: parseMailboxes(this.properties.sharedMailboxes), top }), this.domElement);
  }

  protected onDispose(): void {
    ReactDOM.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.g.settings;
    return {
      pages: [
        {
          header: { description: s.mailDescription },
          groups: [
            {
              groupName: s.group,
              groupFields: [
                PropertyPaneTextField('sharedMailboxes', { label: s.sharedMailboxes, description: s.sharedMailboxesHint, multiline: true, rows: 4 }),
                PropertyPaneSlider('messageCount', { label: s.messageCount, min: 1, max: MAX_TOP, step: 1, showValue: true }),
              ],
            },
          ],
        },
      ],
    };
  }
}

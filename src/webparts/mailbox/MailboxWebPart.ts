import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { ServicesWith } from '../../data/compose';
import { PortalWebPart } from '../PortalWebPart';
import { MAX_TOP } from '../../data/graph/types';
import type * as MailboxView from './MailboxView';

export interface MailboxWebPartProps {
  /** Shared mailbox addresses, one per line. */
  sharedMailboxes: string;
  messageCount: number;
}

/** The addresses in the setting: one per line (commas and semicolons are forgiven). */
export function parseMailboxes(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s.includes('@')),
    ),
  ];
}

/** "E-post": the person's and shared mailboxes. */
export default class MailboxWebPart extends PortalWebPart<'mail', MailboxWebPartProps, typeof MailboxView> {
  protected loadView() {
    return import(/* webpackChunkName: 'mailbox-view' */ './MailboxView');
  }

  protected view(services: ServicesWith<'mail'>, ui: typeof MailboxView): React.ReactElement {
    const top = Math.min(MAX_TOP, Math.max(1, Math.round(Number(this.properties.messageCount) || 5)));
    return ui.mailboxView(services, parseMailboxes(this.properties.sharedMailboxes), top);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.strings.settings;
    return {
      pages: [
        {
          header: { description: s.mailDescription },
          groups: [
            {
              groupName: s.group,
              groupFields: [
                PropertyPaneTextField('sharedMailboxes', {
                  label: s.sharedMailboxes,
                  description: s.sharedMailboxesHint,
                  multiline: true,
                  rows: 4,
                }),
                PropertyPaneSlider('messageCount', { label: s.messageCount, min: 1, max: MAX_TOP, step: 1, showValue: true }),
              ],
            },
          ],
        },
      ],
    };
  }
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Quorum } from '../../../domain/meetings/quorum';
import type { LiveStrings } from '../../strings/live';

/** Quorum from the seat table, always visible; a loss shows as an error (DOMAIN §2: no decision without it). */
export function QuorumLine({ quorum, t }: { quorum: Quorum; t: LiveStrings }): JSX.Element {
  return quorum.ok ? (
    <MessageBar messageBarType={MessageBarType.success}>{t.quorum.ok(quorum.held, quorum.seats, quorum.required)}</MessageBar>
  ) : (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      {t.quorum.lost(quorum.held, quorum.seats, quorum.missing)}
    </MessageBar>
  );
}

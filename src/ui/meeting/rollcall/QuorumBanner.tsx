import * as React from 'react';
import { type Language, stringsFor } from '../../strings';
import type { Quorum } from '../../../domain/meetings/quorum';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

/** Beslutförhet for the chosen item, always on screen; changes are announced (aria-live). */
export function QuorumBanner({ quorum, itemNumber, language }: { quorum: Quorum; itemNumber: number; language: Language }): JSX.Element {
  const t = stringsFor(meetingStrings, language).rollCall;
  const text = quorum.ok ? t.quorumOk(quorum.held, quorum.seats, quorum.required) : t.quorumLost(quorum.missing);
  return (
    <div className={`${css.quorum} ${quorum.ok ? css.quorumOk : css.quorumLost}`} role="status" aria-live="polite" aria-atomic="true">
      {t.quorumFor(itemNumber)}: {text}
    </div>
  );
}

import * as React from 'react';
import { type Language, stringsFor } from '../strings';
import { classes } from '../common/styles';
import { meetingCss as css } from './styles';
import { meetingStrings } from '../strings/meeting';

/** "Nytt eller ändrat": short on screen, the full sentence for screen readers. */
export function ChangedMark({ language }: { language: Language }): JSX.Element {
  const t = stringsFor(meetingStrings, language).agenda;
  return (
    <>
      <span className={css.marker} aria-hidden="true">
        {t.changed}
      </span>
      <span className={classes.visuallyHidden}>{t.changedLabel}</span>
    </>
  );
}

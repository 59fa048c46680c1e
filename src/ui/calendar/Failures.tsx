import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CalendarFailure } from '../../data/graph/types';
import { classes } from '../common/styles';
import { failureCode } from '../common/errorKind';
import type { CalendarStrings } from '../strings/calendar';

/** The calendars that could not be read, each with what to do; the rest of the calendar still shows. */
export function Failures({ failures, g }: { failures: CalendarFailure[]; g: CalendarStrings }): JSX.Element | null {
  if (!failures.length) return null;
  return (
    <>
      {failures.map((f) => (
        <MessageBar key={f.source} messageBarType={MessageBarType.warning} isMultiline>
          <p className={classes.messageTitle}>
            {f.source === 'own' ? g.failure.own : f.source === 'meetings' ? g.failure.meetings : g.failure.group(f.name)}
          </p>
          <p className={classes.messageText}>{g.failureText[failureCode(f.error)]}</p>
        </MessageBar>
      ))}
    </>
  );
}

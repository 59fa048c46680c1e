import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CalendarFailure } from '../../data/graph/types';
import { classes } from '../common/styles';
import { failureCode, type GraphStrings } from '../strings/graphStrings';

/** The calendars that could not be read, each with what to do; the rest of the calendar still shows. */
export function Failures({ failures, g }: { failures: CalendarFailure[]; g: GraphStrings }): JSX.Element | null {
  if (!failures.length) return null;
  return (
    <>
      {failures.map((f) => (
        <MessageBar key={f.source} messageBarType={MessageBarType.warning} isMultiline>
          <p className={classes.messageTitle}>{f.source === 'own' ? g.calendar.failure.own : f.source === 'meetings' ? g.calendar.failure.meetings : g.calendar.failure.group(f.name)}</p>
          <p className={classes.messageText}>{g.calendar.failureText[failureCode(f.error)]}</p>
        </MessageBar>
      ))}
    </>
  );
}

import * as React from 'react';
import { classes } from './styles';

/**
 * A polite live region that stays in the DOM, so screen readers announce state changes
 * (loading → loaded) that sighted people see; the region must exist before its text changes.
 */
export function LiveStatus({ message }: { message: string }): JSX.Element {
  return (
    <div className={classes.visuallyHidden} role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Strings } from '../strings';
import { errorDetail, errorKind } from './errorKind';
import { classes } from './styles';

export interface ErrorMessageProps {
  error: unknown;
  strings: Strings;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  retryLabel?: string;
}

/** A failure as a person should see it: what happened, what to do, and a way to try again. */
export function ErrorMessage({ error, strings, onRetry, retryLabel }: ErrorMessageProps): JSX.Element {
  const text = strings.errors[errorKind(error)];
  const detail = errorDetail(error);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={onRetry ? <DefaultButton onClick={onRetry} text={retryLabel ?? strings.common.retry} /> : undefined}
    >
      <p className={classes.messageTitle}>{text.title}</p>
      <p className={classes.messageText}>{text.action}</p>
      {detail && <p className={classes.messageDetail}>{strings.common.serverSaid(detail)}</p>}
    </MessageBar>
  );
}

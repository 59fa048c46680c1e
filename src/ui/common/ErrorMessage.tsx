import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { CommonStrings, ErrorText } from '../strings';
import { errorCode, errorText, rawCode, type ErrorCode } from './errorKind';
import { classes } from './styles';

export interface ErrorMessageProps {
  error: unknown;
  strings: CommonStrings;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  retryLabel?: string;
  /** The view's own wording for some codes ("Sammanträdet finns inte."), instead of the general one. */
  texts?: Partial<Record<ErrorCode, ErrorText>>;
}

/**
 * A failure as a person should see it: what happened and what to do, from the string table by the
 * failure's code, in the UI language. The server's own (English) detail goes to the console only.
 */
export function ErrorMessage({ error, strings, onRetry, retryLabel, texts }: ErrorMessageProps): JSX.Element {
  const own = rawCode(error);
  const text = (own !== null ? texts?.[own as ErrorCode] : undefined) ?? texts?.[errorCode(error, strings)] ?? errorText(error, strings);
  React.useEffect(() => {
    if (error) console.warn('Politikerportal:', (error as { message?: unknown }).message ?? error);
  }, [error]);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={onRetry ? <DefaultButton onClick={onRetry} text={retryLabel ?? strings.common.retry} /> : undefined}
    >
      <p className={classes.messageTitle}>{text.title}</p>
      <p className={classes.messageText}>{text.action}</p>
    </MessageBar>
  );
}

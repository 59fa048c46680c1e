import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CommonStrings, ErrorText } from '../strings';
import type { ErrorCode } from '../common/errorKind';
import { ErrorMessage } from '../common/ErrorMessage';
import type { ActionState } from './useAction';

/**
 * The outcome of a write, next to the form that made it. The region is always in the DOM so
 * screen readers announce the text when it appears (WCAG 4.1.3).
 */
export function ActionFeedback({
  state,
  strings,
  problem,
  texts,
}: {
  state: ActionState;
  strings: CommonStrings;
  problem?: string | null;
  /** The view's own table for its refusal codes (e.g. the minutes'). */
  texts?: Partial<Record<ErrorCode, ErrorText>>;
}): JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {problem && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {problem}
        </MessageBar>
      )}
      {!problem && state.kind === 'done' && state.message && (
        <MessageBar messageBarType={MessageBarType.success}>{state.message}</MessageBar>
      )}
      {!problem && state.kind === 'failed' && <ErrorMessage error={state.error} strings={strings} texts={texts} />}
    </div>
  );
}

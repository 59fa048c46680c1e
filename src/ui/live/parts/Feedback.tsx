import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { CommonStrings, ErrorText } from '../../strings';
import { ErrorMessage } from '../../common/ErrorMessage';
import type { LiveActionState } from '../useLiveAction';

/** The outcome of a live write, beside its buttons; the region stays in the DOM so it is announced (WCAG 4.1.3). */
export function Feedback({
  state,
  strings,
  texts,
}: {
  state: LiveActionState;
  strings: CommonStrings;
  /** The live table's texts for the debate rules' refusals. */
  texts: Partial<Record<string, ErrorText>>;
}): JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {state.kind === 'done' && state.message && <MessageBar messageBarType={MessageBarType.success}>{state.message}</MessageBar>}
      {state.kind === 'failed' && <ErrorMessage error={state.error} strings={strings} texts={texts} />}
    </div>
  );
}

import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { CommonStrings, ErrorText } from '../strings';
import { ErrorMessage } from './ErrorMessage';
import { canRetry, errorCode, errorText, type ErrorCode } from './errorKind';
import { LiveStatus } from './LiveStatus';
import type { LoadState } from './useLoad';

export interface LoadFrameProps<T> {
  state: LoadState<T>;
  strings: CommonStrings;
  /** What the spinner says, and what screen readers hear while loading. */
  loading: string;
  /** What screen readers hear once loaded ("3 kommande sammanträden."). */
  loaded(data: T): string;
  /** What is shown while loading or after a failure, above the spinner or message (e.g. the heading). */
  frame?: React.ReactNode;
  /** Offered only when trying again can help (not for something missing or forbidden). */
  onRetry(): void;
  /** The view's own wording for some failures, e.g. a meeting that does not exist. */
  texts?: Partial<Record<ErrorCode, ErrorText>>;
  children(data: T): React.ReactNode;
}

/**
 * The skeleton every view that reads data shares: a live region that tells screen readers what
 * changed, a spinner while loading, the failure in the UI language with a way to try again where
 * that can help, then the view itself.
 */
export function LoadFrame<T>({ state, strings, loading, loaded, frame, onRetry, texts, children }: LoadFrameProps<T>): JSX.Element {
  const failureText = (error: unknown) => texts?.[errorCode(error, strings)] ?? errorText(error, strings);
  const announcement = state.kind === 'loading' ? loading : state.kind === 'loaded' ? loaded(state.data) : failureText(state.error).title;
  return (
    <>
      <LiveStatus message={announcement} />
      {state.kind !== 'loaded' && frame}
      {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={loading} labelPosition="right" />}
      {state.kind === 'failed' && (
        <ErrorMessage error={state.error} strings={strings} texts={texts} onRetry={canRetry(state.error) ? onRetry : undefined} />
      )}
      {state.kind === 'loaded' && children(state.data)}
    </>
  );
}

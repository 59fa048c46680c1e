import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { CommonStrings } from '../strings';
import { ErrorMessage } from './ErrorMessage';
import { errorText } from './errorKind';
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
  onRetry(): void;
  children(data: T): React.ReactNode;
}

/**
 * The skeleton every view that reads data shares: a live region that tells screen readers what
 * changed, a spinner while loading, the failure in the UI language with a way to try again, then
 * the view itself.
 */
export function LoadFrame<T>({ state, strings, loading, loaded, frame, onRetry, children }: LoadFrameProps<T>): JSX.Element {
  const announcement =
    state.kind === 'loading' ? loading : state.kind === 'loaded' ? loaded(state.data) : errorText(state.error, strings).title;
  return (
    <>
      <LiveStatus message={announcement} />
      {state.kind !== 'loaded' && frame}
      {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={loading} labelPosition="right" />}
      {state.kind === 'failed' && <ErrorMessage error={state.error} strings={strings} onRetry={onRetry} />}
      {state.kind === 'loaded' && children(state.data)}
    </>
  );
}

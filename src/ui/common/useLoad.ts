import * as React from 'react';
import { useMounted } from './useMounted';

export type LoadState<T> = { kind: 'loading' } | { kind: 'loaded'; data: T } | { kind: 'failed'; error: unknown };

export interface Load<T> {
  state: LoadState<T>;
  /** Reads again; what is on screen stays until the new answer arrives (no spinner flash). */
  reload(): Promise<void>;
  /** Changes what was loaded in place, e.g. after a write whose result is known. */
  update(change: (data: T) => T): void;
}

/**
 * One read a view shows: loading, loaded or failed, read again on demand. A slower, older answer
 * never overwrites a newer one, and nothing is set after the view is gone. `deps` are what the
 * read depends on (as for `useEffect`): when they change, the view shows loading and reads again.
 */
export function useLoad<T>(read: () => Promise<T>, deps: React.DependencyList): Load<T> {
  const mounted = useMounted();
  const [state, setState] = React.useState<LoadState<T>>({ kind: 'loading' });
  const loadId = React.useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `read` depends on
  const stableRead = React.useCallback(read, deps);

  const reload = React.useCallback(async () => {
    const id = ++loadId.current;
    try {
      const data = await stableRead();
      if (mounted.current && id === loadId.current) setState({ kind: 'loaded', data });
    } catch (error) {
      if (mounted.current && id === loadId.current) setState({ kind: 'failed', error });
    }
  }, [stableRead, mounted]);

  React.useEffect(() => {
    setState({ kind: 'loading' });
    void reload();
  }, [reload]);

  const update = React.useCallback(
    (change: (data: T) => T) => setState((s) => (s.kind === 'loaded' ? { kind: 'loaded', data: change(s.data) } : s)),
    [],
  );
  return { state, reload, update };
}

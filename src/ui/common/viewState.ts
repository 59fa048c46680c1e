import * as React from 'react';

/**
 * Where a view keeps the little state that Back and a shared link must return to (the person
 * shown in the directory, the calendar's view and date). Each host supplies its own: the standalone
 * host a query in the fragment (`#/kalender?vy=manad`), a web part the page's query string; the
 * views only ask, as they do with `MeetingNav`.
 */
export interface ViewStateUrl {
  get(key: string): string | null;
  /** Sets keys (null removes them): a new history entry, or the current one replaced. */
  set(values: Record<string, string | null>, how?: 'push' | 'replace'): void;
  /** Calls back when Back or Forward changed the address; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** Merges values into a query; null removes a key. */
export function withValues(query: string, values: Record<string, string | null>): string {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(values)) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  return q.toString();
}

/** State kept in memory only: for a host without addresses (and tests). */
export function memoryViewState(): ViewStateUrl {
  let query = '';
  return {
    get: (key) => new URLSearchParams(query).get(key),
    set: (values) => {
      query = withValues(query, values);
    },
    subscribe: () => () => undefined,
  };
}

/** The view re-renders when its address changes, by Back or by its own `set`. */
export function useViewState(url: ViewStateUrl | undefined): ViewStateUrl {
  const [fallback] = React.useState(memoryViewState);
  const source = url ?? fallback;
  const [, changed] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => source.subscribe(changed), [source]);
  return React.useMemo(
    () => ({
      get: (key) => source.get(key),
      set: (values, how) => {
        source.set(values, how);
        changed();
      },
      subscribe: (f) => source.subscribe(f),
    }),
    [source],
  );
}

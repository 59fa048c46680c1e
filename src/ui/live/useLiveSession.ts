import * as React from 'react';
import type { LiveClient, LiveRepository } from '../../data/services';

/** The page's visibility, as the poller needs it (DESIGN §5: slower when hidden). */
const documentVisibility = {
  visible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
  subscribe: (onChange: () => void) => {
    if (typeof document === 'undefined') return () => undefined;
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  },
};

export type SessionState =
  { status: 'loading' } | { status: 'failed'; error: unknown; retry(): void } | { status: 'open'; client: LiveClient };

/**
 * Opens the meeting's live session, keeps it polling while the view is mounted and re-renders on
 * every change. Reopening (a reload, another device) recovers everything from the lists.
 */
export function useLiveSession(
  live: LiveRepository,
  meetingId: number,
  asConsole: boolean,
  /** The chamber screen's stage page: polls faster during a vote (session.ts). */
  stage = false,
): SessionState & { version: number } {
  const [state, setState] = React.useState<SessionState>({ status: 'loading' });
  const [version, setVersion] = React.useState(0);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let client: LiveClient | null = null;
    let unsubscribe: () => void = () => undefined;
    let cancelled = false;
    setState({ status: 'loading' });
    live.open(meetingId, { console: asConsole, stage, visibility: documentVisibility }).then(
      (c) => {
        if (cancelled) return;
        client = c;
        unsubscribe = c.subscribe(() => setVersion((v) => v + 1));
        c.start();
        setState({ status: 'open', client: c });
      },
      (error) => {
        if (!cancelled) setState({ status: 'failed', error, retry: () => setAttempt((a) => a + 1) });
      },
    );
    return () => {
      cancelled = true;
      unsubscribe();
      client?.stop();
    };
  }, [live, meetingId, asConsole, stage, attempt]);
  return { ...state, version };
}

/** A clock that ticks every second while mounted: the speech timer. */
export function useTicker(ms = 1000): number {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

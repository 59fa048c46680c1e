import * as React from 'react';
import { useMounted } from '../common/useMounted';

export type LiveActionState =
  { kind: 'idle' } | { kind: 'busy'; key: string } | { kind: 'done'; message: string } | { kind: 'failed'; error: unknown };

/**
 * One write at a time from a group of live buttons: the group is disabled while it runs, then the
 * success text or the refusal is shown beside it. The session itself shows what is stored.
 */
export function useLiveAction(): {
  state: LiveActionState;
  run(key: string, action: () => Promise<unknown>, success?: string): Promise<boolean>;
} {
  const mounted = useMounted();
  const [state, setState] = React.useState<LiveActionState>({ kind: 'idle' });
  const run = React.useCallback(
    async (key: string, action: () => Promise<unknown>, success = '') => {
      setState({ kind: 'busy', key });
      try {
        await action();
      } catch (error) {
        if (mounted.current) setState({ kind: 'failed', error });
        return false;
      }
      if (mounted.current) setState({ kind: 'done', message: success });
      return true;
    },
    [mounted],
  );
  return { state, run };
}

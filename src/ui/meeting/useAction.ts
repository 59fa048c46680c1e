import * as React from 'react';
import { useMounted } from '../common/useMounted';

export type ActionState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; error: unknown };

/**
 * Runs one write at a time for a form or button group: busy while it runs (buttons disabled),
 * then the success text or the error, and the meeting read again so the page shows what is stored.
 */
export function useAction(reload: () => Promise<void>): {
  state: ActionState;
  /** Without `success` the form itself shows what is stored (and nothing says "done" on its own). */
  run(action: () => Promise<unknown>, success?: string): Promise<boolean>;
  reset(): void;
} {
  const mounted = useMounted();
  const [state, setState] = React.useState<ActionState>({ kind: 'idle' });
  const run = React.useCallback(
    async (action: () => Promise<unknown>, success = '') => {
      setState({ kind: 'busy' });
      try {
        await action();
      } catch (error) {
        if (mounted.current) setState({ kind: 'failed', error });
        return false;
      }
      await reload();
      if (mounted.current) setState({ kind: 'done', message: success });
      return true;
    },
    [reload, mounted],
  );
  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, reset };
}

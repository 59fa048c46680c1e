import * as React from 'react';
import type { MeetingDetails } from '../../data/services';
import type { ServicesWith } from '../../data/compose';
import { useMounted } from '../common/useMounted';

export type MeetingState = { kind: 'loading' } | { kind: 'loaded'; details: MeetingDetails } | { kind: 'failed'; error: unknown };

/**
 * One meeting's details, and a way to read them again after a change. A reload keeps the
 * current details on screen (no spinner flash) until the new ones arrive; a slower, older
 * answer never overwrites a newer one.
 */
export function useMeeting(
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>,
  meetingId: number,
): { state: MeetingState; reload(): Promise<void> } {
  const mounted = useMounted();
  const [state, setState] = React.useState<MeetingState>({ kind: 'loading' });
  const loadId = React.useRef(0);

  const reload = React.useCallback(async () => {
    const id = ++loadId.current;
    try {
      const details = await services.meeting.get(meetingId);
      if (mounted.current && id === loadId.current) setState({ kind: 'loaded', details });
    } catch (error) {
      if (mounted.current && id === loadId.current) setState({ kind: 'failed', error });
    }
  }, [services, meetingId, mounted]);

  React.useEffect(() => {
    setState({ kind: 'loading' });
    void reload();
  }, [reload]);

  return { state, reload };
}

/** Whether the person may use the clerk's tools; a failure to tell counts as no (SharePoint decides anyway). */
export function useCanEdit(services: ServicesWith<'clerk'>): boolean {
  const mounted = useMounted();
  const [canEdit, setCanEdit] = React.useState(false);
  React.useEffect(() => {
    services.clerk.canEdit().then(
      (yes) => mounted.current && setCanEdit(yes),
      () => undefined,
    );
  }, [services, mounted]);
  return canEdit;
}

import * as React from 'react';
import type { MeetingDetails } from '../../data/services';
import type { ServicesWith } from '../../data/compose';
import { useMounted } from '../common/useMounted';
import { useLoad, type LoadState } from '../common/useLoad';

export type MeetingState = LoadState<MeetingDetails>;

/** One meeting's details, and a way to read them again after a change (see useLoad). */
export function useMeeting(
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>,
  meetingId: number,
): { state: MeetingState; reload(): Promise<void> } {
  const { state, reload } = useLoad(() => services.meeting.get(meetingId), [services, meetingId]);
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

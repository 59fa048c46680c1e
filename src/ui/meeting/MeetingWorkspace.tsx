import * as React from 'react';
import type { Services } from '../../data/services';
import { useLanguage } from '../common/useLanguage';
import { LazyNewMeetingPage, LazyRollCallPage, Loading } from './lazy';
import { MeetingPage } from './MeetingPage';
import type { MeetingNav, MeetingView } from './nav';

/** The meeting views by address; the host's router and the web part's query string both end here. */
export function MeetingWorkspace({ services, view, nav }: { services: Services; view: MeetingView; nav: MeetingNav }): JSX.Element {
  const loading = useLanguage(services.locale).strings.meeting.page.loading;
  switch (view.kind) {
    case 'new':
      return (
        <React.Suspense fallback={<Loading label={loading} />}>
          <LazyNewMeetingPage services={services} nav={nav} />
        </React.Suspense>
      );
    case 'rollCall':
      return (
        <React.Suspense fallback={<Loading label={loading} />}>
          <LazyRollCallPage key={view.meetingId} services={services} meetingId={view.meetingId} nav={nav} />
        </React.Suspense>
      );
    case 'meeting':
      return <MeetingPage key={view.meetingId} services={services} meetingId={view.meetingId} nav={nav} />;
  }
}

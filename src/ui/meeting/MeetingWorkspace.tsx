import * as React from 'react';
import type { ServicesWith } from '../../data/compose';
import { useLanguage } from '../common/useLanguage';
import { LazyMinutesPage, LazyNewMeetingPage, LazyRollCallPage, Loading } from './lazy';
import { MeetingPage } from './MeetingPage';
import type { MeetingNav, MeetingView } from './nav';
import { meetingStrings } from '../strings/meeting';
import { stringsFor } from '../strings';

/** The meeting views by address; the host's router and the web part's query string both end here. */
export function MeetingWorkspace({
  services,
  view,
  nav,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits' | 'minutes'>;
  view: MeetingView;
  nav: MeetingNav;
}): JSX.Element {
  const loading = stringsFor(meetingStrings, useLanguage(services.locale)).page.loading;
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
    case 'minutes':
      return (
        <React.Suspense fallback={<Loading label={loading} />}>
          <LazyMinutesPage key={view.meetingId} services={services} meetingId={view.meetingId} nav={nav} />
        </React.Suspense>
      );
    case 'meeting':
      return <MeetingPage key={view.meetingId} services={services} meetingId={view.meetingId} nav={nav} />;
  }
}

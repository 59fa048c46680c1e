import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

/**
 * The clerk's tools and the roll call load on demand, in their own chunks: most people who open
 * a meeting are members, and the web part must stay within its bundle budget (DESIGN §9).
 */
export const LazyAgendaBuilder = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-clerk' */ './clerk/AgendaBuilder').then((m) => ({ default: m.AgendaBuilder })),
);
export const LazyClerkTools = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-clerk' */ './clerk/ClerkTools').then((m) => ({ default: m.ClerkTools })),
);
export const LazyNewMeetingPage = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-clerk' */ './clerk/NewMeetingPage').then((m) => ({ default: m.NewMeetingPage })),
);
// The participation forms (text fields, radios, checkboxes) follow the agenda by a moment.
export const LazyMyParticipation = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-participation' */ './participation/MyParticipation').then((m) => ({ default: m.MyParticipation })),
);
export const LazyRollCallPage = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-roll-call' */ './rollcall/RollCallPage').then((m) => ({ default: m.RollCallPage })),
);

// The minutes view; its PDF and Word libraries load later still, when the clerk generates.
export const LazyMinutesPage = React.lazy(() =>
  import(/* webpackChunkName: 'meeting-minutes' */ './minutes/MinutesPage').then((m) => ({ default: m.MinutesPage })),
);

/** Shown while a chunk loads; the label is the view's own loading text. */
export function Loading({ label }: { label: string }): JSX.Element {
  return <Spinner size={SpinnerSize.medium} label={label} labelPosition="right" />;
}

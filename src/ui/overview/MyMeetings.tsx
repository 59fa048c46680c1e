import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../data/compose';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useLoad } from '../common/useLoad';
import { LoadFrame } from '../common/LoadFrame';
import { MeetingCard } from './MeetingCard';
import { PastMeetings } from './PastMeetings';
// the to-do list loads when there is something on it: most first renders have nothing to show there
const LazyToDoSections = React.lazy(() =>
  import(/* webpackChunkName: 'overview-todo' */ './ToDoList').then((m) => ({ default: m.ToDoSections })),
);
import { meetingClasses } from './styles';
import { stringsFor, commonStrings } from '../strings';
import { overviewStrings } from '../strings/overview';

export interface MyMeetingsProps {
  services: ServicesWith<'meetings'>;
  /** At most this many meetings; the repository's default when left out. */
  limit?: number;
}

/** The overview: what awaits the person ("Att justera"…), then "Mina sammanträden", their upcoming meetings soonest first; one read. */
export function MyMeetings({ services, limit }: MyMeetingsProps): JSX.Element {
  const language = useLanguage(services.locale);
  const t = stringsFor(overviewStrings, language);
  const { state, reload } = useLoad(() => services.meetings.myOverview(limit), [services, limit]);
  // Ids unique on the page: two web parts of this kind may sit side by side.
  const [headingId] = React.useState(() => getId('my-meetings-'));

  return (
    <>
      {state.kind === 'loaded' && (state.data.toDo.length > 0 || state.data.toDoError) && (
        <React.Suspense fallback={null}>
          <LazyToDoSections overview={state.data} language={language} idPrefix={headingId} />
        </React.Suspense>
      )}
      <section className={classes.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={classes.heading}>
          {t.heading}
        </h2>
        <LoadFrame
          state={state}
          strings={stringsFor(commonStrings, language)}
          loading={t.loading}
          loaded={({ meetings }) => (meetings.length === 0 ? t.empty : t.loaded(meetings.length))}
          onRetry={() => void reload()}
        >
          {({ meetings }) =>
            meetings.length === 0 ? (
              <p className={classes.paragraph}>{t.empty}</p>
            ) : (
              <ul className={meetingClasses.list}>
                {meetings.map((m) => (
                  <li key={m.id} className={meetingClasses.item}>
                    <MeetingCard meeting={m} language={language} idPrefix={headingId} />
                  </li>
                ))}
              </ul>
            )
          }
        </LoadFrame>
      </section>
      <PastMeetings services={services} language={language} idPrefix={headingId} />
    </>
  );
}

import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../data/compose';
import { LoadFrame } from '../common/LoadFrame';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { Agenda } from './Agenda';
import { LazyAgendaBuilder, LazyClerkTools, LazyMyParticipation, Loading } from './lazy';
import { MeetingHeader } from './MeetingHeader';
import type { MeetingNav } from './nav';
import { useCanEdit, useMeeting } from './useMeeting';
import { meetingStrings } from '../strings/meeting';
import { stringsFor, commonStrings } from '../strings';

export interface MeetingPageProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits' | 'minutes'>;
  meetingId: number;
  nav: MeetingNav;
}

/** One meeting for members, substitutes and clerks: facts, agenda with documents, my participation, clerk's tools. */
export function MeetingPage({ services, meetingId, nav }: MeetingPageProps): JSX.Element {
  const language = useLanguage(services.locale);
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).page;
  const { state, reload } = useMeeting(services, meetingId);
  const canEdit = useCanEdit(services);
  const [idPrefix] = React.useState(() => getId('meeting-'));
  // The marker compares with the previous visit, read once: marking this visit must not clear it on screen.
  const [lastSeen] = React.useState(() => services.visits.lastSeen(meetingId));

  React.useEffect(() => {
    if (state.kind === 'loaded') services.visits.markSeen(meetingId, services.clock.now().toISOString());
  }, [state.kind, services, meetingId]);

  const overview = nav.overview();

  return (
    <section className={classes.section} aria-labelledby={`${idPrefix}-title`}>
      <LoadFrame
        state={state}
        strings={s}
        loading={t.loading}
        loaded={(d) => t.loaded(d.title)}
        onRetry={() => void reload()}
        texts={{ notFound: t.notFound }}
        frame={
          <h2 id={`${idPrefix}-title`} className={classes.heading}>
            {t.heading}
          </h2>
        }
      >
        {(details) => (
          <>
            <h2 id={`${idPrefix}-title`} className={classes.heading}>
              {details.title}
            </h2>
            {details.status === 'Cancelled' && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                {details.cancellationReason ? t.cancelledBecause(details.cancellationReason) : t.cancelled}
              </MessageBar>
            )}
            <MeetingHeader details={details} language={language} />
            {(canEdit || details.staffIds.includes(services.user.siteUserId)) && (
              <p>
                <Link href={nav.rollCall(meetingId)}>{t.rollCallLink}</Link>
              </p>
            )}
            {details.status !== 'Cancelled' && details.status !== 'Closed' && (
              <p>
                <Link href={nav.live(meetingId)}>{t.liveLink}</Link>
              </p>
            )}
            {/* minutes exist once the meeting has begun; their folders' permissions decide who reads them */}
            {details.status !== 'Cancelled' && Date.parse(details.start) <= services.clock.now().getTime() && (
              <p>
                <Link href={nav.minutes(meetingId)}>{t.minutesLink}</Link>
              </p>
            )}
            {canEdit ? (
              // until the clerk's chunk is there, the plain agenda shows
              <React.Suspense fallback={<Agenda details={details} language={language} lastSeen={lastSeen} idPrefix={idPrefix} />}>
                <LazyAgendaBuilder
                  services={services}
                  details={details}
                  language={language}
                  lastSeen={lastSeen}
                  reload={reload}
                  idPrefix={idPrefix}
                />
              </React.Suspense>
            ) : (
              <Agenda details={details} language={language} lastSeen={lastSeen} idPrefix={idPrefix} />
            )}
            {/* nobody attends or reports absence for a cancelled meeting */}
            {details.status !== 'Cancelled' && (
              <React.Suspense fallback={<Loading label={t.loading} />}>
                <LazyMyParticipation services={services} details={details} language={language} reload={reload} idPrefix={idPrefix} />
              </React.Suspense>
            )}
            {canEdit && (
              <React.Suspense fallback={<Loading label={t.loading} />}>
                <LazyClerkTools services={services} details={details} language={language} reload={reload} idPrefix={idPrefix} />
              </React.Suspense>
            )}
          </>
        )}
      </LoadFrame>
      {overview && (
        <p>
          <Link href={overview}>{t.back}</Link>
        </p>
      )}
    </section>
  );
}

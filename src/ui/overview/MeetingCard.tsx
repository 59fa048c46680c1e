import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { MyMeeting } from '../../data/services';
import { type Language, formatMeetingTime, stringsFor, commonStrings } from '../strings';
import { formatItemNumbers } from '../../domain/meetings/itemNumbers';
import { safeHref } from '../common/safeUrl';
import { roleText } from './roles';
import { meetingClasses as css } from './styles';
import { meetingStrings } from '../strings/meeting';
import { overviewStrings } from '../strings/overview';

/** One meeting: when, which body, what, where, its status and the person's role; a past one offers only its agenda. */
export function MeetingCard({
  meeting,
  language,
  idPrefix,
  past = false,
}: {
  meeting: MyMeeting;
  language: Language;
  idPrefix: string;
  past?: boolean;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(overviewStrings, language);
  const headingId = `${idPrefix}-meeting-${meeting.id}`;
  const agendaHref = safeHref(meeting.agendaUrl);
  // a Teams link only where the body lets members take part remotely (KL 5:16): RF meets in the chamber
  const teamsHref = past || !meeting.remoteAllowed ? null : safeHref(meeting.teamsJoinUrl);
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className={css.title}>
        {meeting.title}
      </h3>
      <time className={css.time} dateTime={meeting.start}>
        {formatMeetingTime(meeting.start, meeting.end, language)}
      </time>
      <dl className={css.facts}>
        <dt className={css.term}>{t.body}</dt>
        <dd className={css.value}>{meeting.bodyName}</dd>
        <dt className={css.term}>{t.place}</dt>
        <dd className={css.value}>{meeting.location || t.placeUnknown}</dd>
        <dt className={css.term}>{t.status}</dt>
        <dd className={css.value}>{s.meetingStatus[meeting.status]}</dd>
        <dt className={css.term}>{t.myRole}</dt>
        <dd className={css.value}>{meeting.myAssignments.length ? roleText(meeting.myAssignments, s, language) : t.staffRole}</dd>
      </dl>
      {meeting.remoteAllowed && !past && <p className={css.note}>{t.remoteAllowed}</p>}
      {meeting.calledIn && (
        <p className={css.note}>
          {meeting.calledIn.items === 'all'
            ? stringsFor(meetingStrings, language).participation.calledIn(meeting.calledIn.forMemberName)
            : stringsFor(meetingStrings, language).participation.calledInItems(
                meeting.calledIn.forMemberName,
                stringsFor(meetingStrings, language).items(formatItemNumbers(meeting.calledIn.items)),
              )}
        </p>
      )}
      <div className={css.actions}>
        {agendaHref && (
          <Link className={css.link} href={agendaHref} aria-label={t.agendaLinkLabel(meeting.title)}>
            {t.agendaLink}
          </Link>
        )}
        {teamsHref && (
          <Link
            className={css.link}
            href={teamsHref}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t.joinTeamsLabel(meeting.title)}
          >
            {t.joinTeams}
          </Link>
        )}
      </div>
    </article>
  );
}

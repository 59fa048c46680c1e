import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { MeetingDetails } from '../../data/services';
import { formatDateTime, formatMeetingTime, type Language, stringsFor, commonStrings, intlOf } from '../strings';
import { safeHref } from '../common/safeUrl';
import { meetingCss as css } from './styles';
import { meetingStrings } from '../strings/meeting';

/** The meeting's facts: body, time (Swedish), place, remote, Teams link, status, chair, co-signers. */
export function MeetingHeader({ details, language }: { details: MeetingDetails; language: Language }): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).page;
  const teams = safeHref(details.teamsJoinUrl);
  const names = (people: { displayName: string }[]) =>
    people.length ? intlOf(language).list(people.map((p) => p.displayName)) : t.nobodyYet;
  return (
    <>
      <dl className={css.facts}>
        <dt className={css.term}>{t.body}</dt>
        <dd className={css.value}>{details.bodyName}</dd>
        <dt className={css.term}>{t.when}</dt>
        <dd className={css.value}>
          <time dateTime={details.start}>{formatMeetingTime(details.start, details.end, language)}</time>
        </dd>
        <dt className={css.term}>{t.place}</dt>
        <dd className={css.value}>{details.location || t.placeUnknown}</dd>
        <dt className={css.term}>{t.remote}</dt>
        <dd className={css.value}>{details.remoteAllowed ? t.remoteAllowed : t.remoteNotAllowed}</dd>
        <dt className={css.term}>{t.status}</dt>
        <dd className={css.value}>{s.meetingStatus[details.status]}</dd>
        <dt className={css.term}>{t.chair}</dt>
        <dd className={css.value}>{names(details.chair ? [details.chair] : [])}</dd>
        <dt className={css.term}>{t.coSigners}</dt>
        <dd className={css.value}>{names(details.coSigners)}</dd>
        {details.signingDue && (
          <>
            <dt className={css.term}>{t.signingDue}</dt>
            <dd className={css.value}>{formatDateTime(details.signingDue, language)}</dd>
          </>
        )}
      </dl>
      {details.noticePublished && <p>{t.noticePublished(formatDateTime(details.noticePublished, language))}</p>}
      {teams && (
        <p>
          <Link href={teams} target="_blank" rel="noopener noreferrer" aria-label={t.joinTeamsLabel(details.title)}>
            {t.joinTeams}
          </Link>
        </p>
      )}
    </>
  );
}

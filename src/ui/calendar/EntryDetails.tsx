import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Link } from '@fluentui/react/lib/Link';
import { dayOf, type CalendarEntry } from '../../domain/calendar/calendar';
import { formatDate } from './dates';
import { safeHref } from '../common/safeUrl';
import type { Language } from '../strings';
import type { CalendarStrings } from '../strings/calendar';
import { entrySource, entryTime } from './entryText';
import { calendarClasses as c } from './styles';

export interface EntryDetailsProps {
  entry: CalendarEntry | null;
  language: Language;
  g: CalendarStrings;
  agendaUrl(meetingId: number): string;
  onDismiss(): void;
}

/** An entry's details and where it opens: Outlook on the web, the Teams meeting, the agenda. */
export function EntryDetails({ entry, language, g, agendaUrl, onDismiss }: EntryDetailsProps): JSX.Element {
  const t = g.details;
  const outlook = safeHref(entry?.webLink);
  const teams = entry && !entry.cancelled ? safeHref(entry.joinUrl) : null;
  const day = entry ? (entry.allDay ? entry.start : null) : null;
  return (
    <Panel
      isOpen={entry !== null}
      type={PanelType.smallFixedFar}
      headerText={entry?.title}
      closeButtonAriaLabel={t.close}
      onDismiss={onDismiss}
      isLightDismiss
    >
      {entry && (
        <>
          <dl className={c.detailsList}>
            <dt>{t.when}</dt>
            <dd>
              {formatDate(entry.allDay ? entry.start : dayOf(entry.start), language.intlLocale, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              })}
              {', '}
              {entryTime(entry, day, language, g)}
              {entry.cancelled && ` – ${g.cancelled}`}
            </dd>
            {entry.location && (
              <>
                <dt>{t.where}</dt>
                <dd>{entry.location}</dd>
              </>
            )}
            <dt>{t.calendar}</dt>
            <dd>{entrySource(entry, g)}</dd>
          </dl>
          <div className={c.actions}>
            {entry.meetingId !== null && <Link href={agendaUrl(entry.meetingId)}>{t.openAgenda}</Link>}
            {teams && (
              <Link href={teams} target="_blank" rel="noopener noreferrer">
                {t.joinTeams}
              </Link>
            )}
            {outlook && (
              <Link href={outlook} target="_blank" rel="noopener noreferrer">
                {t.openOutlook}
              </Link>
            )}
          </div>
        </>
      )}
    </Panel>
  );
}

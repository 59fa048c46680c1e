import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../../data/compose';
import type { MeetingMinutes } from '../../../data/minutes/types';
import { LoadFrame } from '../../common/LoadFrame';
import { classes } from '../../common/styles';
import { useLanguage } from '../../common/useLanguage';
import { useLoad } from '../../common/useLoad';
import { commonStrings, stringsFor } from '../../strings';
import { minutesViewStrings } from '../../strings/minutesView';
import type { MeetingNav } from '../nav';
import { useMeeting } from '../useMeeting';
import { DecisionsPanel } from './DecisionsPanel';
import { DissentsPanel } from './DissentsPanel';
import { DraftPanel } from './DraftPanel';
import { MinutesDocumentCard } from './MinutesDocumentCard';

export type MinutesServices = ServicesWith<'meeting' | 'clerk' | 'visits' | 'minutes'>;

/**
 * "Protokoll": the meeting's minutes documents and where each stands; the clerk drafts, freezes
 * and posts; the chair, the co-signers and the secretary read and sign (DOMAIN §6).
 */
export function MinutesPage({ services, meetingId, nav }: { services: MinutesServices; meetingId: number; nav: MeetingNav }): JSX.Element {
  const language = useLanguage(services.locale);
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language);
  const meeting = useMeeting(services, meetingId);
  const minutes = useLoad(() => services.minutes.get(meetingId), [services, meetingId]);
  const [idPrefix] = React.useState(() => getId('minutes-'));
  const title = meeting.state.kind === 'loaded' ? `${t.heading}: ${meeting.state.data.title}` : t.heading;
  const reload = minutes.reload;
  // when the record's items last changed: a draft made before is stale, a version frozen before no longer says it
  const recordStamp =
    meeting.state.kind === 'loaded' ? meeting.state.data.items.reduce((max, i) => (i.modified > max ? i.modified : max), '') : '';
  const recordChangedAfter = (frozenAt: string | undefined): boolean =>
    !!frozenAt && recordStamp !== '' && Date.parse(recordStamp) > Date.parse(frozenAt);

  return (
    <section className={classes.section} aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className={classes.heading}>
        {title}
      </h2>
      <LoadFrame
        state={minutes.state}
        strings={s}
        loading={t.loading}
        loaded={(m) => t.loaded(m.documents.length)}
        onRetry={() => void reload()}
      >
        {(m: MeetingMinutes) => (
          <>
            {m.documents.length === 0 && <p className={classes.paragraph}>{t.noDocuments}</p>}
            {m.documents.map((d) => (
              <MinutesDocumentCard
                recordChanged={recordChangedAfter(d.versions[d.versions.length - 1]?.frozenAt)}
                key={d.id}
                services={services}
                minutes={m}
                document={d}
                meetingTitle={meeting.state.kind === 'loaded' ? meeting.state.data.title : ''}
                language={language}
                reload={reload}
              />
            ))}
            {m.canManage && (
              <DraftPanel
                recordStamp={recordStamp}
                services={services}
                minutes={m}
                meetingId={meetingId}
                meetingTitle={meeting.state.kind === 'loaded' ? meeting.state.data.title : ''}
                language={language}
                reload={reload}
                idPrefix={idPrefix}
              />
            )}
            {/* those who may take part in the body's decisions: the body's members and substitutes on the meeting's date */}
            {meeting.state.kind === 'loaded' &&
              meeting.state.data.seatAssignments.some((a) => a.personId === services.user.siteUserId) &&
              !m.documents.some((d) => !d.immediate && d.status.signedAt) && (
                <DissentsPanel services={services} details={meeting.state.data} language={language} idPrefix={idPrefix} />
              )}
            {/* signed minutes are not reworded: a correction then needs a new decision by the body */}
            {m.canManage && meeting.state.kind === 'loaded' && !m.documents.some((d) => !d.immediate && d.status.signedAt) && (
              <DecisionsPanel
                services={services}
                details={meeting.state.data}
                correcting={m.documents.some((d) => d.versions.length > 0)}
                language={language}
                reload={async () => {
                  await Promise.all([meeting.reload(), reload()]);
                }}
                idPrefix={idPrefix}
              />
            )}
          </>
        )}
      </LoadFrame>
      <p>
        <Link href={nav.meeting(meetingId)}>{t.backToMeeting}</Link>
      </p>
    </section>
  );
}

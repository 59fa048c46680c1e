import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../../data/compose';
import { classes } from '../../common/styles';
import { useLanguage } from '../../common/useLanguage';
import type { MeetingNav } from '../nav';
import { useCanEdit } from '../useMeeting';
import { emptyDraft } from './meetingDraft';
import { MeetingForm } from './MeetingForm';
import { meetingStrings } from '../../strings/meeting';
import { stringsFor } from '../../strings';

/** "Nytt sammanträde": the meeting form; after saving, on to the new meeting's page to build its agenda. */
export function NewMeetingPage({
  services,
  nav,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  nav: MeetingNav;
}): JSX.Element {
  const language = useLanguage(services.locale);
  const t = stringsFor(meetingStrings, language).clerk;
  const canEdit = useCanEdit(services);
  const [headingId] = React.useState(() => getId('new-meeting-'));
  const initial = React.useMemo(emptyDraft, []);
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {t.newHeading}
      </h2>
      {/* SharePoint refuses a non-clerk's write anyway; this only saves them filling in the form. */}
      {!canEdit && <p className={classes.paragraph}>{t.notClerk}</p>}
      <MeetingForm services={services} language={language} initial={initial} onSaved={(id) => nav.go(nav.meeting(id))} />
    </section>
  );
}

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor } from '../../strings';
import { classes } from '../../common/styles';
import { AttendancePicture } from './AttendancePicture';
import { CancelMeeting } from './CancelMeeting';
import { draftOf } from './meetingDraft';
import { MeetingForm } from './MeetingForm';
import { PublishNotice } from './PublishNotice';
import { meetingStrings } from '../../strings/meeting';

export interface ClerkToolsProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  reload(): Promise<void>;
  idPrefix: string;
}

/** The clerk's part of the meeting page: edit the meeting, publish the notice, the attendance picture, cancel. */
export function ClerkTools({ services, details, language, reload, idPrefix }: ClerkToolsProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).clerk;
  const [editing, setEditing] = React.useState(false);
  const editButton = React.useRef<HTMLDivElement>(null);
  const closeForm = () => {
    setEditing(false);
    // back to the button that opened the form
    window.setTimeout(() => editButton.current?.querySelector('button')?.focus(), 0);
  };
  const cancelled = details.status === 'Cancelled';
  return (
    <section aria-labelledby={`${idPrefix}-clerk`}>
      <h3 id={`${idPrefix}-clerk`} className={classes.subheading}>
        {t.heading}
      </h3>
      <div ref={editButton}>
        <DefaultButton text={t.editMeeting} aria-expanded={editing} disabled={cancelled} onClick={() => setEditing(!editing)} />
      </div>
      {editing && (
        <MeetingForm
          services={services}
          language={language}
          initial={draftOf(details)}
          meetingId={details.id}
          onSaved={() => {
            void reload();
            closeForm();
          }}
          onCancel={closeForm}
        />
      )}
      <PublishNotice services={services} details={details} language={language} reload={reload} />
      <AttendancePicture services={services} details={details} language={language} idPrefix={idPrefix} />
      {!cancelled && <CancelMeeting services={services} details={details} language={language} reload={reload} />}
    </section>
  );
}

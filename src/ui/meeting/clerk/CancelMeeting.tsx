import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { classes } from '../../common/styles';
import { useUnsavedChanges } from '../../common/unsavedChanges';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { ConfirmDialog } from './ConfirmDialog';
import { meetingStrings } from '../../strings/meeting';

/** Cancels the meeting with a reason, after asking; the calendar event goes with it. */
export function CancelMeeting({
  services,
  details,
  language,
  reload,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  reload(): Promise<void>;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).cancel;
  const action = useAction(reload);
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [asking, setAsking] = React.useState(false);
  const release = useUnsavedChanges(reason !== '');
  return (
    <div className={css.panel}>
      <h4 className={classes.subheading}>{t.heading}</h4>
      <div className={css.form}>
        <TextField
          label={t.reason}
          required
          multiline
          rows={2}
          value={reason}
          onChange={(_, v) => setReason(v ?? '')}
          errorMessage={error}
        />
        <div className={css.row}>
          <DefaultButton
            text={t.cancelMeeting}
            disabled={action.state.kind === 'busy'}
            onClick={() => {
              const missing = reason.trim() ? undefined : t.reasonRequired;
              setError(missing);
              if (!missing) setAsking(true);
            }}
          />
        </div>
      </div>
      <ActionFeedback state={action.state} strings={s} />
      <ConfirmDialog
        hidden={!asking}
        title={t.confirmTitle}
        text={t.confirmText}
        confirmLabel={t.confirm}
        cancelLabel={t.back}
        onConfirm={() => {
          setAsking(false);
          // the reason is stored with the meeting: nothing left to lose (the form then goes away)
          void action.run(() => services.clerk.cancelMeeting(details.id, reason.trim()), t.cancelled).then((ok) => ok && release());
        }}
        onDismiss={() => setAsking(false)}
      />
    </div>
  );
}

import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { MeetingDetails, PublishResult } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { ErrorMessage } from '../../common/ErrorMessage';
import { classes } from '../../common/styles';
import { safeHref } from '../../common/safeUrl';
import { useMounted } from '../../common/useMounted';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';
import { plannedCallIns } from '../../../domain/meetings/callIns';
import { trustFromStaff } from '../../../domain/bodies/trust';
import { ConfirmDialog } from './ConfirmDialog';

type PublishState =
  | { kind: 'idle' }
  | { kind: 'publishing' }
  | { kind: 'done'; result: PublishResult; noticeDays: number | null }
  | { kind: 'failed'; error: unknown };

/** "Publicera kallelse": sends the calendar invitation and, for RF, the announcement; warns when it is late. */
export function PublishNotice({
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
  const t = stringsFor(meetingStrings, language).publish;
  const mounted = useMounted();
  const [state, setState] = React.useState<PublishState>({ kind: 'idle' });
  const [asking, setAsking] = React.useState(false);
  // who the invitation reaches, by the same rule the repository sends it with
  const preview = React.useMemo(() => {
    const names = new Map(details.seatAssignments.map((a) => [a.personId, a.name]));
    const callIns = plannedCallIns({
      rules: details.rules,
      assignments: details.seatAssignments,
      attendance: details.attendance,
      meetingStart: details.start,
      trust: trustFromStaff(details.staffIds),
      itemNumbers: details.items.map((i) => i.number),
    });
    return { people: names.size, calledIn: [...callIns.keys()].map((id) => names.get(id) ?? String(id)) };
  }, [details]);

  const publish = async () => {
    setState({ kind: 'publishing' });
    try {
      const result = await services.clerk.publishNotice(details.id);
      // The warning names the body's own notice days (a setting, DOMAIN §2 [L]).
      const noticeDays = result.lateAnnouncement
        ? ((await services.clerk.bodies().catch(() => [])).find((b) => b.id === details.bodyId)?.noticeDaysBefore ?? null)
        : null;
      await reload();
      if (mounted.current) setState({ kind: 'done', result, noticeDays });
    } catch (error) {
      if (mounted.current) setState({ kind: 'failed', error });
    }
  };

  const teams = state.kind === 'done' ? safeHref(state.result.teamsJoinUrl) : null;
  return (
    <div className={css.panel}>
      <h4 className={classes.subheading}>{t.heading}</h4>
      <p className={classes.paragraph}>{t.intro}</p>
      <PrimaryButton
        text={details.noticePublished ? t.republish : t.publish}
        disabled={state.kind === 'publishing' || details.status === 'Cancelled'}
        onClick={() => setAsking(true)}
      />
      <ConfirmDialog
        hidden={!asking}
        title={t.confirmTitle}
        text={t.confirmText(preview.people, preview.calledIn)}
        confirmLabel={t.confirm}
        cancelLabel={t.cancel}
        onConfirm={() => {
          setAsking(false);
          void publish();
        }}
        onDismiss={() => setAsking(false)}
      />
      <div role="status" aria-live="polite">
        {state.kind === 'publishing' && <Spinner size={SpinnerSize.small} label={t.publishing} labelPosition="right" />}
        {state.kind === 'done' && (
          <>
            {state.result.lateAnnouncement && (
              <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
                <p className={classes.messageTitle}>{t.lateAnnouncement(state.noticeDays)}</p>
                <p className={classes.messageText}>{t.lateAction}</p>
              </MessageBar>
            )}
            <MessageBar messageBarType={MessageBarType.success} isMultiline>
              {t.published(state.result.invited)}
              {teams && (
                <>
                  {' '}
                  <Link href={teams} target="_blank" rel="noopener noreferrer">
                    {t.teamsCreated}
                  </Link>
                </>
              )}
            </MessageBar>
          </>
        )}
        {state.kind === 'failed' && <ErrorMessage error={state.error} strings={s} />}
      </div>
    </div>
  );
}

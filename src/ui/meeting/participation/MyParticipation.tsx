import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { classes } from '../../common/styles';
import { ActionFeedback } from '../ActionFeedback';
import { useAction } from '../useAction';
import { AbsenceForm } from './AbsenceForm';
import { ConflictForm } from './ConflictForm';
import { answerText, itemsText, myState } from './participationState';
import { meetingStrings } from '../../strings/meeting';

export interface MyParticipationProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  reload(): Promise<void>;
  idPrefix: string;
}

/** "Mitt deltagande": the person's answer, a call-in as substitute, absence notice and jäv. */
export function MyParticipation({ services, details, language, reload, idPrefix }: MyParticipationProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).participation;
  const me = services.user.siteUserId;
  const planned = React.useMemo(() => services.meeting.seatTable(details, 'planned'), [services, details]);
  const state = React.useMemo(() => myState(details, me, planned), [details, me, planned]);
  const confirm = useAction(reload);
  const allItems = details.items.length;

  return (
    <section aria-labelledby={`${idPrefix}-mine`}>
      <h3 id={`${idPrefix}-mine`} className={classes.subheading}>
        {t.heading}
      </h3>
      {details.myAssignments.length === 0 ? (
        <p className={classes.paragraph}>{t.notAssigned}</p>
      ) : (
        <>
          {state.calledIn.map((c) => (
            <MessageBar key={c.memberName} messageBarType={MessageBarType.info} isMultiline>
              {c.itemNumbers.length === allItems
                ? t.calledIn(c.memberName)
                : t.calledInItems(c.memberName, itemsText(c.itemNumbers, stringsFor(meetingStrings, language)))}
            </MessageBar>
          ))}
          <p className={classes.paragraph}>{answerText(state.answer, stringsFor(meetingStrings, language))}</p>
          {state.answer.kind === 'noAnswer' && (
            <PrimaryButton
              text={t.confirm}
              disabled={confirm.state.kind === 'busy'}
              onClick={() => void confirm.run(() => services.meeting.confirmAttendance(details.id), t.confirmed)}
            />
          )}
          <ActionFeedback state={confirm.state} strings={s} />
          <AbsenceForm
            services={services}
            details={details}
            language={language}
            absence={state.absence}
            reload={reload}
            idPrefix={idPrefix}
          />
          <ConflictForm
            services={services}
            details={details}
            language={language}
            conflictItemIds={state.conflictItemIds}
            reload={reload}
            idPrefix={idPrefix}
          />
        </>
      )}
    </section>
  );
}

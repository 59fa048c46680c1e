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
  // after a write the person lands on what is now stored (keyboard and screen-reader users alike)
  const statusRef = React.useRef<HTMLDivElement>(null);
  const focusStatus = React.useCallback(() => statusRef.current?.focus(), []);

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
          {/* the message is the stored answer, never the last click */}
          <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
            <p className={classes.paragraph}>{answerText(state.answer, stringsFor(meetingStrings, language))}</p>
            {state.answer.kind === 'absent' && <p className={classes.paragraph}>{t.substitutesCalled}</p>}
          </div>
          {state.answer.kind === 'noAnswer' && (
            <PrimaryButton
              text={t.confirm}
              disabled={confirm.state.kind === 'busy'}
              onClick={() =>
                void confirm.run(() => services.meeting.confirmAttendance(details.id)).then((stored) => stored && focusStatus())
              }
            />
          )}
          <ActionFeedback state={confirm.state} strings={s} />
          <AbsenceForm
            services={services}
            details={details}
            language={language}
            absence={state.absence}
            reload={reload}
            onStored={focusStatus}
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

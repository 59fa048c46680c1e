import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { checkAbsenceNotice, checkWithdrawal, noticeConsequence, type NoticeProblem } from '../../../domain/meetings/absence';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { classes } from '../../common/styles';
import { isChanged, useUnsavedChanges } from '../../common/unsavedChanges';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { itemsText, problemText } from './participationState';
import { NotifyOutcome, type NotifiedNotice } from './NotifyOutcome';
import { meetingStrings } from '../../strings/meeting';

export interface AbsenceFormProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  absence: 'all' | Set<number> | undefined;
  reload(): Promise<void>;
  /** After a stored notice or withdrawal: the page moves focus to the stored state. */
  onStored(): void;
  idPrefix: string;
}

/** Förhinder: for the whole meeting or chosen items, with an optional reason; or withdraw it. */
export function AbsenceForm({ services, details, language, absence, reload, onStored, idPrefix }: AbsenceFormProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).participation;
  const action = useAction(reload);
  const [scope, setScope] = React.useState<'all' | 'items'>('all');
  const [chosen, setChosen] = React.useState<number[]>([]);
  const [reason, setReason] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  // who the stored notice told by e-mail, and who it could not (a warning, never a failure of the notice)
  const [notified, setNotified] = React.useState<NotifiedNotice | null>(null);
  // chosen items and a reason are input to keep; a stored notice clears them, which releases the guard
  useUnsavedChanges(isChanged({ chosen: [] as number[], reason: '' }, { chosen: scope === 'items' ? chosen : [], reason }));
  const items = [...details.items].sort((a, b) => a.number - b.number);
  const busy = action.state.kind === 'busy';
  const ms = stringsFor(meetingStrings, language);
  // what the chosen items (with any notice already stored) mean under the body's rule on returning
  const agendaNumbers = items.map((i) => i.number);
  const planned = [...new Set([...chosen, ...(absence instanceof Set ? absence : [])])];
  const consequence = noticeConsequence(agendaNumbers, planned, details.rules.returnSameDayAllowed);
  const consequenceText =
    chosen.length === 0 || consequence.serves.length === 0
      ? ''
      : consequence.noReturn.length > 0 && consequence.leavesAt !== null
        ? t.consequenceNoReturn(consequence.leavesAt, itemsText(consequence.out, ms))
        : t.consequenceReturn(itemsText(consequence.serves, ms), itemsText(consequence.out, ms));

  const refuse = (p: NoticeProblem | null): boolean => {
    setProblem(p ? problemText(p, stringsFor(meetingStrings, language)) : null);
    // the last notice's mail report belongs to that notice, not beside this refusal
    if (p) setNotified(null);
    return p !== null;
  };

  const report = async () => {
    if (scope === 'items' && chosen.length === 0) return setProblem(t.noItemsChosen);
    const itemNumbers = scope === 'all' ? null : [...chosen].sort((a, b) => a - b);
    const p = checkAbsenceNotice({
      now: services.clock.now(),
      meetingStart: details.start,
      agendaNumbers: items.map((i) => i.number),
      itemNumbers,
      current: absence,
    });
    if (refuse(p)) return;
    setNotified(null);
    const run = async () =>
      setNotified({ kind: 'reported', outcome: await services.meeting.reportAbsence(details.id, itemNumbers, reason.trim()) });
    if (await action.run(run)) {
      setChosen([]);
      setReason('');
      onStored();
    }
  };

  const withdraw = async () => {
    if (refuse(checkWithdrawal({ now: services.clock.now(), meetingStart: details.start, current: absence }))) return;
    // A withdrawal of the whole notice: the domain offers no partial withdrawal of an 'all' notice.
    setNotified(null);
    const run = async () => setNotified({ kind: 'withdrawn', outcome: await services.meeting.withdrawAbsence(details.id, null) });
    if (await action.run(run)) onStored();
  };

  return (
    <div className={css.panel}>
      <h4 className={classes.subheading} id={`${idPrefix}-absence`}>
        {t.reportHeading}
      </h4>
      <div className={css.form}>
        <ChoiceGroup
          label={t.scope}
          selectedKey={scope}
          options={[
            { key: 'all', text: t.scopeAll },
            { key: 'items', text: t.scopeItems },
          ]}
          onChange={(_, o) => o && setScope(o.key as 'all' | 'items')}
        />
        {scope === 'items' && (
          <fieldset className={css.form}>
            <legend>{t.chooseItems}</legend>
            {items.map((i) => (
              <Checkbox
                key={i.id}
                label={t.itemOption(i.number, i.title)}
                checked={chosen.includes(i.number)}
                onChange={(_, on) => setChosen((c) => (on ? [...c, i.number] : c.filter((n) => n !== i.number)))}
              />
            ))}
            <p className={classes.paragraph} aria-live="polite">
              {consequenceText}
            </p>
          </fieldset>
        )}
        <TextField label={t.reason} description={t.reasonHint} value={reason} onChange={(_, v) => setReason(v ?? '')} multiline rows={2} />
        <div className={css.row}>
          <PrimaryButton text={busy ? t.saving : t.report} disabled={busy} onClick={() => void report()} />
          {absence && <DefaultButton text={t.withdraw} disabled={busy} onClick={() => void withdraw()} />}
        </div>
      </div>
      <ActionFeedback state={action.state} strings={s} problem={problem} />
      <NotifyOutcome notice={notified} language={language} />
    </div>
  );
}

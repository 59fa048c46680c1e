import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { classes } from '../../common/styles';
import { isChanged, useUnsavedChanges } from '../../common/unsavedChanges';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { meetingStrings } from '../../strings/meeting';

export interface ConflictFormProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  /** Items the person has declared jäv on. */
  conflictItemIds: number[];
  reload(): Promise<void>;
  idPrefix: string;
}

/** Jäv: the person declares it on an item with the reason, and may withdraw it (a new event). */
export function ConflictForm({ services, details, language, conflictItemIds, reload, idPrefix }: ConflictFormProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).participation;
  const action = useAction(reload);
  const [itemId, setItemId] = React.useState<number | null>(null);
  const [reason, setReason] = React.useState('');
  const [errors, setErrors] = React.useState<{ item?: string; reason?: string }>({});
  // a stored declaration clears the form, which releases the guard
  useUnsavedChanges(isChanged({ itemId: null as number | null, reason: '' }, { itemId, reason }));
  const items = [...details.items].sort((a, b) => a.number - b.number);
  const open = items.filter((i) => !conflictItemIds.includes(i.id));
  const mine = items.filter((i) => conflictItemIds.includes(i.id));
  const busy = action.state.kind === 'busy';

  const declare = async () => {
    const next = { item: itemId === null ? t.conflictChooseItem : undefined, reason: reason.trim() ? undefined : t.conflictReasonRequired };
    setErrors(next);
    if (next.item || next.reason || itemId === null) return;
    if (await action.run(() => services.meeting.declareConflict(details.id, itemId, reason.trim()), t.declared)) {
      setItemId(null);
      setReason('');
    }
  };

  return (
    <div className={css.panel}>
      <h4 className={classes.subheading} id={`${idPrefix}-conflict`}>
        {t.conflictHeading}
      </h4>
      <p className={classes.paragraph}>{t.conflictIntro}</p>
      {mine.length > 0 && (
        <>
          <p className={classes.paragraph}>{t.myConflicts}</p>
          <ul>
            {mine.map((i) => (
              <li key={i.id} className={css.row}>
                <span>{t.conflictOn(i.number, i.title)}</span>
                <DefaultButton
                  text={t.withdrawConflict}
                  ariaLabel={t.withdrawConflictLabel(i.number)}
                  disabled={busy}
                  onClick={() => void action.run(() => services.meeting.withdrawConflict(details.id, i.id), t.conflictWithdrawn)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {open.length > 0 && (
        <div className={css.form}>
          {/* radio buttons rather than a dropdown: agendas are short, and members' bundle stays small */}
          <ChoiceGroup
            label={t.conflictItem}
            selectedKey={itemId === null ? null : String(itemId)}
            options={open.map((i) => ({ key: String(i.id), text: t.itemOption(i.number, i.title) }))}
            onChange={(_, o) => o && setItemId(Number(o.key))}
            required
          />
          {errors.item && <p role="alert">{errors.item}</p>}
          <TextField
            label={t.conflictReason}
            value={reason}
            onChange={(_, v) => setReason(v ?? '')}
            errorMessage={errors.reason}
            required
            multiline
            rows={2}
          />
          <div className={css.row}>
            <PrimaryButton text={busy ? t.saving : t.declare} disabled={busy} onClick={() => void declare()} />
          </div>
        </div>
      )}
      <ActionFeedback state={action.state} strings={s} />
    </div>
  );
}

import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import type { AgendaItemInput } from '../../../data/services';
import { textLimits } from '../../../data/schema/limits';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { ErrorMessage } from '../../common/ErrorMessage';
import { isChanged, useUnsavedChanges } from '../../common/unsavedChanges';
import type { ItemKind } from '../../../domain/meetings/types';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

const KINDS: ItemKind[] = ['Decision', 'Information', 'Election', 'Interpellation', 'Question', 'Report'];

export const emptyItem: AgendaItemInput = { title: '', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false };

export interface ItemFormProps {
  language: Language;
  initial: AgendaItemInput;
  busy: boolean;
  /** Why the last save failed: shown beside the Save button, not at the top of the page. */
  failure?: unknown;
  onSave(input: AgendaItemInput): void;
  onCancel?(): void;
}

/** An agenda item's fields: title, case number, kind, proposed decision, confidential. */
export function ItemForm({ language, initial, busy, failure, onSave, onCancel }: ItemFormProps): JSX.Element {
  const s = stringsFor(meetingStrings, language);
  const c = stringsFor(commonStrings, language);
  const t = s.builder;
  const [input, setInput] = React.useState(initial);
  const [titleError, setTitleError] = React.useState<string | undefined>();
  const [caseError, setCaseError] = React.useState<string | undefined>();
  const titleRef = React.useRef<ITextField>(null);
  const caseRef = React.useRef<ITextField>(null);
  // the builder closes the form once the item is stored, which releases it
  useUnsavedChanges(isChanged(initial, input));
  const tooLong = (text: string, max: number) => (text.trim().length > max ? c.common.tooLong(max, text.trim().length) : undefined);
  const set = <K extends keyof AgendaItemInput>(k: K, v: AgendaItemInput[K]) => setInput((i) => ({ ...i, [k]: v }));
  return (
    <form
      className={css.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const title = input.title.trim() ? tooLong(input.title, textLimits.itemTitle) : t.titleRequired;
        const caseNumber = tooLong(input.caseNumber, textLimits.itemCaseNumber);
        setTitleError(title);
        setCaseError(caseNumber);
        if (title || caseNumber) {
          (title ? titleRef : caseRef).current?.focus();
          return;
        }
        onSave({
          ...input,
          title: input.title.trim(),
          caseNumber: input.caseNumber.trim(),
          proposedDecision: input.proposedDecision.trim(),
        });
      }}
    >
      <TextField
        componentRef={titleRef}
        label={t.itemTitle}
        required
        value={input.title}
        onChange={(_, v) => set('title', v ?? '')}
        errorMessage={titleError}
        maxLength={textLimits.itemTitle}
      />
      <TextField
        componentRef={caseRef}
        label={t.caseNumber}
        value={input.caseNumber}
        onChange={(_, v) => set('caseNumber', v ?? '')}
        errorMessage={caseError}
        maxLength={textLimits.itemCaseNumber}
      />
      <Dropdown
        label={t.kind}
        selectedKey={input.kind}
        options={KINDS.map((k) => ({ key: k, text: s.itemKind[k] }))}
        onChange={(_, o) => o && set('kind', o.key as ItemKind)}
      />
      <TextField
        label={t.proposedDecision}
        multiline
        rows={3}
        value={input.proposedDecision}
        onChange={(_, v) => set('proposedDecision', v ?? '')}
      />
      <Checkbox label={t.confidential} checked={input.confidential} onChange={(_, c) => set('confidential', !!c)} />
      <div role="status" aria-live="polite">
        {failure !== undefined && failure !== null && <ErrorMessage error={failure} strings={c} />}
      </div>
      <div className={css.row}>
        <PrimaryButton type="submit" text={t.saveItem} disabled={busy} />
        {onCancel && <DefaultButton text={t.cancel} onClick={onCancel} disabled={busy} />}
      </div>
    </form>
  );
}

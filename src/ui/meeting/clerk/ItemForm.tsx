import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import type { AgendaItemInput } from '../../../data/services';
import { type Language, stringsFor } from '../../strings';
import type { ItemKind } from '../../../domain/meetings/types';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

const KINDS: ItemKind[] = ['Decision', 'Information', 'Election', 'Interpellation', 'Question', 'Report'];

export const emptyItem: AgendaItemInput = { title: '', caseNumber: '', kind: 'Decision', proposedDecision: '', confidential: false };

export interface ItemFormProps {
  language: Language;
  initial: AgendaItemInput;
  busy: boolean;
  onSave(input: AgendaItemInput): void;
  onCancel?(): void;
}

/** An agenda item's fields: title, case number, kind, proposed decision, confidential. */
export function ItemForm({ language, initial, busy, onSave, onCancel }: ItemFormProps): JSX.Element {
  const s = stringsFor(meetingStrings, language);
  const t = s.builder;
  const [input, setInput] = React.useState(initial);
  const [titleError, setTitleError] = React.useState<string | undefined>();
  const titleRef = React.useRef<ITextField>(null);
  const set = <K extends keyof AgendaItemInput>(k: K, v: AgendaItemInput[K]) => setInput((i) => ({ ...i, [k]: v }));
  return (
    <form
      className={css.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!input.title.trim()) {
          setTitleError(t.titleRequired);
          titleRef.current?.focus();
          return;
        }
        setTitleError(undefined);
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
      />
      <TextField label={t.caseNumber} value={input.caseNumber} onChange={(_, v) => set('caseNumber', v ?? '')} />
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
      <div className={css.row}>
        <PrimaryButton type="submit" text={t.saveItem} disabled={busy} />
        {onCancel && <DefaultButton text={t.cancel} onClick={onCancel} disabled={busy} />}
      </div>
    </form>
  );
}

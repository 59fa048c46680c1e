import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { TextField } from '@fluentui/react/lib/TextField';
import { getId } from '@fluentui/react/lib/Utilities';
import type { DocumentKind, SameName } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { ErrorMessage } from '../../common/ErrorMessage';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { errorCode } from '../../common/errorKind';
import { useMounted } from '../../common/useMounted';
import { classes } from '../../common/styles';
import { meetingCss as css } from '../styles';
import { readFile } from './readFile';
import { meetingStrings } from '../../strings/meeting';

const KINDS: DocumentKind[] = ['OfficerReport', 'DecisionBasis', 'Attachment', 'Notice', 'MinutesExtract', 'Other'];

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; error: unknown }
  /** The meeting has a document of that file name: the clerk chooses. */
  | { kind: 'sameName'; name: string };

export interface DocumentUploadProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  language: Language;
  meetingId: number;
  itemId: number | null;
  itemNumber: number | null;
  reload(): Promise<void>;
}

/** Attach a document to an item (or the whole meeting): file, name, kind, confidential. */
export function DocumentUpload({ services, language, meetingId, itemId, itemNumber, reload }: DocumentUploadProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).upload;
  const mounted = useMounted();
  const [fileId] = React.useState(() => getId('document-file-'));
  const fileRef = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [title, setTitle] = React.useState('');
  const [kind, setKind] = React.useState<DocumentKind>('OfficerReport');
  const [confidential, setConfidential] = React.useState(false);
  const [errors, setErrors] = React.useState<{ file?: string; title?: string }>({});
  const [state, setState] = React.useState<UploadState>({ kind: 'idle' });
  const questionRef = React.useRef<HTMLParagraphElement>(null);
  // the Upload button is disabled while the question stands: focus goes to the question, not the page body
  React.useLayoutEffect(() => {
    if (state.kind === 'sameName') questionRef.current?.focus();
  }, [state.kind]);

  const upload = async (sameName: SameName = 'refuse') => {
    const found = { file: file ? undefined : t.noFile, title: title.trim() ? undefined : t.titleRequired };
    setErrors(found);
    if (!file || found.title) return;
    setState({ kind: 'uploading', name: file.name });
    try {
      const content = await readFile(file);
      const stored = await services.clerk.uploadDocument(
        meetingId,
        itemId,
        { name: file.name, content },
        { title: title.trim(), kind, confidential, ...(sameName === 'refuse' ? {} : { sameName }) },
      );
      await reload();
      if (!mounted.current) return;
      // the name it was stored under: "keep both" gives the new file a free name
      setState({ kind: 'done', name: stored.fileName });
      setFile(null);
      setTitle('');
      setConfidential(false);
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      if (!mounted.current) return;
      // clerks reuse names like Tjänsteskrivelse.pdf: ask rather than refuse
      if (sameName === 'refuse' && errorCode(error, s) === 'fileExists') setState({ kind: 'sameName', name: file.name });
      else setState({ kind: 'failed', error });
    }
  };

  // the question goes away with the answer: focus back to the file field rather than the page body
  const answer = (choice: SameName | null) => {
    fileRef.current?.focus();
    if (choice === null) setState({ kind: 'idle' });
    else void upload(choice);
  };

  const busy = state.kind === 'uploading';
  return (
    <div className={css.form}>
      <p className={css.itemTitle}>{t.heading(itemNumber)}</p>
      <div>
        <label htmlFor={fileId}>{t.file}</label>
        <br />
        <input
          id={fileId}
          ref={fileRef}
          type="file"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? `${fileId}-error` : state.kind === 'sameName' ? `${fileId}-same-name` : undefined}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            // a question about another file's name no longer applies
            setState((st) => (st.kind === 'sameName' ? { kind: 'idle' } : st));
            // The file's name without extension is a good first guess at its title.
            if (chosen && !title) setTitle(chosen.name.replace(/\.[^.]+$/, ''));
          }}
        />
        {errors.file && (
          <p id={`${fileId}-error`} role="alert">
            {errors.file}
          </p>
        )}
        {state.kind === 'sameName' && (
          <div role="group" aria-labelledby={`${fileId}-same-name`}>
            <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
              <p id={`${fileId}-same-name`} ref={questionRef} tabIndex={-1} className={css.itemTitle}>
                {t.sameName.question(state.name)}
              </p>
              <div className={css.row}>
                <PrimaryButton text={t.sameName.replace} onClick={() => answer('replace')} />
                <DefaultButton text={t.sameName.keepBoth} onClick={() => answer('keepBoth')} />
                <DefaultButton text={t.sameName.cancel} onClick={() => answer(null)} />
              </div>
            </MessageBar>
          </div>
        )}
      </div>
      <TextField label={t.title} required value={title} onChange={(_, v) => setTitle(v ?? '')} errorMessage={errors.title} />
      <Dropdown
        label={t.kind}
        selectedKey={kind}
        options={KINDS.map((k) => ({ key: k, text: stringsFor(meetingStrings, language).documentKind[k] }))}
        onChange={(_, o) => o && setKind(o.key as DocumentKind)}
      />
      <div>
        <Checkbox
          label={t.confidential}
          checked={confidential}
          onChange={(_, c) => setConfidential(!!c)}
          ariaDescribedBy={`${fileId}-confidential-help`}
        />
        <p id={`${fileId}-confidential-help`} className={classes.messageText}>
          {t.confidentialHelp}
        </p>
      </div>
      <div className={css.row}>
        <PrimaryButton text={t.upload} disabled={busy || state.kind === 'sameName'} onClick={() => void upload()} />
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'uploading' && <ProgressIndicator label={t.uploading(state.name)} />}
        {state.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{t.uploaded(state.name)}</MessageBar>}
        {state.kind === 'failed' && <ErrorMessage error={state.error} strings={s} />}
      </div>
    </div>
  );
}

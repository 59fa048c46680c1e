import * as React from 'react';
import { DefaultButton, type IButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { AgendaItem, AgendaItemInput, MeetingDetails, MeetingDocument } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { errorKind } from '../../common/errorKind';
import { classes } from '../../common/styles';
import { ActionFeedback } from '../ActionFeedback';
import { Agenda } from '../Agenda';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentUpload } from './DocumentUpload';
import { emptyItem, ItemForm } from './ItemForm';
import { meetingStrings } from '../../strings/meeting';
import { activeAbsences } from '../../../domain/meetings/absence';
import { trustFromStaff } from '../../../domain/bodies/trust';

export interface AgendaBuilderProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  lastSeen: string | null;
  reload(): Promise<void>;
  idPrefix: string;
}

type Pending = { kind: 'item'; item: AgendaItem } | { kind: 'document'; doc: MeetingDocument } | null;

/**
 * The agenda with the clerk's tools on each item: edit, move up/down, remove, attach documents.
 * After a move the focus follows the moved item, so a keyboard user can keep moving it.
 */
export function AgendaBuilder({ services, details, language, lastSeen, reload, idPrefix }: AgendaBuilderProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).builder;
  const action = useAction(reload);
  const [editing, setEditing] = React.useState<number | 'new' | null>(null);
  const [uploadFor, setUploadFor] = React.useState<number | 'meeting' | null>(null);
  const [pending, setPending] = React.useState<Pending>(null);
  const [refused, setRefused] = React.useState(false);
  // a failed save is shown in the item's form, beside its Save button
  const [saveFailure, setSaveFailure] = React.useState<unknown>(null);
  const buttons = React.useRef(new Map<string, IButton | null>());
  const [focusTarget, setFocusTarget] = React.useState<{ itemId: number; dir: 'up' | 'down' } | null>(null);
  const items = [...details.items].sort((a, b) => a.number - b.number);
  const busy = action.state.kind === 'busy';
  // notices name items by number: moving or removing items changes what they refer to
  const itemNotices = React.useMemo(
    () =>
      [...activeAbsences(details.attendance, details.start, trustFromStaff(details.staffIds)).values()].filter((a) => a !== 'all').length,
    [details],
  );

  React.useEffect(() => {
    if (!focusTarget || busy) return;
    const index = items.findIndex((i) => i.id === focusTarget.itemId);
    // at the top or bottom the pressed button is disabled: focus its partner instead
    const dir =
      focusTarget.dir === 'up' && index === 0 ? 'down' : focusTarget.dir === 'down' && index === items.length - 1 ? 'up' : focusTarget.dir;
    buttons.current.get(`${focusTarget.itemId}:${dir}`)?.focus();
    setFocusTarget(null);
  }, [focusTarget, busy, items]);

  const move = async (item: AgendaItem, dir: 'up' | 'down') => {
    const to = dir === 'up' ? item.number - 1 : item.number + 1;
    setRefused(false);
    if (await action.run(() => services.clerk.moveItem(details.id, item.id, to), t.moved(item.title, to)))
      setFocusTarget({ itemId: item.id, dir });
  };

  const save = async (input: AgendaItemInput, item: AgendaItem | null) => {
    setRefused(false);
    setSaveFailure(null);
    const ok = await action.run(
      () =>
        (item ? services.clerk.updateItem(item, input) : services.clerk.addItem(details.id, input)).catch((e: unknown) => {
          setSaveFailure(e);
          throw e;
        }),
      t.itemSaved(input.title),
    );
    if (ok) setEditing(null);
  };
  const edit = (next: number | 'new' | null) => {
    setSaveFailure(null);
    setEditing(next);
  };

  const confirmRemove = async () => {
    const p = pending;
    setPending(null);
    if (!p) return;
    setRefused(false);
    if (p.kind === 'document') {
      await action.run(
        () => services.clerk.deleteDocument(p.doc.id),
        stringsFor(meetingStrings, language).upload.removedDocument(p.doc.title || p.doc.fileName),
      );
      return;
    }
    await action.run(
      () =>
        services.clerk.deleteItem(p.item.id).catch((e: unknown) => {
          // Refused while documents are attached: say that, not "someone else changed it".
          if (errorKind(e) === 'conflict') setRefused(true);
          throw e;
        }),
      t.removed(p.item.title),
    );
  };

  const ref = (key: string) => (b: IButton | null) => {
    buttons.current.set(key, b);
  };

  const itemTools = (item: AgendaItem, index: number) => (
    <>
      {/* the keys come from the buttons inside the group, which say so: the group is not a control itself */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className={css.row}
        role="group"
        aria-label={t.actionsLabel(item.number)}
        // Alt+Arrow moves the item from anywhere in its tools, as in list editors (the buttons say so):
        // the keys come from the buttons inside, so the group itself needs no role of its own.

        onKeyDown={(e) => {
          if (!e.altKey || busy || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
          e.preventDefault();
          const dir = e.key === 'ArrowUp' ? 'up' : 'down';
          if ((dir === 'up' && index > 0) || (dir === 'down' && index < items.length - 1)) void move(item, dir);
        }}
      >
        <DefaultButton
          componentRef={ref(`${item.id}:up`)}
          text={t.up}
          aria-keyshortcuts="Alt+ArrowUp"
          ariaLabel={t.moveUp(item.number, item.title)}
          disabled={busy || index === 0}
          onClick={() => void move(item, 'up')}
        />
        <DefaultButton
          componentRef={ref(`${item.id}:down`)}
          text={t.down}
          aria-keyshortcuts="Alt+ArrowDown"
          ariaLabel={t.moveDown(item.number, item.title)}
          disabled={busy || index === items.length - 1}
          onClick={() => void move(item, 'down')}
        />
        <DefaultButton
          text={t.editItem(item.number)}
          ariaLabel={t.edit(item.number, item.title)}
          aria-expanded={editing === item.id}
          onClick={() => edit(editing === item.id ? null : item.id)}
        />
        <DefaultButton
          text={stringsFor(meetingStrings, language).upload.heading(item.number)}
          aria-expanded={uploadFor === item.id}
          onClick={() => setUploadFor(uploadFor === item.id ? null : item.id)}
        />
        <DefaultButton
          text={t.confirmRemove}
          ariaLabel={t.remove(item.number, item.title)}
          disabled={busy}
          onClick={() => setPending({ kind: 'item', item })}
        />
      </div>
      {editing === item.id && (
        <ItemForm
          language={language}
          initial={{
            title: item.title,
            caseNumber: item.caseNumber,
            kind: item.kind,
            proposedDecision: item.proposedDecision,
            confidential: item.confidential,
          }}
          busy={busy}
          failure={saveFailure}
          onSave={(input) => void save(input, item)}
          onCancel={() => edit(null)}
        />
      )}
      {uploadFor === item.id && (
        <DocumentUpload
          services={services}
          language={language}
          meetingId={details.id}
          itemId={item.id}
          itemNumber={item.number}
          reload={reload}
        />
      )}
    </>
  );

  const documentTools = (doc: MeetingDocument) => (
    <DefaultButton
      text={t.confirmRemove}
      ariaLabel={stringsFor(meetingStrings, language).upload.removeDocument(doc.title || doc.fileName)}
      disabled={busy}
      onClick={() => setPending({ kind: 'document', doc })}
    />
  );

  return (
    <>
      <div role="status" aria-live="polite">
        {refused && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {t.removeRefused}
          </MessageBar>
        )}
      </div>
      {!refused && saveFailure === null && <ActionFeedback state={action.state} strings={s} />}
      <Agenda
        details={details}
        language={language}
        lastSeen={lastSeen}
        idPrefix={idPrefix}
        itemTools={itemTools}
        documentTools={documentTools}
      />
      <div className={css.panel}>
        <h4 className={classes.subheading}>{t.heading}</h4>
        {itemNotices > 0 && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {t.itemNoticesWarning(itemNotices)}
          </MessageBar>
        )}
        <div className={css.row}>
          <DefaultButton text={t.addItem} aria-expanded={editing === 'new'} onClick={() => edit(editing === 'new' ? null : 'new')} />
          <DefaultButton
            text={stringsFor(meetingStrings, language).upload.heading(null)}
            aria-expanded={uploadFor === 'meeting'}
            onClick={() => setUploadFor(uploadFor === 'meeting' ? null : 'meeting')}
          />
        </div>
        {editing === 'new' && (
          <ItemForm
            language={language}
            initial={emptyItem}
            busy={busy}
            failure={saveFailure}
            onSave={(input) => void save(input, null)}
            onCancel={() => edit(null)}
          />
        )}
        {uploadFor === 'meeting' && (
          <DocumentUpload services={services} language={language} meetingId={details.id} itemId={null} itemNumber={null} reload={reload} />
        )}
      </div>
      <ConfirmDialog
        hidden={pending === null}
        title={pending?.kind === 'document' ? stringsFor(meetingStrings, language).upload.confirmRemoveTitle : t.confirmRemoveTitle}
        text={
          pending?.kind === 'document'
            ? stringsFor(meetingStrings, language).upload.confirmRemoveText(pending.doc.title || pending.doc.fileName)
            : pending?.kind === 'item'
              ? t.confirmRemoveText(pending.item.number, pending.item.title)
              : ''
        }
        confirmLabel={t.confirmRemove}
        cancelLabel={t.cancel}
        onConfirm={() => void confirmRemove()}
        onDismiss={() => setPending(null)}
      />
    </>
  );
}

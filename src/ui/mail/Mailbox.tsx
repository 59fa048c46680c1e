import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { failureCode } from '../common/errorKind';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
import { useLoad } from '../common/useLoad';
import { LoadFrame } from '../common/LoadFrame';
import { mailStrings } from '../strings/mail';
import { MessageRow } from './MessageRow';
import { mailClasses as c } from './styles';
import { stringsFor, commonStrings } from '../strings';

export interface MailboxProps {
  services: ServicesWith<'mail'>;
  /** Shared mailbox addresses from the settings. */
  shared: readonly string[];
  /** Messages per mailbox. */
  top: number;
  /** The page already says "E-post": the view's heading is for screen readers only. */
  headingHidden?: boolean;
}

/** "E-post": unread count and the latest messages of the person's and shared mailboxes. */
export function Mailbox({ services, shared, top, headingHidden = false }: MailboxProps): JSX.Element {
  const language = useLanguage(services.locale);
  const t = stringsFor(mailStrings, language);
  const mounted = useMounted();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState('');
  const [actionError, setActionError] = React.useState<unknown>(null);
  const [headingId] = React.useState(() => getId('mailbox-'));
  const sharedKey = shared.join('\n');

  const { state, reload, update } = useLoad(
    () => services.mail.mailboxes(sharedKey ? sharedKey.split('\n') : [], top),
    [services, sharedKey, top],
  );

  const markRead = async (mailbox: string, id: string): Promise<void> => {
    setBusy(id);
    setActionError(null);
    try {
      await services.mail.markRead(mailbox, id);
      if (!mounted.current) return;
      // Updated in place: the count and the row change without reading the mailboxes again.
      update((boxes) =>
        boxes.map((b) =>
          b.ok && b.mailbox === mailbox
            ? { ...b, unread: Math.max(0, b.unread - 1), messages: b.messages.map((m) => (m.id === id ? { ...m, isRead: true } : m)) }
            : b,
        ),
      );
      setStatus(t.marked);
    } catch (e) {
      if (mounted.current) setActionError(e);
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  return (
    <section className={classes.section} aria-labelledby={headingId} lang={language.tag}>
      <h2 id={headingId} className={headingHidden ? classes.visuallyHidden : classes.heading}>
        {t.heading}
      </h2>
      {actionError !== null && <ErrorMessage error={actionError} strings={stringsFor(commonStrings, language)} />}
      <LoadFrame
        state={state}
        strings={stringsFor(commonStrings, language)}
        loading={t.loading}
        loaded={() => status}
        onRetry={() => void reload()}
      >
        {(boxes) =>
          boxes.map((b) => {
            const name = b.mailbox === 'me' ? t.own : b.name || b.mailbox;
            const boxId = `${headingId}-${b.mailbox}`;
            return (
              <section key={b.mailbox} className={c.box} aria-labelledby={boxId}>
                <h3 id={boxId} className={c.boxHeading}>
                  {name}
                  {b.ok && <span className={c.count}>{t.unread(b.unread)}</span>}
                </h3>
                {!b.ok && (
                  <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                    {t.failureText[failureCode(b.error)](name)}
                  </MessageBar>
                )}
                {b.ok && b.messages.length === 0 && <p className={classes.paragraph}>{t.empty}</p>}
                {b.ok && b.messages.length > 0 && (
                  <>
                    <ul className={c.list}>
                      {b.messages.map((m) => (
                        <MessageRow
                          key={m.id}
                          message={m}
                          language={language}
                          g={t}
                          busy={busy === m.id}
                          onMarkRead={() => void markRead(b.mailbox, m.id)}
                        />
                      ))}
                    </ul>
                    {b.total > b.messages.length && <p className={classes.paragraph}>{t.showing(b.messages.length, b.total)}</p>}
                  </>
                )}
              </section>
            );
          })
        }
      </LoadFrame>
    </section>
  );
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type { MailboxResult } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { failureCode, errorText } from '../common/errorKind';
import { LiveStatus } from '../common/LiveStatus';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
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
}

type State = { kind: 'loading' } | { kind: 'loaded'; boxes: MailboxResult[] } | { kind: 'failed'; error: unknown };

/** "E-post": unread count and the latest messages of the person's and shared mailboxes. */
export function Mailbox({ services, shared, top }: MailboxProps): JSX.Element {
  const language = useLanguage(services.locale);
  const g = stringsFor(mailStrings, services.locale);
  const t = g;
  const mounted = useMounted();
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [busy, setBusy] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState('');
  const [actionError, setActionError] = React.useState<unknown>(null);
  const [headingId] = React.useState(() => getId('mailbox-'));
  const sharedKey = shared.join('\n');

  const load = React.useCallback(() => {
    setState({ kind: 'loading' });
    services.mail.mailboxes(sharedKey ? sharedKey.split('\n') : [], top).then(
      (boxes) => mounted.current && setState({ kind: 'loaded', boxes }),
      (error: unknown) => mounted.current && setState({ kind: 'failed', error }),
    );
  }, [services, sharedKey, top, mounted]);
  React.useEffect(load, [load]);

  const markRead = async (mailbox: string, id: string): Promise<void> => {
    setBusy(id);
    setActionError(null);
    try {
      await services.mail.markRead(mailbox, id);
      if (!mounted.current) return;
      // Updated in place: the count and the row change without reading the mailboxes again.
      setState((s) =>
        s.kind !== 'loaded'
          ? s
          : {
              kind: 'loaded',
              boxes: s.boxes.map((b) =>
                b.ok && b.mailbox === mailbox
                  ? { ...b, unread: Math.max(0, b.unread - 1), messages: b.messages.map((m) => (m.id === id ? { ...m, isRead: true } : m)) }
                  : b,
              ),
            },
      );
      setStatus(t.marked);
    } catch (e) {
      if (mounted.current) setActionError(e);
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  const announcement =
    state.kind === 'loading'
      ? t.loading
      : state.kind === 'failed'
        ? errorText(state.error, stringsFor(commonStrings, language)).title
        : status;
  return (
    <section className={classes.section} aria-labelledby={headingId} lang={language.tag}>
      <h2 id={headingId} className={classes.heading}>
        {t.heading}
      </h2>
      <LiveStatus message={announcement} />
      {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={t.loading} labelPosition="right" />}
      {state.kind === 'failed' && <ErrorMessage error={state.error} strings={stringsFor(commonStrings, language)} onRetry={load} />}
      {actionError !== null && <ErrorMessage error={actionError} strings={stringsFor(commonStrings, language)} />}
      {state.kind === 'loaded' &&
        state.boxes.map((b) => {
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
                        g={g}
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
        })}
    </section>
  );
}

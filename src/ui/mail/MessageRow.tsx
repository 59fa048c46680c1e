import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { css } from '@fluentui/react/lib/Utilities';
import type { MailMessage } from '../../data/graph/types';
import { safeHref } from '../common/safeUrl';
import { formatDateTime, type Language } from '../strings';
import type { MailStrings } from '../strings/mail';
import { mailClasses as c } from './styles';

export interface MessageRowProps {
  message: MailMessage;
  language: Language;
  g: MailStrings;
  busy: boolean;
  onMarkRead(): void;
}

/** One message: sender, subject (opens in Outlook on the web), received, importance, attachments. */
export function MessageRow({ message: m, language, g, busy, onMarkRead }: MessageRowProps): JSX.Element {
  const t = g;
  const href = safeHref(m.webLink);
  const subject = m.subject || t.noSubject;
  const flags = [
    !m.isRead ? t.unreadMark : '',
    m.importance === 'high' ? t.high : m.importance === 'low' ? t.low : '',
    m.hasAttachments ? t.attachment : '',
  ].filter(Boolean);
  return (
    <li className={c.item}>
      <div className={css(c.text, !m.isRead && c.unread)}>
        {href ? (
          <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={t.open(subject)}>
            {subject}
          </Link>
        ) : (
          subject
        )}
        <span className={c.meta}>
          {t.from}: {m.fromName} · {t.received}: {formatDateTime(m.received, language)}
          {flags.length > 0 && <span className={c.flag}>{flags.join(' · ')}</span>}
        </span>
      </div>
      {!m.isRead && <DefaultButton text={t.markRead} ariaLabel={t.markReadLabel(subject)} disabled={busy} onClick={onMarkRead} />}
    </li>
  );
}

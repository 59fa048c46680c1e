import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { AbsenceOutcome, NotifyWarning } from '../../../data/services';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { notifyStrings } from '../../strings/notify';
import { classes } from '../../common/styles';
import { errorText } from '../../common/errorKind';

/** Causes whose common text says something about a mail that could not go; others would only confuse. */
const TOLD_CAUSES = new Set(['consent', 'accessDenied', 'signedOut', 'throttled', 'network', 'mailboxNotEnabled']);

export interface NotifiedNotice {
  kind: 'reported' | 'withdrawn';
  outcome: AbsenceOutcome;
}

/**
 * Beside a stored absence notice: who was told by e-mail, and as warnings who could not be. The
 * notice is stored either way, and each warning says so first. The region is always in the DOM so
 * screen readers announce what appears (WCAG 4.1.3).
 */
export function NotifyOutcome({ notice, language }: { notice: NotifiedNotice | null; language: Language }): JSX.Element {
  const t = stringsFor(notifyStrings, language);
  const common = stringsFor(commonStrings, language);
  const cause = (w: NotifyWarning) => (w.cause && TOLD_CAUSES.has(w.cause) ? errorText({ code: w.cause }, common).title : null);
  const text = (w: NotifyWarning, saved: string) => {
    switch (w.code) {
      case 'noClerks':
        return t.warnings.noClerks(saved);
      case 'clerkMailFailed':
        return t.warnings.clerkMailFailed(saved, w.names, cause(w));
      case 'substituteMailFailed':
        return t.warnings.substituteMailFailed(saved, w.names, cause(w));
    }
  };
  const mailed = notice?.outcome.mailed;
  return (
    <div role="status" aria-live="polite">
      {notice && mailed && (mailed.clerks.length > 0 || mailed.substitutes.length > 0) && (
        <p className={classes.paragraph}>
          {[
            mailed.clerks.length ? t.clerksMailed(mailed.clerks) : '',
            mailed.substitutes.length ? t.substitutesMailed(mailed.substitutes) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {notice?.outcome.warnings.map((w) => (
        <MessageBar key={`${w.code}:${w.names.join(',')}`} messageBarType={MessageBarType.warning} isMultiline>
          {text(w, t.saved[notice.kind])}
        </MessageBar>
      ))}
    </div>
  );
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import type { HostStrings } from '../ui/strings/host';
import { classes } from '../ui/common/styles';
import { hostClasses } from './styles';

/** Shown instead of the portal when the sign-in lacks a second factor (DESIGN §4); no services are built. */
export function MfaRefusal({ strings, onSignInAgain }: { strings: HostStrings; onSignInAgain: () => void }): JSX.Element {
  const t = strings.mfaRefused;
  return (
    <main className={hostClasses.centered} aria-labelledby="mfa-refused-title">
      <h1 id="mfa-refused-title" className={hostClasses.pageTitle}>
        {t.title}
      </h1>
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
        <p className={classes.messageText}>{t.body}</p>
        <p className={classes.messageText}>{t.action}</p>
      </MessageBar>
      <p>
        <PrimaryButton text={t.signInAgain} onClick={onSignInAgain} />
      </p>
    </main>
  );
}

/** Shown when the sign-in itself failed (cancelled, or the app registration refused): the code helps IT support. */
export function SignInFailed({
  strings,
  code,
  onSignInAgain,
}: {
  strings: HostStrings;
  code: string;
  onSignInAgain: () => void;
}): JSX.Element {
  const t = strings.signInFailed;
  return (
    <main className={hostClasses.centered} aria-labelledby="sign-in-failed-title">
      <h1 id="sign-in-failed-title" className={hostClasses.pageTitle}>
        {t.title}
      </h1>
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <p className={classes.messageText}>{t.body}</p>
        <p className={classes.messageText}>{t.code(code)}</p>
      </MessageBar>
      <p>
        <PrimaryButton text={t.signInAgain} onClick={onSignInAgain} />
      </p>
    </main>
  );
}

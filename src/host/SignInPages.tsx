import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import type { HostStrings } from '../ui/strings/host';
import { classes } from '../ui/common/styles';
import { hostClasses } from './styles';

/** A full page in place of the portal: a title, what happened and what to do, and one way on. */
function SignInNotice(props: {
  id: string;
  title: string;
  type: MessageBarType;
  lines: string[];
  action: string;
  onAction: () => void;
}): JSX.Element {
  return (
    <main className={hostClasses.centered} aria-labelledby={props.id}>
      <h1 id={props.id} className={hostClasses.pageTitle}>
        {props.title}
      </h1>
      <MessageBar messageBarType={props.type} isMultiline>
        {props.lines.map((line) => (
          <p key={line} className={classes.messageText}>
            {line}
          </p>
        ))}
      </MessageBar>
      <p>
        <PrimaryButton text={props.action} onClick={props.onAction} />
      </p>
    </main>
  );
}

/** Shown instead of the portal when the sign-in lacks a second factor (DESIGN §4); no services are built. */
export function MfaRefusal({ strings, onSignInAgain }: { strings: HostStrings; onSignInAgain: () => void }): JSX.Element {
  const t = strings.mfaRefused;
  return (
    <SignInNotice
      id="mfa-refused-title"
      title={t.title}
      type={MessageBarType.blocked}
      lines={[t.body, t.action]}
      action={t.signInAgain}
      onAction={onSignInAgain}
    />
  );
}

/** Shown when the sign-in itself failed (cancelled, or the app registration refused): the code helps IT support. */
export function SignInFailed(props: { strings: HostStrings; code: string; onSignInAgain: () => void }): JSX.Element {
  const t = props.strings.signInFailed;
  return (
    <SignInNotice
      id="sign-in-failed-title"
      title={t.title}
      type={MessageBarType.error}
      lines={[t.body, t.code(props.code)]}
      action={t.signInAgain}
      onAction={props.onSignInAgain}
    />
  );
}

import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { Services } from '../data/services';
import { ErrorMessage } from '../ui/common/ErrorMessage';
import { commonStrings, stringsFor } from '../ui/strings';
import { hostStrings } from '../ui/strings/host';
import { App } from './App';
import { parseRoute, sameRoute, type Route } from './router';
import { hasUnsavedChanges } from '../ui/common/unsavedChanges';
import { hostClasses as css } from './styles';

export interface HostProps {
  initialLocale: string;
  /** Builds the services for a UI language (the locale is part of the services). */
  createServices(locale: string): Promise<Services>;
  onLanguageChosen(locale: string): void;
  onSignOut(): void;
  /** The server no longer accepts the sign-in (the session ended, or the tenant was reset). */
  onSignInNeeded(): void;
}

type Boot = { kind: 'starting' } | { kind: 'ready'; services: Services } | { kind: 'failed'; error: unknown };

/** Builds the services, follows the fragment route, and rebuilds on a language change. */
export function Host(props: HostProps): JSX.Element {
  const { createServices, onSignInNeeded } = props;
  const [locale, setLocale] = React.useState(props.initialLocale);
  const [boot, setBoot] = React.useState<Boot>({ kind: 'starting' });
  const [route, setRoute] = React.useState<Route>(() => parseRoute(location.hash));
  const [attempt, setAttempt] = React.useState(0);

  // the address last followed: where to stay when the person keeps unsaved input
  const followed = React.useRef(location.href);
  const leaveQuestion = React.useRef('');
  leaveQuestion.current = stringsFor(hostStrings, locale).unsavedChanges;

  React.useEffect(() => {
    const onHash = () => {
      const next = parseRoute(location.hash);
      const leaving = !sameRoute(next, parseRoute(new URL(followed.current).hash));
      if (leaving && hasUnsavedChanges() && !window.confirm(leaveQuestion.current)) {
        // Back or a link while a form holds input: stay, with the address of the form
        history.replaceState(history.state, '', followed.current);
        return;
      }
      followed.current = location.href;
      setRoute((current) => (sameRoute(current, next) ? current : next));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  React.useEffect(() => {
    let live = true;
    createServices(locale).then(
      (services) => live && setBoot({ kind: 'ready', services }),
      (error: unknown) => {
        if (!live) return;
        if ((error as { status?: number }).status === 401) onSignInNeeded();
        else setBoot({ kind: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [createServices, locale, attempt, onSignInNeeded]);

  const strings = stringsFor(commonStrings, locale);
  if (boot.kind === 'ready') {
    // While services for a newly chosen language are built, the current ones stay on screen.
    return (
      <App
        services={boot.services}
        route={route}
        onLanguage={(tag) => {
          props.onLanguageChosen(tag);
          setLocale(tag);
        }}
        onSignOut={props.onSignOut}
      />
    );
  }
  return (
    <main className={css.centered} aria-label={strings.portalName}>
      {boot.kind === 'starting' && <Spinner size={SpinnerSize.large} label={stringsFor(hostStrings, locale).starting} />}
      {boot.kind === 'failed' && (
        <ErrorMessage
          error={boot.error}
          strings={strings}
          onRetry={() => {
            setBoot({ kind: 'starting' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
    </main>
  );
}

import './fabricConfig';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { createStandaloneServices } from '../data/hosts/standalone';
import { resolveLanguage, stringsFor } from '../ui/strings';
import { hostStrings } from '../ui/strings/host';
import { paths } from './router';
import { Host } from './Host';
import { MfaRefusal } from './MfaRefusal';
import { registerHostIcons } from './icons';
import { storeLocale, storedLocale } from './locale';
import { currentAccessToken, redirectToSignIn, sessionExpired, signOut, startSession } from './session';
import { hostClasses } from './styles';

/**
 * The standalone host: the portal outside SharePoint, signed in against the local tenant.
 * Sign-in first (DESIGN §4: no second factor, no portal), then the same services and views
 * the web parts use.
 */
function main(): void {
  registerHostIcons();
  const root = document.getElementById('root') as HTMLElement;
  const locale = storedLocale();
  const strings = stringsFor(hostStrings, locale);
  document.documentElement.lang = resolveLanguage(locale).tag;

  const session = startSession();
  if (session.kind === 'signIn') {
    ReactDOM.render(
      <p className={hostClasses.centered} role="status">
        {strings.signingIn}
      </p>,
      root,
    );
    redirectToSignIn();
    return;
  }
  if (session.kind === 'refused') {
    document.title = strings.pageTitle(strings.mfaRefused.title);
    ReactDOM.render(<MfaRefusal strings={strings} onSignInAgain={signOut} />, root);
    return;
  }

  const createServices = (uiLocale: string) =>
    createStandaloneServices({
      siteUrl: `${location.origin}/sites/politikerportal`,
      graphBaseUrl: `${location.origin}/graph/`,
      getToken: () => {
        // A token that ran out mid-session: requests would fail with 401, so sign in again.
        if (sessionExpired()) redirectToSignIn();
        return currentAccessToken();
      },
      locale: uiLocale,
      links: { agenda: (id: number) => paths.agenda(id) },
    });

  ReactDOM.render(
    <Host
      initialLocale={locale}
      createServices={createServices}
      onLanguageChosen={storeLocale}
      onSignOut={signOut}
      onSignInNeeded={redirectToSignIn}
      sessionExpired={sessionExpired}
    />,
    root,
  );
}

main();

import './fabricConfig';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { createStandaloneServices } from '../data/hosts/standalone';
import { resolveLanguage, stringsFor } from '../ui/strings';
import { hostStrings } from '../ui/strings/host';
import { paths } from './router';
import { Host } from './Host';
import { MfaRefusal, SignInFailed } from './SignInPages';
import { registerHostIcons } from './icons';
import { storeLocale, storedLocale } from './locale';
import { resolveConfig, type StandaloneConfig } from './signin/config';
import { createMsal } from './signin/msal';
import { hashRoute, SignInSession } from './signin/session';
import { sessionIdentityCheck } from './signin/identity';
import { hostClasses } from './styles';

/** The sign-in configuration the build put in (tools/build-host.mjs, from config/standalone.json). */
declare const __STANDALONE_CONFIG__: StandaloneConfig;

/**
 * The standalone host: the portal outside SharePoint, signed in with `@azure/msal-browser`
 * (Entra ID, or the local tenant's authority). Sign-in first (DESIGN §4: no second factor, no
 * portal), then the same services and views the web parts use.
 */
async function main(): Promise<void> {
  registerHostIcons();
  const root = document.getElementById('root') as HTMLElement;
  const locale = storedLocale();
  const strings = stringsFor(hostStrings, locale);
  document.documentElement.lang = resolveLanguage(locale).tag;
  const config = resolveConfig(__STANDALONE_CONFIG__, location);
  const session = new SignInSession(createMsal(config), config, hashRoute(sessionStorage, location, history));
  const signOut = () => void session.signOut();
  const refuse = () => {
    document.title = strings.pageTitle(strings.mfaRefused.title);
    ReactDOM.render(<MfaRefusal strings={strings} onSignInAgain={signOut} />, root);
  };

  ReactDOM.render(
    <p className={hostClasses.centered} role="status">
      {strings.signingIn}
    </p>,
    root,
  );
  const state = await session.start();
  if (state.kind === 'redirecting') return;
  if (state.kind === 'refused') return refuse();
  if (state.kind === 'failed') {
    document.title = strings.pageTitle(strings.signInFailed.title);
    ReactDOM.render(<SignInFailed strings={strings} code={state.code} onSignInAgain={signOut} />, root);
    return;
  }
  session.onRefused(refuse);

  const createServices = (uiLocale: string) =>
    createStandaloneServices({
      siteUrl: config.siteUrl,
      graphBaseUrl: config.graphBaseUrl,
      getToken: (api) => session.token(api),
      locale: uiLocale,
      links: { agenda: (id: number) => paths.agenda(id), minutes: (id: number) => paths.minutes(id) },
      // the fonts of the minutes' PDF are served beside host.js (tools/build-host.mjs)
      assetsUrl: new URL('.', document.baseURI).href,
      identity: sessionIdentityCheck(session),
    });

  ReactDOM.render(
    <Host
      initialLocale={locale}
      createServices={createServices}
      onLanguageChosen={storeLocale}
      onSignOut={signOut}
      onSignInNeeded={() => void session.signIn()}
    />,
    root,
  );
}

void main();

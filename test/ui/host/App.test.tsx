import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, within, act } from '@testing-library/react';
import { App } from '../../../src/host/App';
import { Host } from '../../../src/host/Host';
import { MfaRefusal, SignInFailed } from '../../../src/host/SignInPages';
import { parseRoute } from '../../../src/host/router';
import { DataError, type Services } from '../../../src/data/services';
import { stringsFor } from '../../../src/ui/strings';
import { hostStrings } from '../../../src/ui/strings/host';
import { deferred, fakeServices, meetingDetails } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';

const services = (locale = 'sv-SE'): Services =>
  fakeServices({
    locale,
    meetings: { myUpcoming: () => Promise.resolve([]) },
    provisioning: { canManage: () => Promise.resolve(false) },
    meeting: { get: () => Promise.resolve(meetingDetails()) },
    clerk: { canEdit: () => Promise.resolve(false) },
  });

describe('router', () => {
  it('maps fragments to pages', () => {
    expect(parseRoute('')).toEqual({ page: 'overview' });
    expect(parseRoute('#/')).toEqual({ page: 'overview' });
    expect(parseRoute('#/installningar')).toEqual({ page: 'settings' });
    expect(parseRoute('#/installningar/')).toEqual({ page: 'settings' });
    expect(parseRoute('#/sammantrade/42')).toEqual({ page: 'meeting', meetingId: 42 });
    expect(parseRoute('#/sammantrade/42/upprop')).toEqual({ page: 'rollCall', meetingId: 42 });
    expect(parseRoute('#/sammantrade/42/protokoll')).toEqual({ page: 'minutes', meetingId: 42 });
    expect(parseRoute('#/sammantrade/42/protokoll?vy=v2')).toEqual({ page: 'minutes', meetingId: 42 });
    expect(parseRoute('#/sammantrade/ny')).toEqual({ page: 'newMeeting' });
    expect(parseRoute('#/sammantrade/x')).toEqual({ page: 'notFound' });
  });
});

describe('App (the host page frame)', () => {
  it('has a skip link, landmarks, the person, the menu and the page title, in Swedish', async () => {
    const { container } = render(<App services={services()} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');
    // the setup is for site owners only: this person is none
    expect(within(nav).queryByRole('link', { name: 'Portalinställning' })).toBeNull();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    expect(screen.getByText('Inloggad som Anna Lind')).toBeTruthy();
    expect(document.title).toBe('Översikt – Politikerportalen');
    expect(document.documentElement.lang).toBe('sv-SE');
    expect(await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('links the accessibility statement from every page, with how to report a problem and DIGG', async () => {
    const { container, rerender } = render(
      <App services={services()} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />,
    );
    const link = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Tillgänglighet' });
    expect(link.getAttribute('href')).toBe('#/tillganglighet');
    expect(parseRoute('#/tillganglighet')).toEqual({ page: 'accessibility' });
    rerender(<App services={services()} route={{ page: 'accessibility' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Tillgänglighet för Politikerportalen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skicka e-post om en tillgänglighetsbrist' }).getAttribute('href')).toMatch(
      /^mailto:politikerportalen@norrbotten\.se\?subject=/,
    );
    expect(screen.getByRole('link', { name: /Anmäl till Digg/ }).getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
    await expectNoAxeViolations(container);
  });

  it('offers Portalinställning in the menu to site owners only', async () => {
    const owner = fakeServices({
      meetings: { myUpcoming: () => Promise.resolve([]) },
      provisioning: { canManage: () => Promise.resolve(true) },
    });
    render(<App services={owner} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect((await within(nav).findByRole('link', { name: 'Portalinställning' })).getAttribute('aria-current')).toBeNull();
  });

  it('moves focus to the content from the skip link without touching the route', async () => {
    render(<App services={services()} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' });
    const before = location.hash;
    fireEvent.click(screen.getByRole('link', { name: 'Hoppa till innehållet' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(location.hash).toBe(before);
  });

  it('switches language and signs out through its buttons', async () => {
    const onLanguage = jest.fn();
    const onSignOut = jest.fn();
    render(<App services={services()} route={{ page: 'overview' }} onLanguage={onLanguage} onSignOut={onSignOut} />);
    await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' });
    const languages = screen.getByRole('group', { name: 'Språk' });
    expect(within(languages).getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(languages).getByRole('button', { name: 'English' }));
    expect(onLanguage).toHaveBeenCalledWith('en-US');
    fireEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it('shows the setup page and the meeting page, in English when chosen', async () => {
    const { rerender, container } = render(
      <App services={services('en-US')} route={{ page: 'settings' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Portal setup' })).toBeTruthy();
    expect(await screen.findByText('Only the site owners can set up the portal.', { selector: 'p' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
    await expectNoAxeViolations(container);

    rerender(<App services={services('en-US')} route={{ page: 'meeting', meetingId: 42 }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Meeting' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Regionfullmäktige december' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).toBe('#/');
    // Navigating moves focus to the new page.
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('offers "Skapa sammanträde" on the overview to those who may edit meetings, and routes to the new-meeting page', async () => {
    const clerk = fakeServices({
      meetings: { canCreate: () => Promise.resolve(true), myUpcoming: () => Promise.resolve([]) },
      clerk: { canEdit: () => Promise.resolve(true), bodies: () => Promise.resolve([]) },
    });
    const { rerender } = render(<App services={clerk} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    expect((await screen.findByRole('link', { name: 'Skapa sammanträde' })).getAttribute('href')).toBe('#/sammantrade/ny');
    rerender(<App services={clerk} route={{ page: 'newMeeting' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Nytt sammanträde' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Skapa sammanträdet' })).toBeTruthy();
  });

  it('shows no create link to members', async () => {
    render(<App services={services()} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' });
    expect(screen.queryByRole('link', { name: 'Skapa sammanträde' })).toBeNull();
  });
});

describe('MfaRefusal', () => {
  it('refuses a sign-in without two factors, says what to do and offers to sign in again', async () => {
    const onSignInAgain = jest.fn();
    const { container } = render(<MfaRefusal strings={stringsFor(hostStrings, 'sv-SE')} onSignInAgain={onSignInAgain} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggningen saknar tvåfaktorsautentisering' })).toBeTruthy();
    // MessageBar renders its text a moment later (so screen readers announce it).
    expect(await screen.findByText(/kontakta IT-supporten/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Logga in igen' }));
    expect(onSignInAgain).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('tells a failed sign-in apart from the refusal, with the code for IT support, in English when chosen', async () => {
    const onSignInAgain = jest.fn();
    const { container } = render(
      <SignInFailed strings={stringsFor(hostStrings, 'en-US')} code="AADSTS700016" onSignInAgain={onSignInAgain} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'The sign-in failed' })).toBeTruthy();
    expect(await screen.findByText('Error code: AADSTS700016')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onSignInAgain).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });
});

describe('Host', () => {
  const base = { onLanguageChosen: jest.fn(), onSignOut: jest.fn(), onSignInNeeded: jest.fn() };

  it('shows a start-up state, then the portal; a language change rebuilds the services', async () => {
    const first = deferred<Services>();
    const createServices = jest.fn((locale: string) => (locale === 'sv-SE' ? first.promise : Promise.resolve(services(locale))));
    const onLanguageChosen = jest.fn();
    render(<Host {...base} initialLocale="sv-SE" createServices={createServices} onLanguageChosen={onLanguageChosen} />);
    expect(screen.getByText('Startar Politikerportalen…')).toBeTruthy();
    await act(async () => first.resolve(services()));
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onLanguageChosen).toHaveBeenCalledWith('en-US');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(createServices).toHaveBeenLastCalledWith('en-US');
    expect(await screen.findByText('You have no upcoming meetings.', { selector: 'p' })).toBeTruthy();
  });

  it('explains a failed start and tries again', async () => {
    const createServices = jest
      .fn<Promise<Services>, [string]>()
      .mockRejectedValueOnce(new DataError('network', 'Failed to fetch'))
      .mockResolvedValueOnce(services());
    render(<Host {...base} initialLocale="sv-SE" createServices={createServices} />);
    expect(await screen.findByText('Det gick inte att nå Microsoft 365.', { selector: 'p' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    expect(await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' })).toBeTruthy();
  });

  it('sends the person to sign in again when the server rejects the token', async () => {
    const onSignInNeeded = jest.fn();
    render(
      <Host
        {...base}
        onSignInNeeded={onSignInNeeded}
        initialLocale="sv-SE"
        createServices={() => Promise.reject(new DataError('forbidden', 'Invalid signature.', 401))}
      />,
    );
    await act(async () => undefined);
    expect(onSignInNeeded).toHaveBeenCalled();
  });

  it('follows the fragment route', async () => {
    history.replaceState(null, '', '/#/');
    render(<Host {...base} initialLocale="sv-SE" createServices={() => Promise.resolve(services())} />);
    expect(await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' })).toBeTruthy();
    act(() => {
      history.replaceState(null, '', '/#/installningar');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Portalinställning' })).toBeTruthy();
    expect(await screen.findByText('Bara webbplatsens ägare kan ställa in portalen.', { selector: 'p' })).toBeTruthy();
  });

  const go = (hash: string) =>
    act(() => {
      history.replaceState(null, '', `/${hash}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });

  it('asks before leaving a form with unsaved input (Back, a link, reload) and stays when the person says no', async () => {
    history.replaceState(null, '', '/#/sammantrade/ny');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    try {
      render(<Host {...base} initialLocale="sv-SE" createServices={() => Promise.resolve(services())} />);
      const title = (await screen.findByRole('textbox', { name: /^Rubrik/ })) as HTMLInputElement;
      fireEvent.change(title, { target: { value: 'Extra sammanträde' } });

      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(true);

      go('#/');
      expect(confirm).toHaveBeenCalledWith('Du har ändringar som inte är sparade. Vill du lämna sidan och förlora dem?');
      expect(location.hash).toBe('#/sammantrade/ny');
      expect(screen.getByRole('heading', { level: 1, name: 'Nytt sammanträde' })).toBeTruthy();
      expect(title.value).toBe('Extra sammanträde');

      confirm.mockReturnValue(true);
      go('#/');
      expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    } finally {
      confirm.mockRestore();
    }
  });

  it('leaves an untouched form without asking', async () => {
    history.replaceState(null, '', '/#/sammantrade/ny');
    const confirm = jest.spyOn(window, 'confirm');
    try {
      render(<Host {...base} initialLocale="sv-SE" createServices={() => Promise.resolve(services())} />);
      await screen.findByRole('textbox', { name: /^Rubrik/ });
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(false);
      go('#/');
      expect(confirm).not.toHaveBeenCalled();
      expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    } finally {
      confirm.mockRestore();
    }
  });
});

import * as React from 'react';
import type { Services } from '../data/services';
import { MyMeetings } from '../ui/overview/MyMeetings';
import { PortalSetup } from '../ui/setup/PortalSetup';
import { languages, resolveLanguage, type Language, stringsFor, commonStrings } from '../ui/strings';
import { hostStrings } from '../ui/strings/host';
import { accessibilityStrings } from '../ui/strings/accessibility';
import { AccessibilityStatement } from '../ui/accessibility/AccessibilityStatement';
import { calendarStrings } from '../ui/strings/calendar';
import { mailStrings } from '../ui/strings/mail';
import { directoryStrings } from '../ui/strings/directory';
import { meetingStrings } from '../ui/strings/meeting';
import { minutesViewStrings } from '../ui/strings/minutesView';
import { Calendar } from '../ui/calendar/Calendar';
import { Directory } from '../ui/directory/Directory';
import { Mailbox } from '../ui/mail/Mailbox';
import { SHARED_MAILBOXES } from './settings';
import { CreateMeetingLink } from '../ui/overview/CreateMeetingLink';
import { MeetingWorkspace } from '../ui/meeting/MeetingWorkspace';
import { LiveApp } from '../ui/live/LiveApp';
import { liveStrings } from '../ui/strings/live';
import type { MeetingNav } from '../ui/meeting/nav';
import { classes } from '../ui/common/styles';
import { BusyNotice } from '../ui/common/BusyNotice';
import { paths, themeFromHash, type Route } from './router';
import { hashViewState } from './viewState';
import { hostClasses as css } from './styles';

export interface AppProps {
  services: Services;
  route: Route;
  onLanguage(tag: string): void;
  onSignOut(): void;
}

/** The page frame around the same views the web parts show: header, menu, and one page. */
export function App({ services, route, onLanguage, onSignOut }: AppProps): JSX.Element {
  const language = resolveLanguage(services.locale);
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(hostStrings, language);
  const mainRef = React.useRef<HTMLElement>(null);
  const firstRoute = React.useRef(true);

  const title = pageTitle(route, language);

  React.useEffect(() => {
    document.title = t.pageTitle(title);
    document.documentElement.lang = language.tag;
  }, [t, title, language.tag]);

  // After navigating, start reading at the new page, as a full page load would.
  React.useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route]);

  const skip = (e: React.MouseEvent) => {
    // The fragment is the router's; focus the content instead of navigating to an anchor.
    e.preventDefault();
    mainRef.current?.focus();
  };

  const canManage = useCanManage(services);
  const navItems: { href: string; label: string; current: boolean }[] = [
    { href: paths.overview, label: t.overview, current: route.page === 'overview' },
    { href: paths.calendar, label: stringsFor(calendarStrings, language).heading, current: route.page === 'calendar' },
    { href: paths.mail, label: stringsFor(mailStrings, language).heading, current: route.page === 'mail' },
    { href: paths.directory, label: stringsFor(directoryStrings, language).heading, current: route.page === 'directory' },
    // only those who may run the setup see it (SharePoint refuses everyone else anyway)
    ...(canManage ? [{ href: paths.settings, label: t.settings, current: route.page === 'settings' }] : []),
  ];

  // the stage view fills the chamber screen: no header, no menu
  if (route.page === 'stage')
    // white on black unless the screen asks otherwise: read from across the chamber
    return (
      <LiveApp
        services={services}
        target={{ meetingId: route.meetingId }}
        view="stage"
        teamsTheme={themeFromHash(location.hash) ?? 'dark'}
      />
    );

  return (
    <>
      <a className={css.skipLink} href="#main-content" onClick={skip}>
        {t.skipToContent}
      </a>
      <header className={css.header}>
        <a className={css.brand} href={paths.overview}>
          {s.portalName}
        </a>
        <nav className={css.nav} aria-label={t.mainNav}>
          <ul className={css.navList}>
            {navItems.map((n) => (
              <li key={n.href}>
                <a className={css.navLink} href={n.href} aria-current={n.current ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className={css.person}>
          <span>{t.signedInAs(services.user.displayName)}</span>
          <div className={css.languages} role="group" aria-label={t.language}>
            {languages().map((l) => (
              <button
                key={l.tag}
                type="button"
                lang={l.tag}
                className={css.headerButton}
                aria-pressed={l.tag === language.tag}
                onClick={() => l.tag !== language.tag && onLanguage(l.tag)}
              >
                {l.nativeName}
              </button>
            ))}
          </div>
          <button type="button" className={css.headerButton} onClick={onSignOut}>
            {t.signOut}
          </button>
        </div>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className={css.main} aria-labelledby="page-title">
        <h1 id="page-title" className={css.pageTitle}>
          {title}
        </h1>
        <BusyNotice services={services} />
        <Page route={route} services={services} />
      </main>
      {/* the accessibility statement is linked from every page (lag 2018:1937) */}
      <footer className={css.footer}>
        <a href={paths.accessibility} aria-current={route.page === 'accessibility' ? 'page' : undefined}>
          {stringsFor(accessibilityStrings, language).link}
        </a>
      </footer>
    </>
  );
}

function pageTitle(route: Route, language: Language): string {
  const t = stringsFor(hostStrings, language);
  switch (route.page) {
    case 'overview':
      return t.overview;
    case 'settings':
      return t.settings;
    case 'meeting':
      return stringsFor(meetingStrings, language).page.heading;
    case 'rollCall':
      return t.rollCall;
    case 'minutes':
      return stringsFor(minutesViewStrings, language).heading;
    case 'live':
    case 'stage':
      return stringsFor(liveStrings, language).appName;
    case 'newMeeting':
      return t.newMeeting;
    case 'calendar':
      return stringsFor(calendarStrings, language).heading;
    case 'mail':
      return stringsFor(mailStrings, language).heading;
    case 'directory':
      return stringsFor(directoryStrings, language).heading;
    case 'accessibility':
      return stringsFor(accessibilityStrings, language).link;
    case 'notFound':
      return t.notFound;
  }
}

/** Addresses of the meeting views in this host: hash routes. */
const meetingNav: MeetingNav = {
  meeting: paths.agenda,
  rollCall: paths.rollCall,
  live: paths.live,
  minutes: paths.minutes,
  newMeeting: () => paths.newMeeting,
  overview: () => paths.overview,
  go: (href) => location.assign(href),
};

function Page({ route, services }: { route: Route; services: Services }): JSX.Element {
  const t = stringsFor(hostStrings, services.locale);
  switch (route.page) {
    case 'overview':
      return (
        <>
          <CreateMeetingLink services={services} href={paths.newMeeting} />
          <MyMeetings services={services} />
        </>
      );
    case 'settings':
      return <PortalSetup services={services} />;
    case 'meeting':
      return <MeetingWorkspace services={services} view={{ kind: 'meeting', meetingId: route.meetingId }} nav={meetingNav} />;
    case 'minutes':
      return <MeetingWorkspace services={services} view={{ kind: 'minutes', meetingId: route.meetingId }} nav={meetingNav} />;
    case 'rollCall':
      return <MeetingWorkspace services={services} view={{ kind: 'rollCall', meetingId: route.meetingId }} nav={meetingNav} />;
    case 'live':
      return (
        <LiveApp
          services={services}
          target={{ meetingId: route.meetingId }}
          view="auto"
          teamsTheme={themeFromHash(location.hash)}
          stageUrl={paths.stage}
        />
      );
    case 'stage':
      // full screen, outside the page frame: see App
      return <></>;
    case 'newMeeting':
      return <MeetingWorkspace services={services} view={{ kind: 'new' }} nav={meetingNav} />;
    case 'calendar':
      return <Calendar services={services} headingHidden viewState={hashViewState} />;
    case 'mail':
      return <Mailbox services={services} shared={SHARED_MAILBOXES} top={5} headingHidden />;
    case 'directory':
      return <Directory services={services} headingHidden viewState={hashViewState} />;
    case 'accessibility':
      return <AccessibilityStatement locale={services.locale} />;
    case 'notFound':
      return (
        <p className={classes.paragraph}>
          <a href={paths.overview}>{t.backToOverview}</a>
        </p>
      );
  }
}

/** Whether the person may run the portal setup (site owners); a failure to tell counts as no. */
function useCanManage(services: Services): boolean {
  const [canManage, setCanManage] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    services.provisioning.canManage().then(
      (yes) => live && setCanManage(yes),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);
  return canManage;
}

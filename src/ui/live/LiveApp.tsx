import * as React from 'react';
import { Customizer } from '@fluentui/react/lib/Utilities';
import { createTheme, getTheme, type IPartialTheme } from '@fluentui/react/lib/Styling';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { ServicesWith } from '../../data/compose';
import { liveRole } from '../../domain/live/staff';
import { commonStrings, formatTime } from '../strings';
import { liveStrings } from '../strings/live';
import { useLanguage, useStrings } from '../common/useLanguage';
import { ErrorMessage } from '../common/ErrorMessage';
import { LiveStatus } from '../common/LiveStatus';
import { useNarrow } from '../common/useNarrow';
import { MemberView, type LiveViewProps } from './member/MemberView';
import { LazyConsoleView, LazyStageView } from './lazy';
import { peopleOf } from './people';
import { useAnnouncements } from './parts/useAnnouncements';
import type { TeamsTheme } from './teamsTheme';
import type * as Themes from './theme';
import { useLiveClasses } from './styles';
import { useLiveSession, useTicker } from './useLiveSession';
import { LiveLanguage } from './language';

export type LiveTarget = { meetingId: number } | { threadId: string };
/** What the page asks for; who gets the console is decided by the lists, never by this. */
export type LiveViewKind = 'auto' | 'stage';

export interface LiveAppProps {
  services: ServicesWith<'live'>;
  target: LiveTarget;
  view: LiveViewKind;
  /** Teams' theme inside Teams; null elsewhere (the page's theme). */
  teamsTheme: TeamsTheme | null;
  /** SharePoint's theme for the page section (a coloured section's); the page's theme when absent. */
  pageTheme?: IPartialTheme;
  /** Where the stage view of a meeting opens (for the chamber screen). */
  stageUrl?(meetingId: number): string;
}

/** "Debatt och votering": finds the meeting, opens its live session and shows the view the person's role gives. */
export function LiveApp(props: LiveAppProps): JSX.Element {
  const { teamsTheme, pageTheme } = props;
  // Teams' palettes load only inside Teams (or when a screen asks for one): a chunk of their own
  const [themes, setThemes] = React.useState<typeof Themes | null>(null);
  React.useEffect(() => {
    if (teamsTheme !== null) void import(/* webpackChunkName: 'live-themes' */ './theme').then(setThemes);
  }, [teamsTheme]);
  const page = React.useMemo(() => (pageTheme ? createTheme(pageTheme) : getTheme()), [pageTheme]);
  const theme = React.useMemo(() => (themes ? themes.liveTheme(teamsTheme, page) : page), [themes, teamsTheme, page]);
  const language = useLanguage(props.services.locale);
  if (teamsTheme !== null && !themes) return <Spinner />;
  return (
    // Customizer, not ThemeProvider: Fluent's components and useTheme read the theme from it alike, and
    // ThemeProvider's style engine would cost the member view a few KB of its budget
    <Customizer settings={{ theme }}>
      <LiveLanguage.Provider value={language}>
        <LiveResolve {...props} />
      </LiveLanguage.Provider>
    </Customizer>
  );
}

function LiveResolve(props: LiveAppProps): JSX.Element {
  const language = useLanguage(props.services.locale);
  const t = useStrings(liveStrings, language);
  const common = useStrings(commonStrings, language);
  const [meetingId, setMeetingId] = React.useState<number | null | 'loading'>(
    'meetingId' in props.target ? props.target.meetingId : 'loading',
  );
  const [error, setError] = React.useState<unknown>(null);
  const threadId = 'threadId' in props.target ? props.target.threadId : null;
  React.useEffect(() => {
    if (threadId === null) return;
    let live = true;
    props.services.live.meetingOfThread(threadId).then(
      (id) => live && setMeetingId(id),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [threadId, props.services.live]);
  if (error) return <ErrorMessage error={error} strings={common} />;
  if (meetingId === 'loading') return <Spinner label={t.loading} />;
  if (meetingId === null)
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <strong>{t.noMeetingForTeams.title}</strong> {t.noMeetingForTeams.action}
      </MessageBar>
    );
  return <LiveMeeting {...props} meetingId={meetingId} />;
}

function LiveMeeting(props: LiveAppProps & { meetingId: number }): JSX.Element {
  const { services, meetingId } = props;
  const language = useLanguage(services.locale);
  const t = useStrings(liveStrings, language);
  const common = useStrings(commonStrings, language);
  const css = useLiveClasses();
  // the chamber screen or the webcast (a plain page, one per room): the result within a second of the close
  const session = useLiveSession(services.live, meetingId, false, props.view === 'stage' && props.teamsTheme === null);
  const ref = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(ref, 560);
  const ticker = useTicker(1000);
  const [memberView, setMemberView] = React.useState(false);
  const client = session.status === 'open' ? session.client : null;
  const snapshot = client?.snapshot ?? null;
  const me = services.user.siteUserId;
  const role = snapshot ? liveRole(snapshot.staff, me, snapshot.meeting.seatAssignments) : null;
  React.useEffect(() => {
    // the console's session relays members' events (session.ts); a stage or member view only reads
    client?.setConsole(role === 'console' && props.view !== 'stage');
  }, [client, role, props.view]);
  const picture = client?.picture() ?? null;
  const people = React.useMemo(() => (snapshot ? peopleOf(snapshot, t.unknownPerson, t.person) : null), [snapshot, t]);
  const announcement = useAnnouncements(picture, people, t);

  let body: React.ReactNode;
  if (session.status === 'loading') body = <Spinner label={t.loading} />;
  else if (session.status === 'failed') body = <ErrorMessage error={session.error} strings={common} onRetry={session.retry} />;
  else if (client && snapshot && picture && people) {
    const time = (iso: string) => formatTime(iso, language);
    const viewProps: LiveViewProps = {
      client,
      snapshot,
      picture,
      people,
      me,
      now: ticker + client.watch.skewMs,
      t,
      common,
      language,
      time,
      canAct: role !== 'readOnly',
      narrow,
    };
    if (props.view === 'stage')
      return (
        <React.Suspense fallback={<Spinner label={t.loading} />}>
          <LazyStageView {...viewProps} />
        </React.Suspense>
      );
    const state = snapshot.state;
    const status = client.status;
    body = (
      <>
        <header className={css.card}>
          <h1 className={css.title}>
            {t.appName}: {snapshot.meeting.title}
          </h1>
          <p className={css.meta}>{t.phase[state?.phase ?? 'NotStarted']}</p>
          {status.error ? (
            <MessageBar messageBarType={MessageBarType.warning}>{t.connection.failing}</MessageBar>
          ) : (
            status.lastOkAt !== null && (
              <p className={css.status}>{t.connection.updated(formatTime(new Date(status.lastOkAt), language))}</p>
            )
          )}
          {role === 'console' && (
            <div className={css.actions}>
              <DefaultButton
                text={memberView ? t.views.console : t.views.memberView}
                aria-pressed={memberView}
                onClick={() => setMemberView(!memberView)}
              />
              {props.stageUrl && <DefaultButton text={t.views.stage} href={props.stageUrl(meetingId)} target="_blank" />}
            </div>
          )}
        </header>
        {!state && role !== 'console' && <p className={css.text}>{t.notStarted}</p>}
        {state?.phase === 'Ended' && <p className={css.text}>{t.ended}</p>}
        {state?.phase === 'Adjourned' && <p className={css.text}>{t.adjourned}</p>}
        {role === 'console' && !memberView ? (
          <React.Suspense fallback={<Spinner label={t.loading} />}>
            <LazyConsoleView {...viewProps} />
          </React.Suspense>
        ) : state ? (
          <MemberView {...viewProps} />
        ) : null}
      </>
    );
  }
  return (
    <div ref={ref} className={css.root} lang={language.tag}>
      <LiveStatus message={announcement} />
      {body}
    </div>
  );
}

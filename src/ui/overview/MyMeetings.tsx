import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type { MyMeeting } from '../../data/services';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorText } from '../common/errorKind';
import { LiveStatus } from '../common/LiveStatus';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
import { MeetingCard } from './MeetingCard';
import { PastMeetings } from './PastMeetings';
import { meetingClasses } from './styles';
import { stringsFor, commonStrings } from '../strings';
import { overviewStrings } from '../strings/overview';

export interface MyMeetingsProps {
  services: ServicesWith<'meetings'>;
  /** At most this many meetings; the repository's default when left out. */
  limit?: number;
}

type State = { kind: 'loading' } | { kind: 'loaded'; meetings: MyMeeting[] } | { kind: 'failed'; error: unknown };

/** "Mina sammanträden": the signed-in person's upcoming meetings, soonest first. */
export function MyMeetings({ services, limit }: MyMeetingsProps): JSX.Element {
  const language = useLanguage(services.locale);
  const t = stringsFor(overviewStrings, language);
  const mounted = useMounted();
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  // Each load gets a number; a slow earlier answer must not overwrite a newer one.
  const loadId = React.useRef(0);
  // Ids unique on the page: two web parts of this kind may sit side by side.
  const [headingId] = React.useState(() => getId('my-meetings-'));

  const load = React.useCallback(() => {
    const id = ++loadId.current;
    setState({ kind: 'loading' });
    services.meetings.myUpcoming(limit).then(
      (meetings) => {
        if (mounted.current && id === loadId.current) setState({ kind: 'loaded', meetings });
      },
      (error: unknown) => {
        if (mounted.current && id === loadId.current) setState({ kind: 'failed', error });
      },
    );
  }, [services, limit, mounted]);

  React.useEffect(load, [load]);

  const announcement =
    state.kind === 'loading'
      ? t.loading
      : state.kind === 'loaded'
        ? state.meetings.length === 0
          ? t.empty
          : t.loaded(state.meetings.length)
        : errorText(state.error, stringsFor(commonStrings, language)).title;

  return (
    <>
      <section className={classes.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={classes.heading}>
          {t.heading}
        </h2>
        <LiveStatus message={announcement} />
        {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={t.loading} labelPosition="right" />}
        {state.kind === 'failed' && <ErrorMessage error={state.error} strings={stringsFor(commonStrings, language)} onRetry={load} />}
        {state.kind === 'loaded' && state.meetings.length === 0 && <p className={classes.paragraph}>{t.empty}</p>}
        {state.kind === 'loaded' && state.meetings.length > 0 && (
          <ul className={meetingClasses.list}>
            {state.meetings.map((m) => (
              <li key={m.id} className={meetingClasses.item}>
                <MeetingCard meeting={m} language={language} idPrefix={headingId} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PastMeetings services={services} language={language} idPrefix={headingId} />
    </>
  );
}

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { ServicesWith } from '../../data/compose';
import type { MyMeeting } from '../../data/services';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorText } from '../common/errorKind';
import { LiveStatus } from '../common/LiveStatus';
import { classes } from '../common/styles';
import { type Language, stringsFor, commonStrings } from '../strings';
import { MeetingCard } from './MeetingCard';
import { meetingClasses } from './styles';
import { overviewStrings } from '../strings/overview';

type State = { kind: 'hidden' } | { kind: 'loading' } | { kind: 'loaded'; meetings: MyMeeting[] } | { kind: 'failed'; error: unknown };

/**
 * The person's earlier meetings, read only when asked for: the overview's first render stays
 * one request (DESIGN §9), and the past is a click away.
 */
export function PastMeetings({
  services,
  language,
  idPrefix,
  limit = 10,
}: {
  services: ServicesWith<'meetings'>;
  language: Language;
  idPrefix: string;
  limit?: number;
}): JSX.Element {
  const t = stringsFor(overviewStrings, language).past;
  const [state, setState] = React.useState<State>({ kind: 'hidden' });
  const alive = React.useRef(true);
  React.useEffect(() => () => void (alive.current = false), []);
  const headingId = `${idPrefix}-past`;

  const load = React.useCallback(() => {
    setState({ kind: 'loading' });
    services.meetings.myPast(limit).then(
      (meetings) => alive.current && setState({ kind: 'loaded', meetings }),
      (error: unknown) => alive.current && setState({ kind: 'failed', error }),
    );
  }, [services, limit]);

  const shown = state.kind !== 'hidden';
  const announcement =
    state.kind === 'loading'
      ? t.loading
      : state.kind === 'loaded'
        ? state.meetings.length
          ? t.loaded(state.meetings.length)
          : t.empty
        : state.kind === 'failed'
          ? errorText(state.error, stringsFor(commonStrings, language)).title
          : '';
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {t.heading}
      </h2>
      <DefaultButton text={shown ? t.hide : t.show} aria-expanded={shown} onClick={() => (shown ? setState({ kind: 'hidden' }) : load())} />
      {/* one live region on the page until the person asks: the overview's own says what it loaded */}
      {shown && <LiveStatus message={announcement} />}
      {state.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={t.loading} labelPosition="right" />}
      {state.kind === 'failed' && <ErrorMessage error={state.error} strings={stringsFor(commonStrings, language)} onRetry={load} />}
      {state.kind === 'loaded' && state.meetings.length === 0 && <p className={classes.paragraph}>{t.empty}</p>}
      {state.kind === 'loaded' && state.meetings.length > 0 && (
        <ul className={meetingClasses.list}>
          {state.meetings.map((m) => (
            <li key={m.id} className={meetingClasses.item}>
              <MeetingCard meeting={m} language={language} idPrefix={headingId} past />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import { dayOf, type CalendarEntry } from '../../domain/calendar/calendar';
import { holidaysOf, type Holiday } from '../../domain/calendar/holidays';
import type { CalendarGroup } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorText } from '../common/errorKind';
import { LiveStatus } from '../common/LiveStatus';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useNarrow } from '../common/useNarrow';
import { useViewState, type ViewStateUrl } from '../common/viewState';
import { calendarStrings, type CalendarViewKind } from '../strings/calendar';
import { AgendaView } from './AgendaView';
import { DaysView } from './DaysView';
import { Failures } from './Failures';
import { MonthView } from './MonthView';

// The panels (Fluent's Panel and its focus trap) load when first opened: most visits only look.
const EntryDetails = React.lazy(() =>
  import(/* webpackChunkName: 'calendar-panels' */ './EntryDetails').then((m) => ({ default: m.EntryDetails })),
);
const SubscribePanel = React.lazy(() =>
  import(/* webpackChunkName: 'calendar-panels' */ './SubscribePanel').then((m) => ({ default: m.SubscribePanel })),
);
import { stepDate, viewDays, viewRange, viewTitle } from './dates';
import { calendarClasses as c } from './styles';
import { useCalendar } from './useCalendar';
import type { ViewProps } from './viewProps';
import { stringsFor, commonStrings } from '../strings';

export interface CalendarProps {
  services: ServicesWith<'calendar'>;
  /** Group calendars chosen in the settings; null or empty = the defaults. */
  groups?: readonly CalendarGroup[] | null;
  initialView?: CalendarViewKind;
  /** The page already says "Kalender" (the standalone host's page title): the view's heading is for screen readers only. */
  headingHidden?: boolean;
  /** Where the view and date are kept, so Back and a shared link return to them. */
  viewState?: ViewStateUrl;
}

/** The view in the address, in Swedish as the host's routes: `?vy=manad&datum=2026-12-01`. */
const VIEW_SLUGS: Record<CalendarViewKind, string> = { day: 'dag', week: 'vecka', month: 'manad', agenda: 'lista' };
const viewOfSlug = (slug: string | null): CalendarViewKind | null =>
  (Object.keys(VIEW_SLUGS) as CalendarViewKind[]).find((v) => VIEW_SLUGS[v] === slug) ?? null;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const VIEWS: CalendarViewKind[] = ['day', 'week', 'month', 'agenda'];
const NARROW_PX = 600;

function holidayMap(days: string[]): Map<string, Holiday> {
  const years = [...new Set(days.map((d) => Number(d.slice(0, 4))))];
  return new Map(years.flatMap((y) => holidaysOf(y)).map((h) => [h.date, h]));
}

/** "Kalender": own, group and council calendars in one Swedish calendar. */
export function Calendar({ services, groups, initialView = 'week', headingHidden = false, viewState }: CalendarProps): JSX.Element {
  const language = useLanguage(services.locale);
  const g = stringsFor(calendarStrings, services.locale);
  const today = dayOf(services.clock.now().toISOString());
  const url = useViewState(viewState);
  const view = viewOfSlug(url.get('vy')) ?? initialView;
  const typed = url.get('datum');
  const date = typed && ISO_DAY.test(typed) ? typed : today;
  // a new view is a step Back returns from; moving through the days just updates the address
  const setView = (v: CalendarViewKind) => url.set({ vy: VIEW_SLUGS[v] });
  const setDate = (d: string) => url.set({ datum: d === today ? null : d }, 'replace');
  const [open, setOpen] = React.useState<CalendarEntry | null>(null);
  const [subscribing, setSubscribing] = React.useState(false);
  // once a panel has opened it stays mounted, so closing keeps Fluent's animation and focus return
  const [panelsUsed, setPanelsUsed] = React.useState(false);
  if (!panelsUsed && (open !== null || subscribing)) setPanelsUsed(true);
  const [headingId] = React.useState(() => getId('calendar-'));
  // below this width seven day columns cannot show their entries: weeks and months become a list of days
  const sectionRef = React.useRef<HTMLElement>(null);
  const narrow = useNarrow(sectionRef, NARROW_PX);
  const titleId = `${headingId}-title`;
  const range = React.useMemo(() => viewRange(view, date), [view, date]);
  const { state, reload } = useCalendar(services, range, groups && groups.length ? groups : null);
  const days = React.useMemo(() => viewDays(view, date), [view, date]);
  const data = state.kind === 'loaded' ? state.data : state.kind === 'loading' ? state.previous : null;

  const announcement =
    state.kind === 'loading'
      ? g.loading
      : state.kind === 'failed'
        ? errorText(state.error, stringsFor(commonStrings, language)).title
        : g.loaded(state.data.entries.length);

  const props: ViewProps = {
    days,
    entries: data?.entries ?? [],
    focused: date,
    today,
    month: date,
    holidays: holidayMap(days),
    language,
    g,
    labelledBy: titleId,
    onFocusDay: setDate,
    onOpenDay: (d) => {
      url.set({ vy: VIEW_SLUGS.day, datum: d });
    },
    onOpenEntry: setOpen,
  };

  return (
    <section ref={sectionRef} className={classes.section} aria-labelledby={headingId} lang={language.tag}>
      <h2 id={headingId} className={headingHidden ? classes.visuallyHidden : classes.heading}>
        {g.heading}
      </h2>
      <LiveStatus message={announcement} />
      <div className={c.toolbar}>
        <IconButton
          iconProps={{ iconName: 'ChevronLeft' }}
          title={g.previous[view]}
          ariaLabel={g.previous[view]}
          onClick={() => setDate(stepDate(view, date, -1))}
          text="‹"
        />
        <DefaultButton text={g.today} onClick={() => setDate(today)} />
        <IconButton
          iconProps={{ iconName: 'ChevronRight' }}
          title={g.next[view]}
          ariaLabel={g.next[view]}
          onClick={() => setDate(stepDate(view, date, 1))}
          text="›"
        />
        <h3 id={titleId} className={c.title} aria-live="polite">
          {viewTitle(view, date, language.intlLocale, g.week)}
        </h3>
        <div role="group" aria-label={g.viewSwitch} className={c.viewSwitch}>
          {VIEWS.map((v) =>
            v === view ? (
              <PrimaryButton key={v} text={g.views[v]} aria-pressed onClick={() => setView(v)} />
            ) : (
              <DefaultButton key={v} text={g.views[v]} aria-pressed={false} onClick={() => setView(v)} />
            ),
          )}
        </div>
        <DefaultButton text={g.subscribe.button} onClick={() => setSubscribing(true)} />
      </div>
      <p id={`${titleId}-help`} className={classes.visuallyHidden}>
        {g.gridHelp}
      </p>
      {state.kind === 'loading' && <Spinner size={SpinnerSize.small} label={g.loading} labelPosition="right" />}
      {state.kind === 'failed' && <ErrorMessage error={state.error} strings={stringsFor(commonStrings, language)} onRetry={reload} />}
      {data && <Failures failures={data.failures} g={g} />}
      {view === 'month' && !narrow && <MonthView {...props} />}
      {(view === 'day' || (view === 'week' && !narrow)) && <DaysView {...props} />}
      {/* a list says "no events" only of a period it has read, never while the first read is under way */}
      {(view === 'agenda' || (narrow && (view === 'week' || view === 'month'))) && data !== null && <AgendaView {...props} />}
      {panelsUsed && (
        <React.Suspense fallback={null}>
          <EntryDetails
            entry={open}
            language={language}
            g={g}
            agendaUrl={(id) => services.links.agenda(id)}
            onDismiss={() => setOpen(null)}
          />
          <SubscribePanel
            isOpen={subscribing}
            bodies={data?.bodies ?? []}
            services={services}
            language={language}
            g={g}
            onDismiss={() => setSubscribing(false)}
          />
        </React.Suspense>
      )}
    </section>
  );
}

import * as React from 'react';
import type { CalendarGroup, CalendarLoad } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { useMounted } from '../common/useMounted';

export type CalendarState =
  { kind: 'loading'; previous: CalendarLoad | null } | { kind: 'loaded'; data: CalendarLoad } | { kind: 'failed'; error: unknown };

/** Loads a date range; a slower earlier answer never overwrites a newer one. */
export function useCalendar(
  services: ServicesWith<'calendar'>,
  range: { from: string; to: string },
  groups: readonly CalendarGroup[] | null,
): { state: CalendarState; reload: () => void } {
  const mounted = useMounted();
  const [state, setState] = React.useState<CalendarState>({ kind: 'loading', previous: null });
  const loadId = React.useRef(0);
  const groupKey = groups ? groups.map((g) => g.id).join(',') : '';
  const load = React.useCallback(() => {
    const id = ++loadId.current;
    setState((s) => ({ kind: 'loading', previous: s.kind === 'loaded' ? s.data : s.kind === 'loading' ? s.previous : null }));
    services.calendar.load(range, groups).then(
      (data) => mounted.current && id === loadId.current && setState({ kind: 'loaded', data }),
      (error: unknown) => mounted.current && id === loadId.current && setState({ kind: 'failed', error }),
    );
    // groups by their ids: a new array with the same groups is the same request
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, range.from, range.to, groupKey, mounted]);
  React.useEffect(load, [load]);
  return { state, reload: load };
}

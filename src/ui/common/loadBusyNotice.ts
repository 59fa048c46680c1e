import type * as BusyNoticeModule from './BusyNotice';

/**
 * The busy notice's own chunk, loaded the first time a wait needs it. The import sits in the
 * views' chunks (each view module re-exports this), where Fluent's MessageBar already is, so the
 * chunk holds only the notice and its strings and no page's first render pays for it.
 */
export function loadBusyNotice(): Promise<typeof BusyNoticeModule> {
  return import(/* webpackChunkName: 'busy-notice' */ './BusyNotice');
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Services } from '../../data/services';
import { resolveLanguage, stringsFor } from '../strings/registry';
import { TIME_ZONE } from '../strings/format';
import { busyStrings } from '../strings/busy';

/**
 * While a throttled request waits for its retry (Retry-After), says so and when the next try is,
 * and goes when the request has succeeded or failed (issue 8). One per web part and in the host's
 * page frame. The region stays in the DOM so screen readers hear the notice appear; its text is
 * fixed per wait (no ticking seconds), so it is announced once.
 */
export function BusyNotice({ services }: { services: Pick<Services, 'busy' | 'locale'> }): JSX.Element {
  const { busy, locale } = services;
  const [at, setAt] = React.useState(() => busy?.retryAt() ?? null);
  React.useEffect(() => {
    if (!busy) return undefined;
    setAt(busy.retryAt());
    return busy.subscribe(() => setAt(busy.retryAt()));
  }, [busy]);
  const text = React.useMemo(() => {
    if (!at) return null;
    const language = resolveLanguage(locale);
    const time = new Intl.DateTimeFormat(language.intlLocale, {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(at);
    return stringsFor(busyStrings, language).busy(time, Math.max(1, Math.round((at.getTime() - Date.now()) / 1000)));
  }, [at, locale]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {text && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
          {text}
        </MessageBar>
      )}
    </div>
  );
}

import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ServicesWith } from '../../data/compose';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
import { overviewStrings } from '../strings/overview';
import { stringsFor } from '../strings';

/**
 * "Skapa sammanträde", for those who may create meetings; nothing for everyone else (a failure to
 * tell counts as no: SharePoint decides the write anyway). Asks the overview's own repository, so
 * the overview does not carry the clerk's tools.
 */
export function CreateMeetingLink({ services, href }: { services: ServicesWith<'meetings'>; href: string }): JSX.Element | null {
  const language = useLanguage(services.locale);
  const mounted = useMounted();
  const [canCreate, setCanCreate] = React.useState(false);
  React.useEffect(() => {
    services.meetings.canCreate().then(
      (yes) => mounted.current && setCanCreate(yes),
      () => undefined,
    );
  }, [services, mounted]);
  if (!canCreate) return null;
  return (
    <p>
      <Link href={href}>{stringsFor(overviewStrings, language).createMeeting}</Link>
    </p>
  );
}

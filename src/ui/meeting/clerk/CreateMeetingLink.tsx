import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { Services } from '../../../data/services';
import { useLanguage } from '../../common/useLanguage';
import { useCanEdit } from '../useMeeting';

/** "Skapa sammanträde", for those who may edit meetings; nothing for everyone else. */
export function CreateMeetingLink({ services, href }: { services: Services; href: string }): JSX.Element | null {
  const language = useLanguage(services.locale);
  const canEdit = useCanEdit(services);
  if (!canEdit) return null;
  return (
    <p>
      <Link href={href}>{language.strings.meeting.newMeeting.createLink}</Link>
    </p>
  );
}

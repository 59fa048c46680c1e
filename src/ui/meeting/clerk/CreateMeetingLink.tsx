import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ServicesWith } from '../../../data/compose';
import { useLanguage } from '../../common/useLanguage';
import { useCanEdit } from '../useMeeting';
import { meetingStrings } from '../../strings/meeting';
import { stringsFor } from '../../strings';

/** "Skapa sammanträde", for those who may edit meetings; nothing for everyone else. */
export function CreateMeetingLink({ services, href }: { services: ServicesWith<'clerk'>; href: string }): JSX.Element | null {
  const language = useLanguage(services.locale);
  const canEdit = useCanEdit(services);
  if (!canEdit) return null;
  return (
    <p>
      <Link href={href}>{stringsFor(meetingStrings, language).newMeeting.createLink}</Link>
    </p>
  );
}

import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
// the coin alone: Persona's details (and their tooltip) are not shown, so they need not load
import { PersonaCoin, PersonaSize } from '@fluentui/react/lib/PersonaCoin';
import type { DirectoryContact, DirectoryPerson } from '../../data/graph/types';
import type { Language } from '../strings';
import type { DirectoryStrings } from '../strings/directory';
import { directoryClasses as c } from './styles';
import { assignmentText, initials } from './text';

export interface PersonRowProps {
  person: DirectoryPerson;
  contact: DirectoryContact | undefined;
  photo: string | null | undefined;
  language: Language;
  g: DirectoryStrings;
  onOpen(): void;
}

/** One elected official: photo or initials, party, assignments, e-mail and phone. */
export function PersonRow({ person, contact, photo, language, g, onOpen }: PersonRowProps): JSX.Element {
  const t = g;
  return (
    <li className={c.item}>
      {/* The name beside it says who it is: the photo is decoration for screen readers. */}
      <PersonaCoin
        imageUrl={photo ?? undefined}
        imageInitials={initials(person.name)}
        size={PersonaSize.size48}
        imageAlt=""
        aria-hidden="true"
      />
      <div className={c.details}>
        <button type="button" className={c.nameButton} onClick={onOpen} aria-label={t.openPerson(person.name)}>
          {person.name}
        </button>{' '}
        ({person.parties.join(', ')})
        <br />
        {person.assignments.map((a) => assignmentText(a, language)).join('; ')}
        <br />
        {t.email}: {person.email ? <Link href={`mailto:${person.email}`}>{person.email}</Link> : '–'}
        {contact?.mobile && (
          <>
            {' · '}
            {t.mobile}: <Link href={`tel:${contact.mobile.replace(/[^\d+]/g, '')}`}>{contact.mobile}</Link>
          </>
        )}
        {contact?.phone && (
          <>
            {' · '}
            {t.phone}: <Link href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Link>
          </>
        )}
      </div>
    </li>
  );
}

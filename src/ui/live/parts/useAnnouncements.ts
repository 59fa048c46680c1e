import * as React from 'react';
import type { LivePicture } from '../../../domain/live/picture';
import type { LiveStrings } from '../../strings/live';
import type { People } from '../people';

/**
 * What a screen reader is told as it changes (WCAG 4.1.3): who got the floor, a lost or regained
 * quorum. Sighted people see the same on the page; the text goes to one polite live region.
 */
export function useAnnouncements(picture: LivePicture | null, people: People | null, t: LiveStrings): string {
  const [message, setMessage] = React.useState('');
  const speakerId = picture?.current?.speakers.current?.requestId ?? null;
  const speakerPerson = picture?.current?.speakers.current?.personId ?? null;
  const quorumOk = picture?.current?.seats.quorum.ok ?? null;
  const missing = picture?.current?.seats.quorum.missing ?? 0;
  const first = React.useRef(true);
  const last = React.useRef({ speakerId, quorumOk });
  React.useEffect(() => {
    const before = last.current;
    last.current = { speakerId, quorumOk };
    // the state found on opening is on the page already; announce changes only
    if (first.current) {
      first.current = false;
      return;
    }
    if (quorumOk !== before.quorumOk && quorumOk !== null && before.quorumOk !== null)
      setMessage(quorumOk ? t.quorum.announceRegained : t.quorum.announceLost(missing));
    else if (speakerId !== before.speakerId && speakerPerson !== null && people)
      setMessage(t.list.announceFloor(people.name(speakerPerson)));
  }, [speakerId, speakerPerson, quorumOk, missing, people, t]);
  return message;
}

import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { MeetingDocument } from '../../data/services';
import { type Language, stringsFor } from '../strings';
import { safeHref } from '../common/safeUrl';
import { changedSince } from './changes';
import { ChangedMark } from './ChangedMark';
import { meetingCss as css } from './styles';
import { meetingStrings } from '../strings/meeting';

/** Documents as links that open in a new tab, each with its kind and the "changed" marker. */
export function DocumentLinks({
  documents,
  language,
  lastSeen,
  extra,
}: {
  documents: MeetingDocument[];
  language: Language;
  lastSeen: string | null;
  /** Clerk's controls per document (remove). */
  extra?: (doc: MeetingDocument) => React.ReactNode;
}): JSX.Element {
  const t = stringsFor(meetingStrings, language);
  if (documents.length === 0) return <p>{t.agenda.noDocuments}</p>;
  return (
    <ul className={css.docList}>
      {documents.map((d) => {
        const href = safeHref(d.url);
        const kind = t.documentKind[d.kind];
        const label = `${t.agenda.documentLabel(d.title || d.fileName, kind)} ${t.agenda.opensInNewTab}`;
        return (
          <li key={d.id}>
            {href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
                {d.title || d.fileName}
              </Link>
            ) : (
              d.title || d.fileName
            )}{' '}
            ({kind}){d.confidential && <span className={css.confidential}> – {t.agenda.confidential}</span>}
            {changedSince(d.modified, lastSeen) && <ChangedMark language={language} />}
            {extra?.(d)}
          </li>
        );
      })}
    </ul>
  );
}

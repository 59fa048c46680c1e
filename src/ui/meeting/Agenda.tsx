import * as React from 'react';
import type { AgendaItem, MeetingDetails, MeetingDocument } from '../../data/services';
import { type Language, stringsFor } from '../strings';
import { classes } from '../common/styles';
import { changedSince } from './changes';
import { ChangedMark } from './ChangedMark';
import { DocumentLinks } from './DocumentLinks';
import { meetingCss as css } from './styles';
import { meetingStrings } from '../strings/meeting';

export interface AgendaProps {
  details: MeetingDetails;
  language: Language;
  lastSeen: string | null;
  idPrefix: string;
  /** Clerk's controls under an item (edit, move, upload). */
  itemTools?: (item: AgendaItem, index: number) => React.ReactNode;
  documentTools?: (doc: MeetingDocument) => React.ReactNode;
}

/** The agenda: numbered items with their facts and documents; meeting-level documents after. */
export function Agenda({ details, language, lastSeen, idPrefix, itemTools, documentTools }: AgendaProps): JSX.Element {
  const t = stringsFor(meetingStrings, language);
  const items = [...details.items].sort((a, b) => a.number - b.number);
  const docsOf = (itemId: number | null) => details.documents.filter((d) => d.itemId === itemId);
  const changed =
    items.filter((i) => changedSince(i.modified, lastSeen)).length +
    details.documents.filter((d) => changedSince(d.modified, lastSeen)).length;
  return (
    <section aria-labelledby={`${idPrefix}-agenda`}>
      <h3 id={`${idPrefix}-agenda`} className={classes.subheading}>
        {t.agenda.heading}
      </h3>
      {lastSeen !== null && <p className={classes.paragraph}>{t.agenda.changedCount(changed)}</p>}
      {items.length === 0 && <p className={classes.paragraph}>{t.agenda.empty}</p>}
      {items.length > 0 && (
        <ol className={css.list}>
          {items.map((item, index) => (
            <li key={item.id} className={css.item} data-item-id={item.id}>
              <h4 className={css.itemTitle} id={`${idPrefix}-item-${item.id}`}>
                {item.number}. {item.title}
                {changedSince(item.modified, lastSeen) && <ChangedMark language={language} />}
              </h4>
              <dl className={css.facts}>
                {item.caseNumber && (
                  <>
                    <dt className={css.term}>{t.agenda.caseNumber}</dt>
                    <dd className={css.value}>{item.caseNumber}</dd>
                  </>
                )}
                <dt className={css.term}>{t.agenda.kind}</dt>
                <dd className={css.value}>{t.itemKind[item.kind]}</dd>
                {item.proposedDecision && (
                  <>
                    <dt className={css.term}>{t.agenda.proposedDecision}</dt>
                    <dd className={css.value}>{item.proposedDecision}</dd>
                  </>
                )}
              </dl>
              {item.confidential && <p className={css.confidential}>{t.agenda.confidential}</p>}
              <p className={classes.paragraph}>{t.agenda.documents}</p>
              <DocumentLinks documents={docsOf(item.id)} language={language} lastSeen={lastSeen} extra={documentTools} />
              {itemTools?.(item, index)}
            </li>
          ))}
        </ol>
      )}
      <h4 className={classes.subheading}>{t.agenda.meetingDocuments}</h4>
      <DocumentLinks documents={docsOf(null)} language={language} lastSeen={lastSeen} extra={documentTools} />
    </section>
  );
}

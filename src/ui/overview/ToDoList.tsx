import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { MyOverview, SigningToDoBase, ToDo } from '../../data/services';
import { dateParts, intlOf, stringsFor, type DateParts, type Language } from '../strings';
import { overviewStrings, type OverviewStrings } from '../strings/overview';
import { safeHref } from '../common/safeUrl';
import { classes } from '../common/styles';
import { toDoClasses as css } from './styles';

type ToDoStrings = OverviewStrings['toDo'];

/** The kinds in the order the overview shows them. A new kind of to-do adds itself here, in `headingOf` and in `ToDoLine`. */
const KINDS: readonly ToDo['kind'][] = ['sign', 'lateSigning'];

function headingOf(kind: ToDo['kind'], t: ToDoStrings): string {
  switch (kind) {
    case 'sign':
      return t.sign.heading;
    case 'lateSigning':
      return t.late.heading;
  }
}

/**
 * What awaits the person, above their meetings: a section per kind of to-do with a heading and a
 * list of links ("Att justera", for the body's clerks "Försenad justering"). A kind with nothing
 * in it has no section; when the list could not be read, the overview says so.
 */
export function ToDoSections({
  overview,
  language,
  idPrefix,
}: {
  overview: Pick<MyOverview, 'toDo' | 'toDoError'>;
  language: Language;
  idPrefix: string;
}): JSX.Element | null {
  const t = stringsFor(overviewStrings, language).toDo;
  if (overview.toDoError) {
    const id = `${idPrefix}-todo-failed`;
    return (
      <section className={classes.section} aria-labelledby={id}>
        <h2 id={id} className={classes.heading}>
          {t.sign.heading}
        </h2>
        <p className={classes.paragraph}>
          {t.failed} {t.failedAction}
        </p>
      </section>
    );
  }
  return (
    <>
      {KINDS.map((kind) => {
        const items = overview.toDo.filter((x) => x.kind === kind);
        if (!items.length) return null;
        const id = `${idPrefix}-todo-${kind}`;
        return (
          <section key={kind} className={classes.section} aria-labelledby={id}>
            <h2 id={id} className={classes.heading}>
              {headingOf(kind, t)}
            </h2>
            <ul className={css.list}>
              {items.map((item) => (
                <li key={`${item.kind}:${item.minutesId}`} className={`${css.item} ${item.status === 'overdue' ? css.late : ''}`}>
                  <ToDoLine item={item} t={t} language={language} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function ToDoLine({ item, t, language }: { item: ToDo; t: ToDoStrings; language: Language }): JSX.Element {
  switch (item.kind) {
    case 'sign':
      return (
        <MinutesLine item={item} t={t} language={language} link={t.sign.link}>
          <span className={css.detail}>
            {t.myRole}: {intlOf(language).list(item.roles.map((r) => t.role[r]))}
          </span>
        </MinutesLine>
      );
    case 'lateSigning':
      return (
        <MinutesLine item={item} t={t} language={language} link={t.late.link}>
          <span className={css.detail}>
            {t.late.missing(intlOf(language).list(item.missing.map((p) => t.late.person(p.name, t.role[p.role]))))}
          </span>
        </MinutesLine>
      );
  }
}

/** One minutes document: the link with its dates, the status mark in words, the line's own detail, and why a deadline is missing. */
function MinutesLine({
  item,
  t,
  language,
  link,
  children,
}: {
  item: SigningToDoBase;
  t: ToDoStrings;
  language: Language;
  link: ToDoStrings['sign']['link'];
  children: React.ReactNode;
}): JSX.Element {
  const meetingDate = t.date(dateParts(item.meetingStart, language.intlLocale));
  const due = item.due ? t.date(dayParts(item.due, language.intlLocale)) : null;
  const label = link(item.bodyName, meetingDate, item.immediate ? item.sections.join(', ') : null, due);
  const href = safeHref(item.url);
  const mark = item.status ? t.status[item.status] : null;
  return (
    <>
      <div className={css.line}>
        {href ? (
          <Link className={css.link} href={href}>
            {label}
          </Link>
        ) : (
          <span className={css.link}>{label}</span>
        )}
        {mark && <span className={`${css.mark} ${item.status === 'overdue' ? css.overdue : ''}`}>{mark}</span>}
        {children}
      </div>
      {item.settingProblems.map((p) => (
        <p key={p.key} className={css.problem}>
          {t.settingProblem(p)}
        </p>
      ))}
    </>
  );
}

/** The parts of a calendar day (`yyyy-MM-dd`, already a Swedish date, e.g. a deadline): noon UTC is that day in Stockholm too. */
function dayParts(date: string, intlLocale: string): DateParts {
  return dateParts(new Date(`${date.slice(0, 10)}T12:00:00Z`), intlLocale);
}

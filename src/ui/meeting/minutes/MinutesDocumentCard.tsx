import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MeetingMinutes, MinutesDocument, PostedNotice } from '../../../data/minutes/types';
import type { MinutesProblem } from '../../../domain/minutes/state';
import type { SignerRole } from '../../../domain/minutes/types';
import { classes } from '../../common/styles';
import { commonStrings, stringsFor, type Language } from '../../strings';
import { formatDateTime } from '../../strings/format';
import { minutesStrings } from '../../strings/minutes';
import { minutesErrorStrings } from '../../strings/minutesErrors';
import { minutesViewStrings, type MinutesViewStrings } from '../../strings/minutesView';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { dropLinks, fileLink, fileNameOf, formatDay, PDF, sectionSpan, type FileLink } from './files';
import type { MinutesServices } from './MinutesPage';
import { SignPanel } from './SignPanel';
import { minutesCss as own } from './styles';

/** Names of everyone the minutes mention: the meeting's signers and the signatures' authors. */
export function namesOf(m: MeetingMinutes): (id: number) => string {
  const names = new Map<number, string>();
  for (const p of [...m.people, ...m.signers.coSigners, m.signers.chair, m.signers.secretary]) if (p) names.set(p.id, p.displayName);
  return (id) => names.get(id) ?? `#${id}`;
}

function problemText(p: MinutesProblem, t: MinutesViewStrings, language: Language): string {
  switch (p.code) {
    case 'documentChanged':
      return t.document.documentChanged(p.version);
    case 'postingOverdue':
      return t.notice.overdue(formatDay(p.latest, language));
    case 'postedLate':
      return t.notice.postedLateProblem(formatDay(p.latest, language), formatDay(p.postedOn, language));
    case 'takenDownEarly':
      return t.notice.takenDownEarly(formatDay(p.earliest, language));
  }
}

/** One minutes document: where it stands, who has signed, the notice; and what the person at hand can do. */
export function MinutesDocumentCard({
  services,
  minutes,
  document: d,
  meetingTitle,
  language,
  reload,
  recordChanged,
}: {
  services: MinutesServices;
  minutes: MeetingMinutes;
  document: MinutesDocument;
  meetingTitle: string;
  language: Language;
  reload(): Promise<void>;
  /** An item of the record changed after the current version was frozen: the version does not say it. */
  recordChanged: boolean;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language);
  const errors = stringsFor(minutesErrorStrings, language);
  const name = namesOf(minutes);
  const st = d.status;
  const current = d.versions[d.versions.length - 1];
  const headingId = `minutes-doc-${d.id}`;
  const me = services.user.siteUserId;
  const myPlaces = st.missing.filter((p) => p.personId === me);
  const notice = useAction(reload);
  const [mySignature, setMySignature] = React.useState<string | null>(null);

  const places: { role: SignerRole; personId: number }[] = current
    ? [
        { role: 'chair', personId: current.signers.chairId },
        ...current.signers.coSignerIds.map((id) => ({ role: 'coSigner' as const, personId: id })),
        { role: 'secretary', personId: current.signers.secretaryId },
      ]
    : [];
  // who signed an earlier version and has not signed this one yet: they must be told to sign again
  const toSignAgain = [...new Set(st.voided.map((v) => v.authorId))].filter((id) => st.missing.some((m) => m.personId === id));
  const signedBy = (p: { role: SignerRole; personId: number }) => st.counted.find((c) => c.authorId === p.personId && c.role === p.role);

  const [posted, setPosted] = React.useState<PostedNotice | null>(null);
  const archive = useAction(async () => undefined);
  const [archived, setArchived] = React.useState<FileLink | null>(null);
  React.useEffect(
    () => () => {
      if (archived) dropLinks([archived]);
    },
    [archived],
  );
  // the signed minutes for the archive: the record as signed, with each signature and the SHA-256 of the version signed
  const makeArchive = () =>
    archive.run(async () => {
      const out = await services.minutes.generate(minutes.meetingId, {
        wording: stringsFor(minutesStrings, 'sv-SE'),
        public: false,
        sections: d.sections,
        signed: st.counted.map((c) => ({ personId: c.authorId, role: c.role, signedAt: c.created, sha256: c.sha256 })),
      });
      setArchived(fileLink(out.pdf, PDF, fileNameOf(meetingTitle, t.archive.suffix, 'pdf')));
    });
  const signedRef = React.useRef<HTMLDivElement>(null);
  // the signing panel goes once the signature counts, with focus in it: focus moves to what happened
  React.useEffect(() => {
    if (mySignature) signedRef.current?.focus();
  }, [mySignature]);

  const post = () =>
    notice.run(async () => {
      // the public version of exactly these sections: confidential items and identity numbers left out (DOMAIN §8)
      const pub = await services.minutes.generate(minutes.meetingId, {
        wording: stringsFor(minutesStrings, 'sv-SE'),
        public: true,
        sections: d.sections,
      });
      setPosted(await services.minutes.postNotice(d.id, pub.pdf));
    });

  return (
    <section className={css.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.subheading}>
        {d.immediate ? t.document.immediate(sectionSpan(d.sections)) : t.document.full}
        {meetingTitle && <span className={classes.visuallyHidden}> – {meetingTitle}</span>}
      </h3>
      <dl className={own.facts}>
        <dt className={css.term}>{t.document.status}</dt>
        <dd className={css.value}>{t.state[st.state]}</dd>
        {current && (
          <>
            <dt className={css.term}>{t.document.versionTerm}</dt>
            <dd className={css.value}>
              {t.document.version(current.version, formatDateTime(current.frozenAt, language))} ·{' '}
              <Link href={current.url} target="_blank" rel="noopener">
                {t.document.open(current.version)}
              </Link>
            </dd>
            <dt className={css.term}>{t.document.hash}</dt>
            <dd className={css.value}>
              <code>{current.sha256}</code>
            </dd>
          </>
        )}
      </dl>
      {recordChanged && current && ['Signing', 'Signed'].includes(st.state) && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.document.recordChanged(current.version)}
        </MessageBar>
      )}
      {st.problems.map((p, i) => (
        <MessageBar key={i} messageBarType={MessageBarType.warning} isMultiline>
          {problemText(p, t, language)}
        </MessageBar>
      ))}
      {places.length > 0 && (
        <table className={`${css.table} ${css.stackedTable}`}>
          <caption>{t.document.signersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.document.roleColumn}</th>
              <th scope="col">{t.document.nameColumn}</th>
              <th scope="col">{t.document.signedColumn}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((p) => {
              const sig = signedBy(p);
              return (
                <tr key={`${p.role}-${p.personId}`}>
                  <td>{t.role[p.role]}</td>
                  <th scope="row">{name(p.personId)}</th>
                  <td>{sig ? t.document.signedAt(formatDateTime(sig.created, language)) : t.document.waiting}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {st.signedAt && <p className={classes.paragraph}>{t.document.signedAll(formatDateTime(st.signedAt, language))}</p>}
      {st.signedAt && minutes.canManage && (
        <div className={css.row}>
          <DefaultButton
            text={archive.state.kind === 'busy' ? t.archive.making : t.archive.make}
            onClick={() => void makeArchive()}
            disabled={archive.state.kind === 'busy'}
          />
          {archived && (
            <Link href={archived.url} download={archived.fileName}>
              {t.archive.download(t.size(archived.size))}
            </Link>
          )}
        </div>
      )}
      {st.signedAt && minutes.canManage && <ActionFeedback state={archive.state} strings={s} texts={errors} />}
      {toSignAgain.length > 0 && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {t.document.voided(toSignAgain.map(name).join(', '))}
        </MessageBar>
      )}
      {st.ignored.filter((i) => i.reason !== 'oldVersion' && i.reason !== 'otherMinutes').length > 0 && (
        <details>
          <summary>{t.document.ignoredHeading}</summary>
          <ul>
            {st.ignored
              .filter((i) => i.reason !== 'oldVersion' && i.reason !== 'otherMinutes')
              .map((i) => (
                <li key={i.signature.id}>
                  {t.document.ignoredRow(name(i.signature.authorId), formatDateTime(i.signature.created, language), t.ignored[i.reason])}
                </li>
              ))}
          </ul>
        </details>
      )}
      {current && myPlaces.length > 0 && (
        <SignPanel
          services={services}
          document={d}
          version={current.version}
          role={myPlaces[0].role}
          language={language}
          reload={reload}
          onSigned={setMySignature}
        />
      )}
      <div role="status" aria-live="polite" ref={signedRef} tabIndex={-1}>
        {mySignature && (
          <MessageBar messageBarType={MessageBarType.success}>{t.sign.signed(formatDateTime(mySignature, language))}</MessageBar>
        )}
      </div>
      <h4 className={classes.subheading}>{t.notice.heading}</h4>
      {st.notice ? (
        <dl className={own.facts}>
          <dt className={css.term}>{t.notice.postedOn}</dt>
          <dd className={css.value}>{formatDay(st.notice.postedOn, language)}</dd>
          <dt className={css.term}>{t.notice.removeOn}</dt>
          <dd className={css.value}>{formatDay(st.notice.removeOn, language)}</dd>
          <dt className={css.term}>{t.notice.appealEnds}</dt>
          <dd className={css.value}>{formatDay(st.notice.appealEnds, language)}</dd>
          {st.notice.takenDownAt && (
            <>
              <dt className={css.term}>{t.state.TakenDown}</dt>
              <dd className={css.value}>{formatDateTime(st.notice.takenDownAt, language)}</dd>
            </>
          )}
        </dl>
      ) : (
        !st.signedAt && <p className={classes.paragraph}>{t.notice.notYet}</p>
      )}
      {minutes.canManage && st.state === 'Signed' && !recordChanged && (
        <div className={css.row}>
          <PrimaryButton
            text={notice.state.kind === 'busy' ? t.notice.posting : t.notice.post}
            onClick={() => void post()}
            disabled={notice.state.kind === 'busy'}
          />
        </div>
      )}
      {minutes.canManage && st.state === 'AppealPeriodOver' && (
        <div className={css.row}>
          <DefaultButton
            text={t.notice.takeDown}
            onClick={() => void notice.run(() => services.minutes.takeDownNotice(d.id))}
            disabled={notice.state.kind === 'busy'}
          />
        </div>
      )}
      <ActionFeedback
        state={
          notice.state.kind === 'done' && posted
            ? { kind: 'done', message: t.notice.posted(formatDay(posted.postedOn, language), formatDay(posted.appealEnds, language)) }
            : notice.state
        }
        problem={posted?.late ? t.notice.postedLate(formatDay(posted.late.latest, language)) : null}
        strings={s}
        texts={errors}
      />
    </section>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { GeneratedMinutes, MeetingMinutes } from '../../../data/minutes/types';
import { classes } from '../../common/styles';
import { useMounted } from '../../common/useMounted';
import { commonStrings, stringsFor, type Language } from '../../strings';
import { minutesStrings } from '../../strings/minutes';
import { minutesErrorStrings } from '../../strings/minutesErrors';
import { minutesViewStrings } from '../../strings/minutesView';
import { ActionFeedback } from '../ActionFeedback';
import { ConfirmDialog } from '../clerk/ConfirmDialog';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { DOCX, dropLinks, fileLink, fileNameOf, PDF, sectionSpan, type FileLink } from './files';
import type { MinutesServices } from './MinutesPage';
import { ErrorMessage } from '../../common/ErrorMessage';

interface Draft {
  generated: GeneratedMinutes;
  pdf: FileLink;
  docx: FileLink;
}

/** The minutes are kept in Swedish whatever the clerk's UI language (the region's official record). */
const wording = () => stringsFor(minutesStrings, 'sv-SE');

/** Revokes the Blob URLs a draft held when it is replaced or the view goes. */
function useDraft(): [Draft | null, (d: Draft | null) => void] {
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const held = React.useRef<Draft | null>(null);
  const set = React.useCallback((d: Draft | null) => {
    if (held.current) dropLinks([held.current.pdf, held.current.docx]);
    held.current = d;
    setDraft(d);
  }, []);
  React.useEffect(
    () => () => {
      if (held.current) dropLinks([held.current.pdf, held.current.docx]);
    },
    [],
  );
  return [draft, set];
}

/** The clerk's part: make the draft from the record, download it, send it (or chosen sections) for signing. */
export function DraftPanel({
  services,
  minutes,
  meetingId,
  meetingTitle,
  language,
  reload,
  idPrefix,
  recordStamp,
}: {
  /** When the record's items last changed: a draft made before it is dropped, so a stale one is never sent. */
  recordStamp: string;
  services: MinutesServices;
  minutes: MeetingMinutes;
  meetingId: number;
  meetingTitle: string;
  language: Language;
  reload(): Promise<void>;
  idPrefix: string;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language);
  const errors = stringsFor(minutesErrorStrings, language);
  const mounted = useMounted();
  const [full, setFull] = useDraft();
  const [extract, setExtract] = useDraft();
  const [generating, setGenerating] = React.useState<'full' | 'extract' | null>(null);
  const [generateError, setGenerateError] = React.useState<unknown>(null);
  const [chosen, setChosen] = React.useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = React.useState(false);
  const [sectionsError, setSectionsError] = React.useState(false);
  const send = useAction(reload);
  const sendExtract = useAction(reload);
  const stamp = React.useRef(recordStamp);
  React.useEffect(() => {
    if (stamp.current === recordStamp) return;
    stamp.current = recordStamp;
    setFull(null);
    setExtract(null);
  }, [recordStamp, setFull, setExtract]);

  const fullDoc = minutes.documents.find((d) => !d.immediate);
  const fullSigned = !!fullDoc && !['Draft', 'Signing'].includes(fullDoc.status.state);
  const hasVersion = !!fullDoc?.versions.length;

  const generate = async (sections?: number[]): Promise<Draft | null> => {
    setGenerating(sections ? 'extract' : 'full');
    setGenerateError(null);
    try {
      const g = await services.minutes.generate(meetingId, { wording: wording(), public: false, sections });
      const suffix = sections ? `utdrag § ${sectionSpan(sections)}` : '';
      return {
        generated: g,
        pdf: fileLink(g.pdf, PDF, fileNameOf(meetingTitle, suffix, 'pdf')),
        docx: fileLink(g.docx, DOCX, fileNameOf(meetingTitle, suffix, 'docx')),
      };
    } catch (e) {
      if (mounted.current) setGenerateError(e);
      return null;
    } finally {
      if (mounted.current) setGenerating(null);
    }
  };

  const makeFull = async () => {
    const d = await generate();
    if (d && mounted.current) {
      setFull(d);
      send.reset();
      // a section chosen from an earlier draft that is gone now is dropped
      setChosen((c) => new Set([...c].filter((n) => d.generated.sections.includes(n))));
    }
  };

  const [sent, setSent] = React.useState<number | null>(null);
  const doSend = async () => {
    setConfirming(false);
    if (!full) return;
    setSent(null);
    const ok = await send.run(async () => {
      const v = await services.minutes.freezeVersion(meetingId, full.generated.pdf, {
        sections: full.generated.sections,
        immediate: false,
      });
      if (mounted.current) setSent(v.version);
    });
    // what was sent is the document's version now; a new draft starts from the record again
    if (ok && mounted.current) setFull(null);
  };

  const chosenList = [...chosen].sort((a, b) => a - b);
  const needSections = (): boolean => {
    const missing = chosenList.length === 0;
    setSectionsError(missing);
    return !missing;
  };
  const makeExtract = async () => {
    if (!needSections()) return;
    const d = await generate(chosenList);
    if (d && mounted.current) setExtract(d);
  };
  const sendImmediate = async () => {
    if (!needSections()) return;
    const d = extract && sameSections(extract.generated.sections, chosenList) ? extract : await generate(chosenList);
    if (!d) return;
    if (mounted.current) setExtract(d);
    await sendExtract.run(
      () => services.minutes.freezeVersion(meetingId, d.generated.pdf, { sections: d.generated.sections, immediate: true }),
      t.extract.sent(fullDocVersionAfter(minutes, d.generated.sections), sectionSpan(d.generated.sections)),
    );
  };

  const draftId = `${idPrefix}-draft`;
  const extractId = `${idPrefix}-extract`;
  const sectionsErrorId = `${idPrefix}-sections-error`;
  return (
    <>
      <section className={css.panel} aria-labelledby={draftId}>
        <h3 id={draftId} className={classes.subheading}>
          {t.draft.heading}
        </h3>
        <p className={classes.paragraph}>{t.draft.intro}</p>
        <div className={css.row}>
          <DefaultButton
            text={generating === 'full' ? t.draft.generating : full ? t.draft.regenerate : t.draft.generate}
            onClick={() => void makeFull()}
            disabled={generating !== null || send.state.kind === 'busy'}
          />
        </div>
        <div role="status" aria-live="polite">
          {generateError !== null && <ErrorMessage error={generateError} strings={s} texts={errors} />}
          {full && (
            <p className={classes.paragraph}>{t.draft.ready(full.generated.sections.length, sectionSpan(full.generated.sections))}</p>
          )}
        </div>
        {full && (
          <>
            <ul className={css.docList}>
              <li>
                <Link href={full.pdf.url} download={full.pdf.fileName}>
                  {t.draft.pdf(t.size(full.pdf.size))}
                </Link>
              </li>
              <li>
                <Link href={full.docx.url} download={full.docx.fileName}>
                  {t.draft.word(t.size(full.docx.size))}
                </Link>
              </li>
            </ul>
            {full.generated.problems.length > 0 && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                <p className={classes.messageTitle}>{t.draft.problemsHeading}</p>
                <ul>
                  {full.generated.problems.map((p, i) => (
                    <li key={i}>{t.contents[p.code](String(p.section))}</li>
                  ))}
                </ul>
                <p className={classes.messageText}>{t.draft.problemsIntro}</p>
              </MessageBar>
            )}
            {!fullSigned && (
              <div className={css.row}>
                <PrimaryButton
                  text={hasVersion ? t.draft.sendNew : t.draft.send}
                  onClick={() => (hasVersion ? setConfirming(true) : void doSend())}
                  disabled={send.state.kind === 'busy' || generating !== null}
                />
              </div>
            )}
          </>
        )}
        <ActionFeedback
          state={send.state.kind === 'done' && sent !== null ? { kind: 'done', message: t.draft.sent(sent) } : send.state}
          strings={s}
          texts={errors}
        />
        <ConfirmDialog
          hidden={!confirming}
          title={t.draft.confirmNewTitle}
          text={t.draft.confirmNew}
          confirmLabel={t.draft.confirmNewLabel}
          cancelLabel={t.draft.cancel}
          onConfirm={() => void doSend()}
          onDismiss={() => setConfirming(false)}
        />
      </section>
      {full && full.generated.index.length > 0 && (
        <section className={css.panel} aria-labelledby={extractId}>
          <h3 id={extractId} className={classes.subheading}>
            {t.extract.heading}
          </h3>
          <p className={classes.paragraph}>{t.extract.intro}</p>
          <fieldset aria-describedby={sectionsError ? sectionsErrorId : undefined} className={classes.paragraph}>
            <legend>{t.extract.sections}</legend>
            {full.generated.index.map((e) => (
              <Checkbox
                key={e.section}
                label={`${e.label} ${e.title}`}
                checked={chosen.has(e.section)}
                onChange={(_, on) => {
                  setSectionsError(false);
                  setChosen((c) => {
                    const next = new Set(c);
                    if (on) next.add(e.section);
                    else next.delete(e.section);
                    return next;
                  });
                }}
              />
            ))}
          </fieldset>
          {sectionsError && (
            <p id={sectionsErrorId} role="alert" className={css.confidential}>
              {t.extract.chooseSections}
            </p>
          )}
          <div className={css.row}>
            <DefaultButton text={t.extract.generate} onClick={() => void makeExtract()} disabled={generating !== null} />
            <DefaultButton
              text={t.extract.immediate}
              onClick={() => void sendImmediate()}
              disabled={generating !== null || sendExtract.state.kind === 'busy'}
              aria-describedby={`${extractId}-help`}
            />
          </div>
          <p id={`${extractId}-help`} className={classes.paragraph}>
            {t.extract.immediateHelp}
          </p>
          <div role="status" aria-live="polite">
            {extract && <p className={classes.paragraph}>{t.extract.ready(sectionSpan(extract.generated.sections))}</p>}
          </div>
          {extract && (
            <ul className={css.docList}>
              <li>
                <Link href={extract.pdf.url} download={extract.pdf.fileName}>
                  {t.draft.pdf(t.size(extract.pdf.size))}
                </Link>
              </li>
              <li>
                <Link href={extract.docx.url} download={extract.docx.fileName}>
                  {t.draft.word(t.size(extract.docx.size))}
                </Link>
              </li>
            </ul>
          )}
          <ActionFeedback state={sendExtract.state} strings={s} texts={errors} />
        </section>
      )}
    </>
  );
}

const sameSections = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** An immediate signing is a new document: its first version is 1 (as freeze numbers it). */
function fullDocVersionAfter(minutes: MeetingMinutes, sections: readonly number[]): number {
  const same = minutes.documents.find((d) => d.immediate && sameSections(d.sections, sections));
  return (same?.versions.length ?? 0) + 1;
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { MyDissents } from '../../../data/minutes/types';
import type { MeetingDetails } from '../../../data/services';
import type { DissentEventKind, DissentKind } from '../../../domain/minutes/dissents';
import { LoadFrame } from '../../common/LoadFrame';
import { NativeSelect } from '../../common/NativeSelect';
import { NativeTextArea } from '../../common/NativeTextArea';
import { classes } from '../../common/styles';
import { useLoad } from '../../common/useLoad';
import { commonStrings, stringsFor, type Language } from '../../strings';
import { formatDateTime } from '../../strings/format';
import { minutesErrorStrings } from '../../strings/minutesErrors';
import { minutesViewStrings } from '../../strings/minutesView';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import type { MinutesServices } from './MinutesPage';

/**
 * Reservationer and protokollsanteckningar (KL 4:27) for those who may take part in the body's
 * decisions: announce one on an item while the meeting is open, hand in the written reasons until
 * the time set for signing, or withdraw. Each is an append-only row; the minutes print what counts.
 */
export function DissentsPanel({
  services,
  details,
  language,
  idPrefix,
}: {
  services: MinutesServices;
  details: MeetingDetails;
  language: Language;
  idPrefix: string;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language).dissents;
  const mine = useLoad(() => services.minutes.myDissents(details.id), [services, details.id]);
  const decided = details.items.filter((i) => i.kind === 'Decision' || i.kind === 'Election');
  const [itemId, setItemId] = React.useState<number>(decided[0]?.id ?? 0);
  const id = `${idPrefix}-dissents`;
  if (!decided.length) return <></>;
  return (
    <section className={css.panel} aria-labelledby={id}>
      <h3 id={id} className={classes.subheading}>
        {t.heading}
      </h3>
      <p className={classes.paragraph}>{t.intro}</p>
      <LoadFrame state={mine.state} strings={s} loading={t.loading} loaded={() => t.heading} onRetry={() => void mine.reload()}>
        {(m) => (
          <>
            <NativeSelect
              label={t.item}
              options={decided.map((i) => ({ key: String(i.id), text: `${i.number}. ${i.title}` }))}
              selectedKey={String(itemId)}
              onChange={(k) => setItemId(Number(k))}
            />
            <ItemDissents
              key={itemId}
              services={services}
              meetingId={details.id}
              itemId={itemId}
              mine={m}
              language={language}
              reload={mine.reload}
            />
          </>
        )}
      </LoadFrame>
    </section>
  );
}

function ItemDissents({
  services,
  meetingId,
  itemId,
  mine,
  language,
  reload,
}: {
  services: MinutesServices;
  meetingId: number;
  itemId: number;
  mine: MyDissents;
  language: Language;
  reload(): Promise<void>;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language).dissents;
  const errors = stringsFor(minutesErrorStrings, language);
  const standing = mine.items.find((i) => i.itemId === itemId)?.dissents ?? [];
  const dissent = standing.find((d) => d.kind === 'Dissent') ?? null;
  const note = standing.find((d) => d.kind === 'MinuteNote') ?? null;
  const [reasons, setReasons] = React.useState(dissent?.text ?? '');
  const [noteText, setNoteText] = React.useState('');
  const action = useAction(reload);
  const busy = action.state.kind === 'busy';
  const write = (kind: DissentKind, event: DissentEventKind, text: string | null, done: string) =>
    action.run(() => services.minutes.recordDissent(meetingId, itemId, kind, event, text), done);
  const until = mine.reasonsUntil ? formatDateTime(mine.reasonsUntil, language) : null;

  return (
    <div className={css.form}>
      <h4 className={classes.subheading}>{t.dissent}</h4>
      {dissent ? (
        <>
          <p className={classes.paragraph}>{t.announced(formatDateTime(dissent.announcedAt, language))}</p>
          {mine.reasonsOpen ? (
            <NativeTextArea
              label={t.reasons}
              value={reasons}
              onChange={setReasons}
              description={until ? t.reasonsUntil(until) : undefined}
              rows={4}
            />
          ) : (
            dissent.text && <p className={classes.paragraph}>{dissent.text}</p>
          )}
          <div className={css.row}>
            {mine.reasonsOpen && (
              <PrimaryButton
                text={t.saveReasons}
                disabled={busy || reasons.trim() === (dissent.text ?? '')}
                onClick={() => void write('Dissent', 'Reasons', reasons, t.reasonsSaved)}
              />
            )}
            <DefaultButton text={t.withdraw} disabled={busy} onClick={() => void write('Dissent', 'Withdrawn', null, t.withdrawn)} />
          </div>
        </>
      ) : mine.announceOpen ? (
        <div className={css.row}>
          <PrimaryButton text={t.announce} disabled={busy} onClick={() => void write('Dissent', 'Announced', null, t.announcedNow)} />
        </div>
      ) : (
        <p className={classes.paragraph}>{t.closed}</p>
      )}
      <h4 className={classes.subheading}>{t.note}</h4>
      {note ? (
        <>
          <p className={classes.paragraph}>{note.text}</p>
          <div className={css.row}>
            <DefaultButton text={t.withdrawNote} disabled={busy} onClick={() => void write('MinuteNote', 'Withdrawn', null, t.withdrawn)} />
          </div>
        </>
      ) : mine.announceOpen ? (
        <>
          <NativeTextArea label={t.noteText} value={noteText} onChange={setNoteText} rows={3} />
          <div className={css.row}>
            <DefaultButton
              text={t.handInNote}
              disabled={busy || noteText.trim() === ''}
              onClick={() => void write('MinuteNote', 'Announced', noteText, t.noteHandedIn)}
            />
          </div>
        </>
      ) : (
        <p className={classes.paragraph}>{t.closed}</p>
      )}
      <ActionFeedback state={action.state} strings={s} texts={errors} />
    </div>
  );
}

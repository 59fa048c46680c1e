import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { AgendaItem, MeetingDetails } from '../../../data/services';
import { NativeSelect } from '../../common/NativeSelect';
import { NativeTextArea } from '../../common/NativeTextArea';
import { classes } from '../../common/styles';
import { useMounted } from '../../common/useMounted';
import { commonStrings, stringsFor, type Language } from '../../strings';
import { minutesErrorStrings } from '../../strings/minutesErrors';
import { minutesViewStrings } from '../../strings/minutesView';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import type { MinutesServices } from './MinutesPage';

/** The clerk words the decisions in the record itself; after sending for signing each change is a correction with its reason. */
export function DecisionsPanel({
  services,
  details,
  correcting,
  language,
  reload,
  idPrefix,
}: {
  services: MinutesServices;
  details: MeetingDetails;
  /** A version has gone out for signing: a change needs its reason. */
  correcting: boolean;
  language: Language;
  reload(): Promise<void>;
  idPrefix: string;
}): JSX.Element {
  const t = stringsFor(minutesViewStrings, language);
  const id = `${idPrefix}-decisions`;
  // one item at a time: an assembly's agenda has thirty items, and the draft lists those that lack a decision
  const [itemId, setItemId] = React.useState(details.items[0]?.id ?? 0);
  const item = details.items.find((i) => i.id === itemId) ?? details.items[0];
  if (!item) return <></>;
  return (
    <section className={css.panel} aria-labelledby={id}>
      <h3 id={id} className={classes.subheading}>
        {t.decisions.heading}
      </h3>
      <p className={classes.paragraph}>{t.decisions.intro}</p>
      <NativeSelect
        label={t.decisions.itemLabel}
        options={details.items.map((i) => ({
          key: String(i.id),
          text: `${t.decisions.item(i.number, i.title)}${i.decision.trim() ? '' : ` ${t.decisions.noDecision}`}`,
        }))}
        selectedKey={String(item.id)}
        onChange={(k) => setItemId(Number(k))}
      />
      <DecisionForm key={item.id} services={services} item={item} correcting={correcting} language={language} reload={reload} />
    </section>
  );
}

function DecisionForm({
  services,
  item,
  correcting,
  language,
  reload,
}: {
  services: MinutesServices;
  item: AgendaItem;
  correcting: boolean;
  language: Language;
  reload(): Promise<void>;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language);
  const errors = stringsFor(minutesErrorStrings, language);
  const mounted = useMounted();
  const [decision, setDecision] = React.useState(item.decision);
  const [reason, setReason] = React.useState('');
  const [reasonMissing, setReasonMissing] = React.useState(false);
  const save = useAction(reload);
  const changed = decision.trim() !== item.decision.trim();

  // what is stored now (after this or another clerk's save) is what the field shows, unless being edited
  React.useEffect(() => {
    if (!changed) setDecision(item.decision);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new stored wording resets the field
  }, [item.decision]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (correcting && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const ok = await save.run(
      () => services.minutes.editDecision(item, decision, correcting ? reason : null),
      t.decisions.saved(item.number),
    );
    if (ok && mounted.current) setReason('');
  };

  const headingId = `decision-${item.id}`;
  return (
    <form className={css.form} aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={headingId} className={css.itemTitle}>
        {t.decisions.item(item.number, item.title)}
      </h4>
      <NativeTextArea label={t.decisions.decisionOf(item.number)} value={decision} onChange={setDecision} rows={5} />
      {correcting && changed && (
        <NativeTextArea
          label={t.decisions.reason}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setReasonMissing(false);
          }}
          description={t.decisions.reasonHelp}
          errorMessage={reasonMissing ? t.decisions.reasonRequired : undefined}
          rows={2}
        />
      )}
      <div className={css.row}>
        <DefaultButton type="submit" text={t.decisions.save} disabled={!changed || save.state.kind === 'busy'} />
      </div>
      <ActionFeedback state={save.state} strings={s} texts={errors} />
    </form>
  );
}

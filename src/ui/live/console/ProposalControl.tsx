import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { LivePicture } from '../../../domain/live/picture';
import type { Proposal } from '../../../domain/live/types';
import type { LiveClient } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { LiveConsoleStrings } from '../../strings/liveConsole';
import type { Language } from '../../strings/registry';
import { NativeSelect } from '../../common/NativeSelect';
import { NativeTextArea } from '../../common/NativeTextArea';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';
import { ProposalList } from '../parts/ProposalList';
import { ProposalForm } from '../member/ProposalForm';

type Current = NonNullable<LivePicture['current']>;

/** The chair's proposals: as they come, recorded for a member, read back, locked; after the lock, changed only with consent. */
export function ProposalControl({
  client,
  current,
  me,
  people,
  t,
  c,
  common,
  language,
  time,
}: {
  client: LiveClient;
  current: Current;
  me: number;
  people: People;
  t: LiveStrings;
  c: LiveConsoleStrings;
  common: CommonStrings;
  language: Language;
  time(iso: string): string;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  const [readBack, setReadBack] = React.useState(false);
  const [editing, setEditing] = React.useState<{ id: number; text: string } | null>(null);
  const set = current.proposals;
  const serving = current.seats.seats.filter((s) => s.holderId !== null && current.standing.serving(s.holderId));
  const [forPerson, setForPerson] = React.useState(String(serving[0]?.holderId ?? ''));
  const busy = action.state.kind === 'busy';
  const open = set.proposals.filter((p) => !p.withdrawn);

  const consentEditor = (p: Proposal) =>
    editing?.id === p.id ? (
      <div className={css.grow}>
        <NativeTextArea
          label={c.changeWithConsent}
          description={c.consentHint}
          value={editing.text}
          onChange={(v) => setEditing({ id: p.id, text: v })}
        />
        <div className={css.actions}>
          <PrimaryButton
            text={c.saveChange}
            disabled={busy}
            onClick={() =>
              void action.run(`change-${p.id}`, () => client.changeProposal(p.id, editing.text, true)).then((ok) => ok && setEditing(null))
            }
          />
          <DefaultButton text={c.cancel} onClick={() => setEditing(null)} />
        </div>
      </div>
    ) : (
      <DefaultButton text={c.changeWithConsent} onClick={() => setEditing({ id: p.id, text: p.text })} />
    );

  return (
    <>
      <ProposalList set={set} people={people} t={t} language={language} time={time} actions={set.locked ? consentEditor : undefined} />
      <div className={css.actions}>
        <DefaultButton text={c.readBack} aria-expanded={readBack} onClick={() => setReadBack(!readBack)} />
        {!set.locked && open.length > 0 && (
          <PrimaryButton text={c.lock} disabled={busy} onClick={() => void action.run('lock', () => client.lockProposals())} />
        )}
      </div>
      {!set.locked && <p className={css.meta}>{c.lockHint}</p>}
      <Feedback state={action.state} strings={common} texts={errors} />
      {readBack && (
        <section className={css.card} aria-labelledby="live-readback-heading">
          <h3 id="live-readback-heading" className={css.heading}>
            {c.readBackHeading}
          </h3>
          <ol>
            {open.map((p) => (
              <li key={p.id} className={css.text}>
                {people.name(p.personId)}: {t.proposalKind[p.kind]}
                {p.text ? ` – ${p.text}` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
      {!set.locked && serving.length > 0 && (
        // the form inside is the region with this name: one landmark, not two of the same name
        <div className={css.card}>
          <NativeSelect
            className={css.field}
            label={c.person}
            options={serving.map((s) => ({ key: String(s.holderId), text: people.label(s.holderId!) }))}
            selectedKey={forPerson}
            onChange={setForPerson}
          />
          <ProposalForm
            set={set}
            standing={current.standing}
            personId={Number(forPerson)}
            actorId={me}
            onSubmit={(kind, text) => client.propose(kind, text, Number(forPerson))}
            t={t}
            common={common}
            heading={c.recordProposal}
          />
        </div>
      )}
    </>
  );
}

import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { canPropose } from '../../../domain/live/proposals';
import type { ItemStanding, ProposalKind, ProposalSet } from '../../../domain/live/types';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import { NativeSelect } from '../../common/NativeSelect';
import { NativeTextArea } from '../../common/NativeTextArea';
import { rawCode } from '../../common/errorKind';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';

const KINDS: ProposalKind[] = ['Approve', 'Reject', 'Own', 'Amendment', 'Addition', 'ReferBack', 'Table'];

/** A proposal (yrkande) with its wording; the text stays if the write is refused. */
export function ProposalForm({
  set,
  standing,
  personId,
  actorId,
  onSubmit,
  t,
  common,
  heading,
}: {
  set: ProposalSet;
  standing: ItemStanding;
  /** For whom: the person themself, or the member a chair records it for. */
  personId: number;
  /** Who writes it: the person, or the chair acting for them. */
  actorId: number;
  onSubmit(kind: ProposalKind, text: string): Promise<void>;
  t: LiveStrings;
  common: CommonStrings;
  heading: string;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const [kind, setKind] = React.useState<ProposalKind>('Approve');
  const [text, setText] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const action = useLiveAction();
  const submit = async () => {
    const refused = canPropose(set, actorId, personId, kind, text.trim(), false, standing);
    if (refused) {
      setProblem(errors[refused.code].title + ' ' + errors[refused.code].action);
      return;
    }
    setProblem(null);
    if (await action.run('propose', () => onSubmit(kind, text), t.proposals.made)) setText('');
  };
  const failedCode = action.state.kind === 'failed' ? rawCode(action.state.error) : null;
  return (
    <section className={css.card} aria-label={heading}>
      <h2 className={css.heading}>{heading}</h2>
      <NativeSelect
        className={css.field}
        label={t.proposals.kind}
        options={KINDS.map((k) => ({ key: k, text: t.proposalKind[k] }))}
        selectedKey={kind}
        onChange={(k) => setKind(k as ProposalKind)}
      />
      <NativeTextArea
        className={css.field}
        label={t.proposals.text}
        description={t.proposals.textHint}
        value={text}
        onChange={setText}
        errorMessage={problem ?? (failedCode === 'textMissing' ? errors.textMissing.title : undefined)}
      />
      <PrimaryButton text={t.proposals.submit} disabled={action.state.kind === 'busy'} onClick={() => void submit()} />
      <Feedback state={failedCode === 'textMissing' ? { kind: 'idle' } : action.state} strings={common} texts={errors} />
    </section>
  );
}

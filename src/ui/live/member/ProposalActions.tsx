import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { canSupport, canWithdrawProposal } from '../../../domain/live/proposals';
import type { ItemStanding, Proposal, ProposalSet } from '../../../domain/live/types';
import type { LiveClient } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';
import { useLiveErrors } from '../useLiveErrors';

/** A member's buttons on a proposal: support it (instämma), withdraw one's own. */
export function ProposalActions({
  client,
  proposal,
  set,
  standing,
  me,
  people,
  t,
  common,
}: {
  client: LiveClient;
  proposal: Proposal;
  set: ProposalSet;
  standing: ItemStanding;
  me: number;
  people: People;
  t: LiveStrings;
  common: CommonStrings;
}): JSX.Element {
  const css = useLiveClasses();
  const action = useLiveAction();
  const errors = useLiveErrors();
  const busy = action.state.kind === 'busy';
  const p = proposal;
  return (
    <div className={css.actions}>
      {canSupport(set, me, me, p.id, false, standing) === null && (
        <DefaultButton
          text={t.proposals.support}
          ariaLabel={t.proposals.supportLabel(people.name(p.personId))}
          disabled={busy}
          onClick={() => void action.run(`support-${p.id}`, () => client.support(p.id), t.proposals.supported)}
        />
      )}
      {p.personId === me && canWithdrawProposal(set, me, p.id, false, standing) === null && (
        <DefaultButton
          text={t.proposals.withdraw}
          disabled={busy}
          onClick={() => void action.run(`withdraw-${p.id}`, () => client.withdrawProposal(p.id))}
        />
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { AwaitingReason } from '../../../../domain/voting/procedure';
import type { Side, Tally, VoteRecord } from '../../../../domain/voting/types';
import type { Verification } from '../../../../data/voting/desk';
import { CountsTable } from '../../voting/CountsTable';
import { decisionLines, tieGoesToLot } from '../../voting/decision';
import { Feedback } from '../../parts/Feedback';
import { useLiveAction } from '../../useLiveAction';
import type { DecisionContext } from './context';
import { QuestionRead } from './PreparedVote';
import { TaskHeading } from './focus';

/**
 * The open vote: live turnout and who has not voted — names only, never a choice, until the close
 * (the running tally's choices are never read here) — and the close.
 */
export function OpenVote({ ctx, vote, running }: { ctx: DecisionContext; vote: VoteRecord; running: Tally | null }): JSX.Element {
  const { s, css, common, errors, people, snapshot } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [confirmCancel, setConfirmCancel] = React.useState(false);
  const voters = vote.electorate?.voters ?? [];
  const tally = running && running.voteId === vote.id ? running : null;
  const voted = new Set((tally?.counted ?? []).map((b) => b.authorId));
  const count = tally ? voted.size : ((snapshot.state?.openVoteId === vote.id ? snapshot.state.turnout : null) ?? 0);
  const waiting = voters.filter((x) => !voted.has(x.personId));
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.open.heading}</TaskHeading>
      <QuestionRead ctx={ctx} vote={vote} />
      <p className={css.timer}>{s.open.turnout(count, voters.length)}</p>
      <div className={css.actions}>
        <PrimaryButton
          text={s.open.close}
          disabled={busy}
          onClick={() => void action.run('close', async () => (await ctx.desk()).closeVote(vote.id))}
        />
        {confirmCancel ? (
          <>
            <DefaultButton
              text={s.open.cancelConfirm}
              disabled={busy}
              onClick={() =>
                void action.run('cancel', async () => (await ctx.desk()).cancelVote(vote.id)).then(() => setConfirmCancel(false))
              }
            />
            <DefaultButton text={s.open.keepOpen} disabled={busy} onClick={() => setConfirmCancel(false)} />
          </>
        ) : (
          <DefaultButton text={s.open.cancel} disabled={busy} onClick={() => setConfirmCancel(true)} />
        )}
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
      {tally && (
        <>
          <h4 className={css.heading}>{s.open.notVoted}</h4>
          {waiting.length === 0 ? (
            <p className={css.text}>{s.open.allVoted}</p>
          ) : (
            <ul className={css.text}>
              {waiting.map((x) => (
                <li key={x.personId}>{people.label(x.personId)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** Whether the client's recount agrees (DESIGN §4); the alarm is the same one every member sees. */
function VerificationLine({ ctx, verification }: { ctx: DecisionContext; verification: Verification }): JSX.Element | null {
  const { s, v, css } = ctx;
  switch (verification.state) {
    case 'checking':
      return <p className={css.status}>{s.closed.verifying}</p>;
    case 'verified':
      return <p className={css.status}>{s.closed.verified}</p>;
    case 'alarm':
      return (
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            <p>
              <strong>{s.closed.alarm}</strong>
            </p>
            <ul>
              {verification.differences.map((d) => (
                <li key={d}>{v.verification.difference[d as keyof typeof v.verification.difference] ?? d}</li>
              ))}
            </ul>
          </MessageBar>
        </div>
      );
    case 'failed':
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {v.verification.failed}
        </MessageBar>
      );
    case 'none':
      return null;
  }
}

/**
 * A closed vote: the counts, the outcome in words, and, when the procedure waits on it, the tie the
 * chair decides (the chair did not vote or abstained) or the lot of an election, whose seed is
 * shown for the co-signers to see and anyone to repeat.
 */
export function ClosedVote({
  ctx,
  vote,
  awaiting,
  verification,
}: {
  ctx: DecisionContext;
  vote: VoteRecord;
  awaiting: AwaitingReason | null;
  verification: Verification;
}): JSX.Element {
  const { s, v, css, common, errors, people, picture, snapshot } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const r = vote.result;
  const who = { name: people.name, party: picture.partyOf };
  const lines = decisionLines(
    vote,
    picture.current?.proposals.proposals ?? [],
    who,
    snapshot.meeting.bodyName,
    v,
    tieGoesToLot(vote, snapshot.debate),
  ).filter(
    // the lot's seed is shown below, with what to do with it
    (line) => !vote.lotSeed || line !== v.decision.lotSeed(vote.lotSeed),
  );
  const decide = (side: Side) => void action.run(`decide-${side}`, async () => (await ctx.desk()).decideTie(vote.id, side));
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.closed.heading}</TaskHeading>
      <QuestionRead ctx={ctx} vote={vote} />
      {r && <CountsTable vote={vote} result={r} t={v} className={css.table} captionClassName={css.meta} />}
      {vote.kind !== 'PaperSecret' && <VerificationLine ctx={ctx} verification={verification} />}
      {vote.kind === 'PaperSecret' && vote.witnessIds.length > 0 && (
        <p className={css.meta}>{v.paper.witnesses(s.list(vote.witnessIds.map((id) => people.name(id))))}</p>
      )}
      {awaiting === 'chairMustDecide' ? (
        <>
          <p className={css.text}>
            <strong>{s.closed.tieChair}</strong>
          </p>
          <div className={css.actions}>
            <PrimaryButton text={s.closed.chairYes} disabled={busy} onClick={() => decide('Yes')} />
            <PrimaryButton text={s.closed.chairNo} disabled={busy} onClick={() => decide('No')} />
          </div>
        </>
      ) : awaiting === 'lotNeeded' ? (
        <>
          <p className={css.text}>
            <strong>{s.closed.tieLot}</strong>
          </p>
          <div className={css.actions}>
            <PrimaryButton
              text={s.closed.drawLot}
              disabled={busy}
              onClick={() => void action.run('lot', async () => (await ctx.desk()).drawLot(vote.id))}
            />
          </div>
        </>
      ) : (
        lines.map((line) => (
          <p key={line} className={css.text}>
            {line}
          </p>
        ))
      )}
      {vote.lotSeed && vote.outcome && (
        <div className={css.card}>
          <p className={css.text}>
            <strong>{s.closed.lotResult(v.choice[vote.outcome])}</strong>
          </p>
          <p className={css.text}>
            <code>{s.closed.lotSeed(vote.lotSeed)}</code>
          </p>
          <p className={css.meta}>{s.closed.lotShow}</p>
        </div>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { VoteRecord } from '../../../../domain/voting/types';
import { Feedback } from '../../parts/Feedback';
import { useLiveAction } from '../../useLiveAction';
import type { DecisionContext } from './context';
import { PaperResult } from './PaperResult';
import { QuestionFields, questionProblems } from './QuestionDraft';
import { TaskHeading } from './focus';
import type { QuestionText } from './words';

/** The question as put, read-only: Ja and Nej in full, and a qualified majority if the question has one. */
export function QuestionRead({ ctx, vote }: { ctx: DecisionContext; vote: VoteRecord }): JSX.Element {
  const { css, v, s } = ctx;
  return (
    <>
      <p className={css.text}>
        <strong>{vote.question}</strong>
      </p>
      <ul className={css.text}>
        <li>{v.meaning.yes(vote.yesMeaning)}</li>
        <li>{v.meaning.no(vote.noMeaning)}</li>
      </ul>
      {vote.majority && (
        <p className={css.meta}>{s.prepared.majority(vote.majority.numerator, vote.majority.denominator, vote.majority.of)}</p>
      )}
    </>
  );
}

/**
 * The question presented, waiting for the assembly: adjustable until approved, then the vote opens
 * (or, for a secret election, the tellers count the paper ballots). Why it cannot open, as far as
 * the picture of the meeting already shows, beside the button; the desk's refusal by its code after.
 */
export function PreparedVote({ ctx, vote }: { ctx: DecisionContext; vote: VoteRecord }): JSX.Element {
  const { s, css, common, errors, picture, people } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [text, setText] = React.useState<QuestionText>({ question: vote.question, yesMeaning: vote.yesMeaning, noMeaning: vote.noMeaning });
  const [tried, setTried] = React.useState(false);
  const problems = questionProblems(text, ctx);
  const approved = vote.approvedAt !== null;
  const paper = vote.kind === 'PaperSecret';
  const quorum = picture.current?.seats.quorum;
  const blocked = picture.blocked.map((b) => people.label(b.personId));

  const approve = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const texts = { question: text.question.trim(), yesMeaning: text.yesMeaning.trim(), noMeaning: text.noMeaning.trim() };
    void action.run('approve', async () => (await ctx.desk()).approveVote(vote.id, texts));
  };
  const withdraw = (
    <DefaultButton
      text={s.prepared.withdraw}
      disabled={busy}
      onClick={() => void action.run('withdraw', async () => (await ctx.desk()).cancelVote(vote.id))}
    />
  );

  return (
    <div>
      <TaskHeading ctx={ctx}>{paper ? s.secret.paperPlan : s.prepared.heading}</TaskHeading>
      {paper && !approved && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {s.secret.explain}
        </MessageBar>
      )}
      {approved ? (
        <>
          <QuestionRead ctx={ctx} vote={vote} />
          <p className={css.status}>{s.prepared.approved}</p>
        </>
      ) : (
        <>
          <p className={css.meta}>{s.prepared.editHint}</p>
          <QuestionFields ctx={ctx} text={text} onChange={setText} problems={tried ? problems : {}} />
          {vote.majority && (
            <p className={css.meta}>{s.prepared.majority(vote.majority.numerator, vote.majority.denominator, vote.majority.of)}</p>
          )}
        </>
      )}
      {approved && paper && <PaperResult ctx={ctx} vote={vote} />}
      {approved && !paper && (
        <>
          {quorum && !quorum.ok && <p className={css.over}>{s.prepared.quorumMissing(quorum.missing)}</p>}
          {blocked.length > 0 && <p className={css.over}>{s.prepared.linkBroken(s.list(blocked))}</p>}
        </>
      )}
      <div className={css.actions}>
        {!approved && <PrimaryButton text={s.prepared.approve} disabled={busy} onClick={approve} />}
        {approved && !paper && (
          <PrimaryButton
            text={s.prepared.open}
            disabled={busy}
            onClick={() => void action.run('open', async () => (await ctx.desk()).openVote(vote.id))}
          />
        )}
        {withdraw}
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

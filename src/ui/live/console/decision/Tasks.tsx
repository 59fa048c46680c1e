import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import type { Side } from '../../../../domain/voting/types';
import type { StepDraft } from '../../../../data/voting/consoleSteps';
import { Feedback } from '../../parts/Feedback';
import { useLiveAction } from '../../useLiveAction';
import type { DecisionContext } from './context';
import { TaskHeading, useFocusOnMount } from './focus';
import { QuestionDraft } from './QuestionDraft';
import { questionFor, voteDraft, voteKindFor, type VoteTask } from './words';

/** A settled step's draft (acclamation, declaration, order, minority): no meanings to vote on unless given. */
function settledDraft(ctx: DecisionContext, over: Partial<StepDraft> & Pick<StepDraft, 'stepKind' | 'question'>): StepDraft {
  return { itemId: ctx.itemId, kind: 'Open', yesProposalId: null, noProposalId: null, yesMeaning: '', noMeaning: '', ...over };
}

/** The main proposal the chair declared, focused when it replaces the buttons. */
function Chosen({ ctx, text }: { ctx: DecisionContext; text: string }): JSX.Element {
  const ref = useFocusOnMount<HTMLParagraphElement>(ctx.used);
  return (
    <p ref={ref} tabIndex={-1} className={ctx.css.text}>
      <strong>{text}</strong>
    </p>
  );
}

/**
 * One acclamation (DOMAIN §5): the chair puts the question, the assembly answers, and the chair
 * declares the side that has the majority — or someone asks for a vote, and the question is drafted.
 */
export function AcclaimOrVote({
  ctx,
  title,
  hint,
  detail,
  options,
  task,
}: {
  ctx: DecisionContext;
  title: string;
  hint: string;
  /** The proposals put, in full. */
  detail: string[];
  /** The chair's declarations: the side each one records. */
  options: { text: string; side: Side }[];
  task: VoteTask;
}): JSX.Element {
  const { s, css, common, errors } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [asked, setAsked] = React.useState(false);
  const declare = (side: Side) => {
    const text = questionFor(task, ctx.n, s);
    const draft = voteDraft(ctx.itemId, task, voteKindFor(task.stepKind, ctx.election, false), text, null);
    void action.run(`acclaim-${side}`, async () => (await ctx.desk()).recordSettled(draft, side, 'Acclamation'));
  };
  return (
    <div>
      <TaskHeading ctx={ctx}>{title}</TaskHeading>
      <p className={css.text}>{hint}</p>
      <ul className={css.text}>
        {detail.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      {asked ? (
        <QuestionDraft ctx={ctx} task={task} onBack={() => setAsked(false)} />
      ) : (
        <>
          <p className={css.meta}>{s.acclamation.hint}</p>
          <div className={css.actions}>
            {options.map((o) => (
              <PrimaryButton key={o.side} text={o.text} disabled={busy} onClick={() => declare(o.side)} />
            ))}
            <DefaultButton text={s.acclamation.voteAsked} disabled={busy} onClick={() => setAsked(true)} />
          </div>
          <Feedback state={action.state} strings={common} texts={errors} />
        </>
      )}
    </div>
  );
}

/** Minoritetsåterremiss (KL 5:50): counted, never voted; the count and the third it needs, then recorded. */
export function MinorityTask({
  ctx,
  proposalId,
  asking,
  present,
  required,
  passes,
}: {
  ctx: DecisionContext;
  proposalId: number;
  asking: number;
  present: number;
  required: number;
  passes: boolean;
}): JSX.Element {
  const { s, css, common, errors, n } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const record = () => {
    const draft = settledDraft(ctx, {
      stepKind: 'MinorityReferral',
      yesProposalId: proposalId,
      question: s.minority.question(n.name(proposalId)),
      minority: { asking, present },
    });
    void action.run('minority', async () => (await ctx.desk()).recordSettled(draft, passes ? 'Yes' : 'No', 'Minority'));
  };
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.minority.title}</TaskHeading>
      <p className={css.text}>{n.full(proposalId)}</p>
      <p className={css.meta}>{s.minority.asking(n.askers(proposalId))}</p>
      <p className={css.timer}>{s.minority.count(asking, present, required)}</p>
      <p className={css.text}>{passes ? s.minority.passes : s.minority.fails}</p>
      <div className={css.actions}>
        <PrimaryButton text={passes ? s.minority.recordPassed : s.minority.recordFailed} disabled={busy} onClick={record} />
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

/**
 * The main proposal (huvudförslag): the chair puts each proposal to acclamation and declares the one
 * that has the majority — never voted on — then either nobody asks for a vote (decided) or someone does.
 */
export function DeclareMainTask({ ctx, candidates }: { ctx: DecisionContext; candidates: number[] }): JSX.Element {
  const { s, css, common, errors, n } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [main, setMain] = React.useState<number | null>(null);
  const record = (voteAsked: boolean) => {
    if (main === null) return;
    const draft = settledDraft(ctx, { stepKind: 'MainDeclared', yesProposalId: main, question: s.declareMain.question(n.name(main)) });
    void action.run(voteAsked ? 'main-vote' : 'main-adopt', async () =>
      voteAsked ? (await ctx.desk()).recordSettled(draft, null, null) : (await ctx.desk()).recordSettled(draft, 'Yes', 'Acclamation'),
    );
  };
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.declareMain.title}</TaskHeading>
      <p className={css.text}>{s.declareMain.hint}</p>
      <ul className={css.text}>
        {candidates.map((id) => (
          <li key={id}>{n.full(id)}</li>
        ))}
      </ul>
      {main === null ? (
        <div className={css.actions}>
          {candidates.map((id) => (
            <PrimaryButton key={id} text={s.acclamation.hasMajority(n.name(id))} disabled={busy} onClick={() => setMain(id)} />
          ))}
        </div>
      ) : (
        <>
          <Chosen ctx={ctx} text={s.declareMain.chosen(n.name(main))} />
          <div className={css.actions}>
            <PrimaryButton text={s.declareMain.adopt} disabled={busy} onClick={() => record(false)} />
            <PrimaryButton text={s.declareMain.askVote} disabled={busy} onClick={() => record(true)} />
            <DefaultButton text={s.declareMain.other} disabled={busy} onClick={() => setMain(null)} />
          </div>
        </>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

/** The only main proposal: the chair puts it and declares it adopted. */
export function SingleTask({ ctx, proposalId }: { ctx: DecisionContext; proposalId: number }): JSX.Element {
  const { s, css, common, errors, n } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const adopt = () => {
    const draft = settledDraft(ctx, {
      stepKind: 'MainDeclared',
      yesProposalId: proposalId,
      question: s.declareMain.question(n.name(proposalId)),
    });
    void action.run('single', async () => (await ctx.desk()).recordSettled(draft, 'Yes', 'Acclamation'));
  };
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.single.title}</TaskHeading>
      <p className={css.text}>{s.single.hint(n.full(proposalId))}</p>
      <div className={css.actions}>
        <PrimaryButton text={s.single.adopt(n.name(proposalId))} disabled={busy} onClick={adopt} />
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

/**
 * Propositionsordning: the remaining proposals in the order the counter-proposal chain takes them;
 * the chair reorders (buttons, so the keyboard works; focus stays on the proposal moved) and the
 * assembly approves.
 */
export function OrderTask({ ctx, proposed, main }: { ctx: DecisionContext; proposed: number[]; main: number | null }): JSX.Element {
  const { s, css, common, errors, n } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [order, setOrder] = React.useState(proposed);
  const [moved, setMoved] = React.useState<{ id: number; dir: 'up' | 'down' } | null>(null);
  const buttons = React.useRef(new Map<string, IButton | null>());
  React.useEffect(() => {
    if (!moved) return;
    const at = order.indexOf(moved.id);
    // the same direction while it can go on, else the other one
    const dir =
      (moved.dir === 'up' && at === 0) || (moved.dir === 'down' && at === order.length - 1)
        ? moved.dir === 'up'
          ? 'down'
          : 'up'
        : moved.dir;
    buttons.current.get(`${dir}-${moved.id}`)?.focus();
  }, [moved, order]);
  const move = (id: number, dir: 'up' | 'down') => {
    const at = order.indexOf(id);
    const to = dir === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[at], next[to]] = [next[to], next[at]];
    setOrder(next);
    setMoved({ id, dir });
  };
  const approve = () => {
    const draft = settledDraft(ctx, { stepKind: 'Order', order, question: s.order.question });
    void action.run('order', async () => (await ctx.desk()).recordSettled(draft, null, null));
  };
  const announce = moved ? `${n.name(moved.id)}: ${s.order.position(order.indexOf(moved.id) + 1, order.length)}` : '';
  return (
    <div>
      <TaskHeading ctx={ctx}>{s.order.title}</TaskHeading>
      <p className={css.text}>{s.order.hint(main === null ? '' : n.name(main))}</p>
      <ol className={css.list} aria-label={s.order.listLabel}>
        {order.map((id, i) => {
          const name = n.name(id);
          return (
            <li key={id} className={css.row}>
              <span className={css.grow}>
                {i + 1}. {n.full(id)}
              </span>
              <span role="group" aria-label={name}>
                <IconButton
                  iconProps={{ iconName: 'ChevronUp' }}
                  title={s.order.moveUp(name)}
                  ariaLabel={s.order.moveUp(name)}
                  disabled={busy || i === 0}
                  componentRef={(b) => void buttons.current.set(`up-${id}`, b)}
                  onClick={() => move(id, 'up')}
                />
                <IconButton
                  iconProps={{ iconName: 'ChevronDown' }}
                  title={s.order.moveDown(name)}
                  ariaLabel={s.order.moveDown(name)}
                  disabled={busy || i === order.length - 1}
                  componentRef={(b) => void buttons.current.set(`down-${id}`, b)}
                  onClick={() => move(id, 'down')}
                />
              </span>
            </li>
          );
        })}
      </ol>
      <p className={css.meta} role="status">
        {announce}
      </p>
      <div className={css.actions}>
        <PrimaryButton text={s.order.approve} disabled={busy} onClick={approve} />
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

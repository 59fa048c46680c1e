import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Majority } from '../../../../domain/voting/types';
import { NativeSelect } from '../../../common/NativeSelect';
import { NativeTextArea } from '../../../common/NativeTextArea';
import { Feedback } from '../../parts/Feedback';
import { useLiveAction } from '../../useLiveAction';
import type { DecisionContext } from './context';
import { TaskHeading } from './focus';
import { questionFor, voteDraft, voteKindFor, type QuestionText, type VoteTask } from './words';

/** The most a question (voteringsproposition) may hold: `Votes.Title` (consoleSteps.ts). */
export const QUESTION_MAX = 255;

const OF: Majority['of'][] = ['cast', 'electorate', 'seats'];

/** The problems with a question as written, beside its fields; empty when it may be put. */
export function questionProblems(t: QuestionText, ctx: Pick<DecisionContext, 's'>): Partial<Record<keyof QuestionText, string>> {
  const d = ctx.s.draft;
  const out: Partial<Record<keyof QuestionText, string>> = {};
  const q = t.question.trim();
  if (!q) out.question = d.questionMissing;
  else if (q.length > QUESTION_MAX) out.question = d.questionTooLong(QUESTION_MAX, q.length);
  if (!t.yesMeaning.trim()) out.yesMeaning = d.meaningMissing;
  if (!t.noMeaning.trim()) out.noMeaning = d.meaningMissing;
  return out;
}

const whole = (text: string): number | null => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null);

/** A qualified majority as entered: whole numbers, 0 < numerator ≤ denominator; null when not valid. */
function fraction(num: string, den: string, of: Majority['of']): Majority | null {
  const n = whole(num);
  const d = whole(den);
  return n !== null && d !== null && n > 0 && d > 0 && n <= d ? { numerator: n, denominator: d, of } : null;
}

/** The question's three texts, editable; shared by the draft and the question waiting for approval. */
export function QuestionFields({
  ctx,
  text,
  onChange,
  problems,
}: {
  ctx: DecisionContext;
  text: QuestionText;
  onChange(t: QuestionText): void;
  problems: Partial<Record<keyof QuestionText, string>>;
}): JSX.Element {
  const { s, css } = ctx;
  return (
    <>
      <NativeTextArea
        className={css.field}
        label={s.draft.question}
        description={s.draft.questionHint}
        value={text.question}
        onChange={(question) => onChange({ ...text, question })}
        errorMessage={problems.question}
      />
      <NativeTextArea
        className={css.field}
        label={s.draft.yesMeaning}
        value={text.yesMeaning}
        onChange={(yesMeaning) => onChange({ ...text, yesMeaning })}
        errorMessage={problems.yesMeaning}
      />
      <NativeTextArea
        className={css.field}
        label={s.draft.noMeaning}
        value={text.noMeaning}
        onChange={(noMeaning) => onChange({ ...text, noMeaning })}
        errorMessage={problems.noMeaning}
      />
    </>
  );
}

/**
 * A vote was asked for: the question (voteringsproposition) from the templates, naming both sides
 * in full, with what Ja and Nej mean editable and, where a law requires it, a qualified majority.
 * In an election's main chain the chair may also be asked for a secret ballot, which is held on paper.
 */
export function QuestionDraft({ ctx, task, onBack }: { ctx: DecisionContext; task: VoteTask; onBack?: () => void }): JSX.Element {
  const { s, css, common, errors } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [text, setText] = React.useState<QuestionText>(() => questionFor(task, ctx.n, s));
  const [qualified, setQualified] = React.useState(false);
  const [num, setNum] = React.useState('2');
  const [den, setDen] = React.useState('3');
  const [of, setOf] = React.useState<Majority['of']>('cast');
  const [secret, setSecret] = React.useState(false);
  const [tried, setTried] = React.useState(false);
  const electoral = voteKindFor(task.stepKind, ctx.election, false) === 'OpenElection';
  const problems = questionProblems(text, ctx);
  const majority = qualified ? fraction(num, den, of) : null;
  const fractionError = qualified && !majority ? s.draft.fractionInvalid : undefined;
  const invalid = Object.keys(problems).length > 0 || fractionError !== undefined;

  const present = () => {
    setTried(true);
    if (invalid) return;
    const draft = voteDraft(ctx.itemId, task, voteKindFor(task.stepKind, ctx.election, secret), text, majority);
    void action.run('present', async () => (await ctx.desk()).prepareVote(draft));
  };

  return (
    <div>
      <TaskHeading ctx={ctx} level={4}>
        {secret ? s.secret.paperPlan : s.draft.heading}
      </TaskHeading>
      {electoral && <p className={css.meta}>{s.draft.election}</p>}
      {secret && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {s.secret.explain}
        </MessageBar>
      )}
      <QuestionFields ctx={ctx} text={text} onChange={setText} problems={tried ? problems : {}} />
      {!secret && (
        <Checkbox className={css.field} label={s.draft.qualified} checked={qualified} onChange={(_, c) => setQualified(Boolean(c))} />
      )}
      {!secret && qualified && (
        <div className={css.actions}>
          <TextField
            label={s.draft.numerator}
            inputMode="numeric"
            value={num}
            onChange={(_, v) => setNum(v ?? '')}
            errorMessage={tried ? fractionError : undefined}
          />
          <TextField label={s.draft.denominator} inputMode="numeric" value={den} onChange={(_, v) => setDen(v ?? '')} />
          <NativeSelect
            label={s.draft.of}
            options={OF.map((k) => ({ key: k, text: s.draft.ofOption[k] }))}
            selectedKey={of}
            onChange={(k) => setOf(k as Majority['of'])}
          />
        </div>
      )}
      <div className={css.actions}>
        <PrimaryButton text={secret ? s.secret.prepare : s.draft.present} disabled={busy} onClick={present} />
        {electoral && <DefaultButton text={secret ? s.secret.open : s.secret.ask} disabled={busy} onClick={() => setSecret(!secret)} />}
        {onBack && <DefaultButton text={s.draft.backToAcclamation} disabled={busy} onClick={onBack} />}
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

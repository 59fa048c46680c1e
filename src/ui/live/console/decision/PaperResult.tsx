import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import type { VoteRecord } from '../../../../domain/voting/types';
import { Feedback } from '../../parts/Feedback';
import { useLiveAction } from '../../useLiveAction';
import type { DecisionContext } from './context';

type Count = 'yes' | 'no' | 'abstain';
const COUNTS: Count[] = ['yes', 'no', 'abstain'];

const count = (text: string): number | null => (/^\s*\d{1,6}\s*$/.test(text) ? Number(text) : null);

/**
 * A secret election held on paper (DESIGN §4): the tellers' counted result, Ja, Nej and blank,
 * and the co-signers (justerare) who witnessed the count; both must be recorded.
 */
export function PaperResult({ ctx, vote }: { ctx: DecisionContext; vote: VoteRecord }): JSX.Element {
  const { s, css, common, errors, snapshot } = ctx;
  const action = useLiveAction();
  const busy = action.state.kind === 'busy';
  const [values, setValues] = React.useState<Record<Count, string>>({ yes: '', no: '', abstain: '0' });
  const [witnesses, setWitnesses] = React.useState<number[]>([]);
  const [tried, setTried] = React.useState(false);
  const coSigners = snapshot.meeting.coSigners;
  const parsed = { yes: count(values.yes), no: count(values.no), abstain: count(values.abstain) };
  const witnessesOk = witnesses.length >= 2;
  const countsOk = COUNTS.every((k) => parsed[k] !== null);
  const label: Record<Count, string> = { yes: s.paper.yes, no: s.paper.no, abstain: s.paper.abstain };

  const enter = () => {
    setTried(true);
    if (!countsOk || !witnessesOk) return;
    const counts = { yes: parsed.yes!, no: parsed.no!, abstain: parsed.abstain! };
    void action.run('paper', async () => (await ctx.desk()).enterPaperResult(vote.id, counts, witnesses));
  };

  return (
    <div>
      <h4 className={css.heading}>{s.paper.heading}</h4>
      <p className={css.text}>{s.paper.explain}</p>
      <div className={css.actions}>
        {COUNTS.map((k) => (
          <TextField
            key={k}
            label={label[k]}
            inputMode="numeric"
            value={values[k]}
            onChange={(_, v) => setValues({ ...values, [k]: v ?? '' })}
            errorMessage={tried && parsed[k] === null ? s.paper.countInvalid : undefined}
          />
        ))}
      </div>
      <fieldset className={css.field} aria-describedby="live-paper-witnesses-hint">
        <legend className={css.meta}>{s.paper.witnesses}</legend>
        <p id="live-paper-witnesses-hint" className={css.meta}>
          {coSigners.length >= 2 ? s.paper.witnessesHint : s.paper.noCoSigners}
        </p>
        {coSigners.map((c) => (
          <Checkbox
            key={c.id}
            className={css.field}
            label={c.displayName}
            checked={witnesses.includes(c.id)}
            onChange={(_, on) => setWitnesses(on ? [...witnesses, c.id] : witnesses.filter((w) => w !== c.id))}
          />
        ))}
        <div role="alert">{tried && !witnessesOk && <p className={css.over}>{s.paper.witnessesMissing}</p>}</div>
      </fieldset>
      <div className={css.actions}>
        <PrimaryButton text={s.paper.enter} disabled={busy || coSigners.length < 2} onClick={enter} />
      </div>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { ProcedureState } from '../../../../domain/voting/procedure';
import type { DecisionContext } from './context';
import { historyLine } from './words';

/** The item's settled steps in procedure order, worded as the minutes will have them, and any step that does not fit. */
export function History({ ctx, state }: { ctx: DecisionContext; state: ProcedureState }): JSX.Element {
  const { s, css, n } = ctx;
  return (
    <>
      <h3 className={css.heading}>{s.history.heading}</h3>
      {state.history.length === 0 ? (
        <p className={css.meta}>{s.history.none}</p>
      ) : (
        <ol className={css.text}>
          {state.history.map((h) => (
            <li key={h.voteId}>{historyLine(h, n, s)}</li>
          ))}
        </ol>
      )}
      {state.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <p>
            <strong>{s.problems.heading}</strong>
          </p>
          <ul>
            {state.problems.map((p) => (
              <li key={`${p.voteId}-${p.code}`}>{s.problems.line(p.step, s.problems.code[p.code])}</li>
            ))}
          </ul>
        </MessageBar>
      )}
    </>
  );
}

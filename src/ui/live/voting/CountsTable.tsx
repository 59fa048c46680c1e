import * as React from 'react';
import type { StoredResult, VoteRecord } from '../../../domain/voting/types';
import type { RecordedLetter, VotingStrings } from '../../strings/voting';

/** Ja, Nej, Avstår, Deltar ej: the order every result is shown in. */
export const LETTERS: readonly RecordedLetter[] = ['J', 'N', 'A', '-'];

/** Where each letter's count stands in a result (and in a party's row of it). */
export const FIELD = { J: 'yes', N: 'no', A: 'abstain', '-': 'absent' } as const satisfies Record<RecordedLetter, keyof StoredResult>;

/** A closed vote's counts as a one-row table (the member's result and the console's share it). */
export function CountsTable(props: {
  vote: VoteRecord;
  result: StoredResult;
  t: VotingStrings;
  className: string;
  captionClassName: string;
}): JSX.Element {
  const { vote, result, t } = props;
  return (
    <table className={props.className}>
      <caption className={props.captionClassName}>{vote.kind === 'PaperSecret' ? t.paper.counted : t.result.countsCaption}</caption>
      <thead>
        <tr>
          {LETTERS.map((l) => (
            <th key={l} scope="col" className="num">
              {t.recorded[l]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {LETTERS.map((l) => (
            <td key={l} className="num">
              {result[FIELD[l]]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

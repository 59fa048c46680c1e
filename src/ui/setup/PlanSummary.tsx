import * as React from 'react';
import type { ProvisioningPlan } from '../../data/provisioning/plan';
import type { SetupStrings } from '../strings/setup';
import { setupClasses as css } from './styles';

/** How the site compares with the schema, as a small table: what should exist, what is missing, what is outdated. */
export function PlanSummary({ plan, t }: { plan: ProvisioningPlan; t: SetupStrings }): JSX.Element {
  const { lists, fields, levels, groups } = plan.summary;
  const rows: [string, number, number, number | null][] = [
    [t.lists, lists.expected, lists.missing, lists.outdated],
    [t.fields, fields.expected, fields.missing, fields.outdated],
    [t.levels, levels.expected, levels.missing, levels.outdated],
    // Groups are created or not; there is nothing about them to update.
    [t.groups, groups.expected, groups.missing, null],
  ];
  return (
    <div className={css.tableWrap}>
      <table className={css.table}>
        <caption className={css.caption}>{t.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.summaryWhat}</th>
            <th scope="col">{t.summaryExpected}</th>
            <th scope="col">{t.summaryMissing}</th>
            <th scope="col">{t.summaryOutdated}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, expected, missing, outdated]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{expected}</td>
              <td>{missing}</td>
              <td>{outdated === null ? t.summaryNotApplicable : outdated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import * as React from 'react';
import type { ProvisioningStep } from '../../data/provisioning/plan';
import type { SetupStrings } from '../strings/setup';
import { stepText } from './stepText';
import { setupClasses as css } from './styles';

/** Short plans are shown open; a first install has hundreds of steps, so those start folded. */
const OPEN_UP_TO = 15;

export function StepList({ steps, t }: { steps: readonly ProvisioningStep[]; t: SetupStrings }): JSX.Element {
  return (
    <>
      <h3 className={css.caption}>{t.stepsHeading(steps.length)}</h3>
      <details open={steps.length <= OPEN_UP_TO}>
        <summary className={css.summary}>{t.showSteps(steps.length)}</summary>
        <ol className={css.steps}>
          {steps.map((s) => (
            <li key={s.id}>{stepText(s, t)}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ServicesWith } from '../../data/compose';
import type { ProvisioningPlan, ProvisioningProgress, ProvisioningResult } from '../../data/provisioning/plan';
import { type CommonStrings, stringsFor, commonStrings } from '../strings';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorText } from '../common/errorKind';
import { LiveStatus } from '../common/LiveStatus';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
import { PlanSummary } from './PlanSummary';
import { StepList } from './StepList';
import { stepText } from './stepText';
import { setupClasses as css } from './styles';
import { setupStrings, type SetupStrings } from '../strings/setup';

export interface PortalSetupProps {
  services: ServicesWith<'provisioning'>;
}

type State =
  | { kind: 'checking' }
  | { kind: 'notOwner' }
  /** Reading the site failed (permission, network…): nothing was changed. */
  | { kind: 'loadFailed'; error: unknown }
  /** `applied` is set after a run, to say how much it did. */
  | { kind: 'ready'; plan: ProvisioningPlan; applied?: number }
  | { kind: 'applying'; plan: ProvisioningPlan; progress: ProvisioningProgress | null }
  | { kind: 'applyFailed'; plan: ProvisioningPlan; result: ProvisioningResult & { failed: NonNullable<ProvisioningResult['failed']> } }
  /** `apply` itself threw before it could report a step (e.g. reading the site first). */
  | { kind: 'applyError'; plan: ProvisioningPlan; error: unknown };

/**
 * "Portalinställning": compares the site with the portal's schema and brings it up to date.
 * Every run starts from a fresh inspection, so trying again after a failure is always safe.
 */
export function PortalSetup({ services }: PortalSetupProps): JSX.Element {
  const language = useLanguage(services.locale);
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(setupStrings, language);
  const mounted = useMounted();
  const [state, setState] = React.useState<State>({ kind: 'checking' });
  // The outcome of a run gets focus, so keyboard and screen reader users land on it.
  const statusRef = React.useRef<HTMLDivElement>(null);
  const [focusStatus, setFocusStatus] = React.useState(0);
  const [headingId] = React.useState(() => getId('portal-setup-'));

  const update = React.useCallback(
    (next: State, focus = false) => {
      if (!mounted.current) return;
      setState(next);
      if (focus) setFocusStatus((n) => n + 1);
    },
    [mounted],
  );

  const check = React.useCallback(async () => {
    update({ kind: 'checking' });
    try {
      if (!(await services.provisioning.canManage())) return update({ kind: 'notOwner' });
      update({ kind: 'ready', plan: await services.provisioning.inspect() });
    } catch (error) {
      update({ kind: 'loadFailed', error });
    }
  }, [services, update]);

  const run = React.useCallback(
    async (plan: ProvisioningPlan) => {
      update({ kind: 'applying', plan, progress: null }, true);
      let result: ProvisioningResult;
      try {
        result = await services.provisioning.apply(plan, (progress) => update({ kind: 'applying', plan, progress }));
      } catch (error) {
        return update({ kind: 'applyError', plan, error }, true);
      }
      if (result.failed) return update({ kind: 'applyFailed', plan, result: { ...result, failed: result.failed } }, true);
      // Look again rather than trust the plan: the site is what it is now.
      try {
        update({ kind: 'ready', plan: await services.provisioning.inspect(), applied: result.applied.length }, true);
      } catch (error) {
        update({ kind: 'loadFailed', error }, true);
      }
    },
    [services, update],
  );

  /** After a failure: inspect again and carry on with whatever is still missing. */
  const retry = React.useCallback(async () => {
    update({ kind: 'checking' });
    let plan: ProvisioningPlan;
    try {
      plan = await services.provisioning.inspect();
    } catch (error) {
      return update({ kind: 'loadFailed', error }, true);
    }
    if (plan.steps.length === 0) return update({ kind: 'ready', plan, applied: 0 }, true);
    await run(plan);
  }, [services, update, run]);

  React.useEffect(() => {
    void check();
  }, [check]);

  React.useEffect(() => {
    if (focusStatus > 0) statusRef.current?.focus();
  }, [focusStatus]);

  const plan = 'plan' in state ? state.plan : null;
  const upToDate = plan !== null && plan.steps.length === 0;

  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {t.heading}
      </h2>
      <LiveStatus message={announcement(state, s, t)} />
      {state.kind !== 'notOwner' && <p className={classes.paragraph}>{t.intro}</p>}

      <div ref={statusRef} tabIndex={-1} className={css.status}>
        {state.kind === 'checking' && <Spinner size={SpinnerSize.medium} label={t.checking} labelPosition="right" />}
        {state.kind === 'notOwner' && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <p className={classes.messageTitle}>{t.notOwner.title}</p>
            <p className={classes.messageText}>{t.notOwner.action}</p>
          </MessageBar>
        )}
        {state.kind === 'loadFailed' && <ErrorMessage error={state.error} strings={s} onRetry={() => void check()} />}
        {state.kind === 'applying' && <Progress state={state} t={t} />}
        {state.kind === 'applyFailed' && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={<DefaultButton onClick={() => void retry()} text={t.retry} />}
          >
            <p className={classes.messageTitle}>{t.failedTitle}</p>
            <p className={classes.messageText}>{t.failedStep(stepText(state.result.failed.step, t))}</p>
            <p className={classes.messageText}>{errorText(state.result.failed.error, s).title}</p>
            <p className={classes.messageText}>{t.failedAction}</p>
          </MessageBar>
        )}
        {state.kind === 'applyError' && <ErrorMessage error={state.error} strings={s} onRetry={() => void retry()} retryLabel={t.retry} />}
        {state.kind === 'ready' && upToDate && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            <p className={classes.messageTitle}>{t.upToDate}</p>
            {state.applied !== undefined && state.applied > 0 && <p className={classes.messageText}>{t.updated(state.applied)}</p>}
          </MessageBar>
        )}
      </div>

      {plan && state.kind !== 'checking' && (
        <>
          <PlanSummary plan={plan} t={t} />
          {state.kind === 'ready' && (
            <div className={css.actions}>
              <PrimaryButton text={t.apply} disabled={upToDate} onClick={() => void run(plan)} />
            </div>
          )}
          {!upToDate && <StepList steps={plan.steps} t={t} />}
        </>
      )}
    </section>
  );
}

/** `apply` reports each step before it starts (done = steps finished), and once more at the end. */
function Progress({ state, t }: { state: Extract<State, { kind: 'applying' }>; t: SetupStrings }): JSX.Element {
  const total = state.plan.steps.length;
  const p = state.progress;
  const current = p ? Math.min(p.done + 1, p.total) : 1;
  const step = p ? p.step : state.plan.steps[0];
  return (
    <ProgressIndicator
      label={t.applying}
      description={step ? t.progress(current, p ? p.total : total, stepText(step, t)) : undefined}
      percentComplete={p && p.total > 0 ? p.done / p.total : undefined}
    />
  );
}

function announcement(state: State, strings: CommonStrings, t: SetupStrings): string {
  switch (state.kind) {
    case 'checking':
      return t.checking;
    case 'notOwner':
      return t.notOwner.title;
    case 'loadFailed':
    case 'applyError':
      return errorText(state.error, strings).title;
    case 'applying':
      return t.applying;
    case 'applyFailed':
      return t.failedTitle;
    case 'ready':
      return state.plan.steps.length === 0 ? t.upToDate : t.stepsHeading(state.plan.steps.length);
  }
}

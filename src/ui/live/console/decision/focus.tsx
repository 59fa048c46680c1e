import * as React from 'react';
import type { DecisionContext } from './context';

/** Focus for what replaced the button pressed, once mounted: only after the chair used the control and focus fell to the page. */
export function useFocusOnMount<T extends HTMLElement>(used: DecisionContext['used']): React.RefObject<T> {
  const ref = React.useRef<T>(null);
  React.useEffect(() => {
    const active = document.activeElement;
    if (used.current && (!active || active === document.body)) ref.current?.focus();
  }, [used]);
  return ref;
}

/** The task's heading; focus moves to it when the task changes, so a keyboard user is not left on a vanished button. */
export function TaskHeading({
  ctx,
  level = 3,
  children,
}: {
  ctx: Pick<DecisionContext, 'css' | 'used'>;
  level?: 3 | 4;
  children: React.ReactNode;
}): JSX.Element {
  const ref = useFocusOnMount<HTMLHeadingElement>(ctx.used);
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <H ref={ref} tabIndex={-1} className={ctx.css.heading}>
      {children}
    </H>
  );
}

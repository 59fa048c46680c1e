import * as React from 'react';
import { dayForKey } from './dates';

/**
 * Arrow keys, Home and End move between days, Enter opens the day (WAI-ARIA grid pattern:
 * one tab stop, the focused day). Focus follows the focused day once the keyboard moved it.
 */
export function useRovingDay(focused: string, onFocusDay: (d: string) => void, onOpenDay: (d: string) => void) {
  const refs = React.useRef(new Map<string, HTMLElement>());
  const moved = React.useRef(false);
  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    refs.current.get(focused)?.focus();
  }, [focused]);
  const onKeyDown = (date: string) => (ev: React.KeyboardEvent) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      onOpenDay(date);
      return;
    }
    const next = dayForKey(ev.key, date);
    if (!next) return;
    ev.preventDefault();
    moved.current = true;
    onFocusDay(next);
  };
  const register = (date: string) => (el: HTMLElement | null) => {
    if (el) refs.current.set(date, el);
    else refs.current.delete(date);
  };
  return { onKeyDown, register };
}

import * as React from 'react';

/**
 * Forms on the page that hold input not yet saved. Reload and close are guarded here with
 * `beforeunload` (the browser says its own words; inside SharePoint that is what applies); the
 * standalone host asks `hasUnsavedChanges` before it follows a new fragment route.
 */
const dirtyForms = new Set<symbol>();

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/**
 * Registers the form while `dirty`. Returns `release`, to call right after a successful save so
 * that going on to the saved item is not asked about.
 */
export function useUnsavedChanges(dirty: boolean): () => void {
  const [key] = React.useState(() => Symbol('form'));
  React.useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(key);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyForms.has(key)) return;
      e.preventDefault();
      // older browsers need returnValue set to show their prompt
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyForms.delete(key);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, key]);
  return React.useCallback(() => void dirtyForms.delete(key), [key]);
}

/** Whether a form's values differ from what it started with (plain data: text, numbers, flags, lists). */
export function isChanged<T>(initial: T, current: T): boolean {
  return JSON.stringify(initial) !== JSON.stringify(current);
}

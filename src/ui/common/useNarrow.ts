import * as React from 'react';

/**
 * Whether the element is narrower than `px`: the width a view is given, not the window's, since a
 * web part may sit in a narrow page column, a phone, or Teams' 280 px side panel.
 */
export function useNarrow(ref: React.RefObject<HTMLElement>, px: number): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // no layout (width 0: hidden, or a test's DOM) tells nothing: keep the full view
    const measure = (): void => {
      const width = el.getBoundingClientRect().width;
      setNarrow(width > 0 && width < px);
    };
    measure();
    // jsdom and very old browsers have no ResizeObserver: the first measurement stands
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, px]);
  return narrow;
}

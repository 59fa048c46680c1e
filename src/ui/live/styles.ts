import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/** The live views' styles, from the theme in force (Teams' default, dark or high contrast). */
function liveClasses(t: ITheme) {
  const p = t.palette;
  const s = t.semanticColors;
  const card = {
    background: s.bodyBackground,
    color: s.bodyText,
    border: `1px solid ${p.neutralQuaternaryAlt}`,
    borderRadius: 4,
    padding: '0.75rem',
    margin: '0 0 0.75rem',
  };
  return mergeStyleSets({
    root: { color: s.bodyText, background: s.bodyBackground, padding: '0.5rem', minHeight: '100%', boxSizing: 'border-box' },
    card,
    heading: { fontSize: '1rem', fontWeight: 600, margin: '0 0 0.5rem', color: s.bodyText },
    title: { fontSize: '1.125rem', fontWeight: 600, margin: '0 0 0.25rem', color: s.bodyText },
    meta: { fontSize: '0.875rem', color: s.bodyText, margin: '0 0 0.25rem' },
    text: { fontSize: '0.875rem', margin: '0 0 0.5rem', lineHeight: '1.5', whiteSpace: 'pre-wrap', color: s.bodyText },
    status: { fontSize: '0.8125rem', margin: '0 0 0.5rem', color: s.bodyText },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    row: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '0.25rem 0.5rem',
      padding: '0.375rem 0',
      borderTop: `1px solid ${p.neutralQuaternaryAlt}`,
      fontSize: '0.875rem',
    },
    mine: { fontWeight: 600, borderLeft: `4px solid ${p.themePrimary}`, paddingLeft: '0.5rem' },
    grow: { flex: '1 1 10rem', minWidth: 0, overflowWrap: 'anywhere' },
    kind: { fontSize: '0.75rem', border: `1px solid ${s.bodyText}`, borderRadius: 2, padding: '0 0.25rem', whiteSpace: 'nowrap' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0 0' },
    timer: { fontSize: '1.5rem', fontVariantNumeric: 'tabular-nums', fontWeight: 600, margin: '0.25rem 0' },
    over: { color: s.errorText, fontWeight: 600 },
    speaker: { fontSize: '1.25rem', fontWeight: 600, margin: 0 },
    columns: {
      display: 'grid',
      gap: '0.75rem',
      gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
      alignItems: 'start',
    },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      fontSize: '0.875rem',
      selectors: {
        'th, td': { textAlign: 'left', padding: '0.25rem 0.5rem 0.25rem 0', borderTop: `1px solid ${p.neutralQuaternaryAlt}` },
        'td.num, th.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
      },
    },
    field: { margin: '0 0 0.5rem' },
  });
}

export type LiveClasses = ReturnType<typeof liveClasses>;

export function useLiveClasses(): LiveClasses {
  const theme = useTheme();
  return React.useMemo(() => liveClasses(theme), [theme]);
}

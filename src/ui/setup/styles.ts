import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../common/styles';

export const setupClasses = mergeStyleSets({
  table: {
    borderCollapse: 'collapse',
    margin: '0 0 1rem',
    minWidth: 'min(100%, 32rem)',
    selectors: {
      'th, td': { textAlign: 'left', padding: '0.375rem 0.75rem', borderBottom: `1px solid ${theme.palette.neutralLight}` },
      td: { fontVariantNumeric: 'tabular-nums' },
      'thead th': { fontWeight: 600, borderBottom: `2px solid ${theme.palette.neutralTertiaryAlt}` },
    },
  },
  caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  steps: { margin: '0.5rem 0 1rem', paddingLeft: '1.5rem', lineHeight: '1.5' },
  summary: {
    cursor: 'pointer',
    fontWeight: 600,
    padding: '0.25rem 0',
    selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 } },
  },
  status: { margin: '0 0 1rem', selectors: { ':focus': { outline: 'none' } } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0 0 1rem' },
});

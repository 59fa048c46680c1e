import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../common/styles';

const p = theme.palette;

export const directoryClasses = mergeStyleSets({
  filters: { display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', margin: '0 0 0.75rem' },
  filter: { minWidth: '12rem' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', gap: '0.75rem', padding: '0.5rem 0', borderBottom: `1px solid ${p.neutralLight}`, alignItems: 'flex-start' },
  details: { flexGrow: 1, minWidth: 0, color: p.neutralPrimary, fontSize: '0.875rem', lineHeight: '1.5' },
  name: { fontWeight: 600, fontSize: '1rem' },
  nameButton: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    fontWeight: 600,
    fontSize: '1rem',
    color: p.themeDark,
    cursor: 'pointer',
    textDecoration: 'underline',
    textAlign: 'left',
  },
  history: { margin: '0.5rem 0 1rem', paddingLeft: '1.25rem' },
});

import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../common/styles';

const p = theme.palette;

export const mailClasses = mergeStyleSets({
  box: { margin: '0 0 1.25rem' },
  boxHeading: {
    fontSize: '1rem',
    fontWeight: 600,
    margin: '0 0 0.25rem',
    color: p.neutralPrimary,
    display: 'flex',
    gap: '0.75rem',
    alignItems: 'baseline',
  },
  count: { fontWeight: 400, fontSize: '0.875rem', color: p.neutralPrimary },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', gap: '0.75rem', alignItems: 'center', padding: '0.375rem 0', borderBottom: `1px solid ${p.neutralLight}` },
  text: { flexGrow: 1, minWidth: 0 },
  unread: { fontWeight: 600 },
  meta: { display: 'block', fontSize: '0.75rem', color: p.neutralPrimary },
  flag: { fontSize: '0.75rem', color: p.redDark, marginLeft: '0.5rem' },
});

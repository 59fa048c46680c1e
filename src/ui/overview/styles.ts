import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../common/styles';

/** Cards that stack on narrow screens and sit two across on wide ones. */
export const meetingClasses = mergeStyleSets({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: '0.75rem',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
  },
  item: {
    border: `1px solid ${theme.palette.neutralTertiaryAlt}`,
    borderRadius: 4,
    padding: '0.75rem 1rem',
    background: theme.palette.white,
    color: theme.palette.neutralPrimary,
  },
  title: { fontSize: '1rem', fontWeight: 600, margin: '0 0 0.25rem', overflowWrap: 'anywhere' },
  time: { display: 'block', margin: '0 0 0.5rem', fontWeight: 600, color: theme.palette.neutralPrimary },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '0.125rem 0.75rem',
    margin: '0 0 0.5rem',
  },
  term: { color: theme.palette.neutralSecondary, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  note: { margin: '0 0 0.5rem', fontSize: '0.875rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem', alignItems: 'center' },
  link: { fontSize: '0.875rem', fontWeight: 600 },
});

/** The to-do lists above the meetings: one line per thing to do, a text mark where it is late. */
export const toDoClasses = mergeStyleSets({
  list: { listStyle: 'none', margin: '0 0 1.5rem', padding: 0, display: 'grid', gap: '0.5rem' },
  item: {
    borderLeft: `4px solid ${theme.palette.themePrimary}`,
    padding: '0.25rem 0 0.25rem 0.75rem',
    color: theme.palette.neutralPrimary,
  },
  late: { borderLeftColor: theme.palette.redDark },
  line: { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem', alignItems: 'baseline' },
  link: { fontWeight: 600, overflowWrap: 'anywhere' },
  // the mark says it in words; the border only repeats it
  mark: {
    display: 'inline-block',
    fontSize: '0.8125rem',
    fontWeight: 600,
    padding: '0 0.375rem',
    borderRadius: 2,
    border: `1px solid ${theme.palette.neutralPrimary}`,
    color: theme.palette.neutralPrimary,
    background: theme.palette.white,
  },
  overdue: { borderColor: theme.palette.redDark, color: theme.palette.redDark },
  detail: { fontSize: '0.875rem', color: theme.palette.neutralPrimary },
  problem: { margin: '0.25rem 0 0', fontSize: '0.875rem', color: theme.palette.neutralPrimary },
});

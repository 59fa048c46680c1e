import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../ui/common/styles';

const focusRing = { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 };

/** The page frame: header with name, menu, person and language; main content below. */
export const hostClasses = mergeStyleSets({
  skipLink: {
    position: 'absolute',
    left: '0.5rem',
    top: '-3rem',
    zIndex: 1000,
    padding: '0.5rem 1rem',
    background: theme.palette.white,
    color: theme.palette.themeDarker,
    fontWeight: 600,
    selectors: { ':focus': { top: '0.5rem', ...focusRing } },
  },
  header: {
    background: theme.palette.themeDarker,
    color: theme.palette.white,
    padding: '0.5rem 1rem',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '0.5rem 1.5rem',
  },
  brand: {
    color: theme.palette.white,
    fontSize: '1.25rem',
    fontWeight: 600,
    textDecoration: 'none',
    selectors: { ':focus-visible': { ...focusRing, outlineColor: theme.palette.white } },
  },
  nav: { flex: '1 1 auto' },
  navList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' },
  navLink: {
    color: theme.palette.white,
    textDecoration: 'none',
    padding: '0.25rem 0',
    borderBottom: '2px solid transparent',
    selectors: {
      ':hover': { borderBottomColor: theme.palette.white },
      '[aria-current="page"]': { borderBottomColor: theme.palette.white, fontWeight: 600 },
      ':focus-visible': { ...focusRing, outlineColor: theme.palette.white },
    },
  },
  person: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem 1rem' },
  languages: { display: 'flex', gap: '0.25rem' },
  headerButton: {
    background: 'transparent',
    color: theme.palette.white,
    border: `1px solid ${theme.palette.white}`,
    borderRadius: 2,
    padding: '0.25rem 0.625rem',
    font: 'inherit',
    cursor: 'pointer',
    selectors: {
      ':hover': { background: theme.palette.themeDark },
      '[aria-pressed="true"]': { background: theme.palette.white, color: theme.palette.themeDarker, fontWeight: 600 },
      ':focus-visible': { ...focusRing, outlineColor: theme.palette.white },
    },
  },
  main: { padding: '1.5rem 1rem', maxWidth: '64rem', margin: '0 auto', selectors: { ':focus': { outline: 'none' } } },
  footer: { padding: '1rem', maxWidth: '64rem', margin: '0 auto', borderTop: '1px solid #c8c6c4', fontSize: '0.875rem' },
  pageTitle: { fontSize: '1.75rem', fontWeight: 600, margin: '0 0 1rem', color: theme.palette.neutralPrimary },
  centered: { maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' },
});

import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';

const theme = getTheme();

/**
 * Shared look of the views. Fluent's style sets rather than CSS files, so the same
 * components look alike in a web part and in the standalone host. Text colours are the
 * theme's darkest neutrals (≥ 7:1 on white) to stay well above WCAG AA.
 */
export const classes = mergeStyleSets({
  section: { maxWidth: '60rem' },
  heading: { fontSize: '1.25rem', fontWeight: 600, margin: '0 0 0.75rem', color: theme.palette.neutralPrimary },
  subheading: { fontSize: '1rem', fontWeight: 600, margin: '1rem 0 0.5rem', color: theme.palette.neutralPrimary },
  paragraph: { margin: '0 0 0.75rem', color: theme.palette.neutralPrimary, lineHeight: '1.5' },
  // MessageBar's own text is 12px; messages people must act on read better a little larger.
  messageTitle: { margin: 0, fontWeight: 600, fontSize: '0.875rem' },
  messageText: { margin: '0.25rem 0 0', fontSize: '0.875rem' },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  focusable: {
    selectors: {
      ':focus': { outline: 'none' },
      ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 },
    },
  },
});

export { theme };

import { mergeStyleSets, getTheme, type ITheme } from '@fluentui/react/lib/Styling';

const base = getTheme();

/** Each colour as a CSS variable with the default theme's colour as fallback (`var(--pp-p-neutralPrimary, #323130)`). */
function variables<T extends object>(prefix: string, colours: T): T {
  return Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, `var(--pp-${prefix}-${k}, ${String(v)})`])) as T;
}

/**
 * The theme the portal's own classes are written against. Its colours are CSS variables, so a
 * web part in a coloured page section (SharePoint's section themes, `supportsThemeVariants`)
 * follows that section when `SectionTheme` sets them, with the same class names and no styles
 * computed per render; elsewhere the fallbacks are the page's theme.
 */
const theme: ITheme = { ...base, palette: variables('p', base.palette), semanticColors: variables('s', base.semanticColors) };

/** The CSS variables of a (section) theme, for the element that wraps a web part's view. */
export function themeVariables(t: ITheme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.palette)) out[`--pp-p-${k}`] = String(v);
  for (const [k, v] of Object.entries(t.semanticColors)) out[`--pp-s-${k}`] = String(v);
  return out;
}

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

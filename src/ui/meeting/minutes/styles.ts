import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../../common/styles';

/** The minutes view's own layout: the facts stack below 600 px, where a checksum needs the whole width. */
export const minutesCss = mergeStyleSets({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '0.25rem 1rem',
    margin: '0 0 1rem',
    selectors: {
      dt: { color: theme.palette.neutralSecondary, margin: 0 },
      dd: { margin: 0, overflowWrap: 'anywhere' },
    },
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr', rowGap: 0, selectors: { dd: { marginBottom: '0.5rem' } } },
  },
});

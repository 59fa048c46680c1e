import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from '../common/styles';

/** Layout of the meeting views: facts as a definition grid, items as bordered blocks. */
export const meetingCss = mergeStyleSets({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: '0 0 1rem' },
  term: { color: theme.palette.neutralSecondary, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { borderTop: `1px solid ${theme.palette.neutralTertiaryAlt}`, padding: '0.75rem 0' },
  itemTitle: { fontSize: '1rem', fontWeight: 600, margin: '0 0 0.25rem', overflowWrap: 'anywhere' },
  docList: { margin: '0.25rem 0 0', paddingLeft: '1.25rem' },
  marker: {
    display: 'inline-block',
    marginLeft: '0.5rem',
    padding: '0 0.375rem',
    borderRadius: 2,
    fontSize: '0.75rem',
    fontWeight: 600,
    background: theme.palette.themeDarker,
    color: theme.palette.white,
    verticalAlign: 'middle',
  },
  confidential: { fontWeight: 600, color: theme.palette.redDark },
  panel: { border: `1px solid ${theme.palette.neutralTertiaryAlt}`, borderRadius: 4, padding: '0.75rem 1rem', margin: '1rem 0' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-end', margin: '0.5rem 0' },
  form: { display: 'grid', gap: '0.75rem', maxWidth: '36rem', margin: '0.5rem 0' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    selectors: {
      'th, td': {
        textAlign: 'left',
        padding: '0.25rem 0.5rem',
        borderBottom: `1px solid ${theme.palette.neutralLighter}`,
        verticalAlign: 'top',
      },
      caption: { textAlign: 'left', fontWeight: 600, padding: '0.25rem 0' },
    },
  },
  /** A wide data table that scrolls sideways in its own focusable region (WCAG 1.4.10 allows it for tables). */
  tableScroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}` } },
  },
  /**
   * Below 600 px (a phone, Teams' side panel) a table's rows become blocks, one cell under the
   * other, so nothing is cut off; the header row stays for screen readers, which read the table as a table.
   */
  stackedTable: {
    '@media (max-width: 600px)': {
      selectors: {
        'thead tr': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
        'tr, th, td': { display: 'block' },
        tr: { padding: '0.5rem 0', borderBottom: `1px solid ${theme.palette.neutralLighter}` },
        'th, td': { borderBottom: 'none', padding: '0.125rem 0' },
      },
    },
  },
  quorum: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: '0.5rem 1rem',
    margin: '0 0 1rem',
    fontWeight: 600,
    borderRadius: 4,
  },
  quorumOk: { background: theme.palette.green, color: theme.palette.white },
  quorumLost: { background: theme.palette.redDark, color: theme.palette.white },
  pressed: { fontWeight: 600 },
});

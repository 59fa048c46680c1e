import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/**
 * The stage: read from five metres on a chamber screen, a webcast overlay or Teams' stage
 * (918×540 with the side panel open). Sizes follow the viewport so one layout fits both.
 */
function stageClasses(t: ITheme) {
  const s = t.semanticColors;
  const p = t.palette;
  return mergeStyleSets({
    root: {
      boxSizing: 'border-box',
      minHeight: '100vh',
      padding: '2.5vh 3vw',
      background: s.bodyBackground,
      color: s.bodyText,
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
      gridTemplateRows: 'auto 1fr auto',
      gap: '2vh 3vw',
      fontSize: 'max(16px, 2.2vh)',
      lineHeight: '1.25',
      alignContent: 'start',
    },
    top: { gridColumn: '1 / -1' },
    body: { margin: 0, fontSize: '1em', fontWeight: 400 },
    item: { margin: '0.2em 0 0', fontSize: '2.2em', fontWeight: 700, lineHeight: '1.2' },
    speakerBox: { borderLeft: `0.4em solid ${p.themePrimary}`, paddingLeft: '1em', alignSelf: 'start' },
    label: { fontSize: '1.1em', margin: 0, textTransform: 'uppercase', letterSpacing: '0.05em', lineHeight: '1.3' },
    speaker: { fontSize: '3.2em', fontWeight: 700, margin: '0.1em 0', lineHeight: '1.15' },
    kind: { fontSize: '1.4em', margin: 0, lineHeight: '1.3' },
    timer: { fontSize: '4em', fontWeight: 700, fontVariantNumeric: 'tabular-nums', margin: '0.1em 0', lineHeight: '1.1' },
    over: { color: s.errorText },
    list: { listStyle: 'none', margin: 0, padding: 0, fontSize: '1.5em' },
    li: { padding: '0.3em 0', borderTop: `2px solid ${p.neutralTertiary}` },
    proposals: { fontSize: '1.25em', margin: 0, paddingLeft: '1.4em' },
    bottom: { gridColumn: '1 / -1', fontSize: '1.3em', display: 'flex', gap: '2em', flexWrap: 'wrap', alignSelf: 'end' },
    warn: { fontWeight: 700, border: `3px solid ${s.bodyText}`, padding: '0.2em 0.5em' },
  });
}

export function useStageClasses(): ReturnType<typeof stageClasses> {
  const theme = useTheme();
  return React.useMemo(() => stageClasses(theme), [theme]);
}

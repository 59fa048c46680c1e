import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface NativeSelectProps {
  label: string;
  options: { key: string; text: string }[];
  selectedKey: string;
  onChange(key: string): void;
  className?: string;
}

function selectClasses(t: ITheme) {
  const p = t.palette;
  const s = t.semanticColors;
  return mergeStyleSets({
    label: { display: 'block', fontWeight: 600, fontSize: '0.875rem', padding: '5px 0', color: s.bodyText },
    select: {
      display: 'block',
      width: '100%',
      height: '2rem',
      padding: '0 0.5rem',
      font: 'inherit',
      fontSize: '0.875rem',
      color: s.inputText,
      background: s.inputBackground,
      border: `1px solid ${s.inputBorder}`,
      borderRadius: 2,
      selectors: {
        ':hover': { borderColor: s.inputBorderHovered },
        ':focus-visible': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 0 },
      },
    },
  });
}

/**
 * A labelled single choice as the browser draws it, in Fluent's colours. For a short filter list
 * the native control is what screen readers, keyboards and phones handle best, and it costs
 * nothing: Fluent's Dropdown brings its callout, panel and checkbox (about 25 KB gzip), which kept
 * the directory page over its budget (DESIGN §9).
 */
export function NativeSelect({ label, options, selectedKey, onChange, className }: NativeSelectProps): JSX.Element {
  const [id] = React.useState(() => getId('select-'));
  // the theme in force: Teams' dark and high-contrast themes in the live meeting, the page's elsewhere
  const theme = useTheme();
  const css = React.useMemo(() => selectClasses(theme), [theme]);
  return (
    <div className={className}>
      <label htmlFor={id} className={css.label}>
        {label}
      </label>
      <select id={id} className={css.select} value={selectedKey} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

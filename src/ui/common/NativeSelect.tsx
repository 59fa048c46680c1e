import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { theme } from './styles';

export interface NativeSelectProps {
  label: string;
  options: { key: string; text: string }[];
  selectedKey: string;
  onChange(key: string): void;
  className?: string;
}

const p = theme.palette;
const css = mergeStyleSets({
  label: { display: 'block', fontWeight: 600, fontSize: '0.875rem', padding: '5px 0', color: p.neutralPrimary },
  select: {
    display: 'block',
    width: '100%',
    height: '2rem',
    padding: '0 0.5rem',
    font: 'inherit',
    fontSize: '0.875rem',
    color: p.neutralPrimary,
    background: p.white,
    border: `1px solid ${p.neutralSecondary}`,
    borderRadius: 2,
    selectors: {
      ':hover': { borderColor: p.neutralPrimary },
      ':focus-visible': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 0 },
    },
  },
});

/**
 * A labelled single choice as the browser draws it, in Fluent's colours. For a short filter list
 * the native control is what screen readers, keyboards and phones handle best, and it costs
 * nothing: Fluent's Dropdown brings its callout, panel and checkbox (about 25 KB gzip), which kept
 * the directory page over its budget (DESIGN §9).
 */
export function NativeSelect({ label, options, selectedKey, onChange, className }: NativeSelectProps): JSX.Element {
  const [id] = React.useState(() => getId('select-'));
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

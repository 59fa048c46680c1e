import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface NativeTextAreaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Help under the field (what to write). */
  description?: string;
  /** The problem with what was written, beside the field; the field is marked invalid. */
  errorMessage?: string;
  rows?: number;
  className?: string;
}

function areaClasses(t: ITheme) {
  const s = t.semanticColors;
  return mergeStyleSets({
    label: { display: 'block', fontWeight: 600, fontSize: '0.875rem', padding: '5px 0', color: s.bodyText },
    area: {
      display: 'block',
      boxSizing: 'border-box',
      width: '100%',
      padding: '0.375rem 0.5rem',
      font: 'inherit',
      fontSize: '0.875rem',
      lineHeight: '1.4',
      color: s.inputText,
      background: s.inputBackground,
      border: `1px solid ${s.inputBorder}`,
      borderRadius: 2,
      resize: 'vertical',
      selectors: {
        ':hover': { borderColor: s.inputBorderHovered },
        ':focus-visible': { outline: `2px solid ${t.palette.themePrimary}`, outlineOffset: 0 },
        '&[aria-invalid="true"]': { borderColor: s.errorText },
      },
    },
    description: { fontSize: '0.75rem', margin: '0.25rem 0 0', color: s.bodyText },
    error: { fontSize: '0.75rem', margin: '0.25rem 0 0', color: s.errorText, fontWeight: 600 },
  });
}

/**
 * A labelled multi-line text field as the browser draws it, in the theme's colours. Like
 * NativeSelect: Fluent's TextField costs about 5 KB gzip that the live meeting's member view,
 * which needs one text box, cannot afford within its budget (DESIGN §9).
 */
export function NativeTextArea({
  label,
  value,
  onChange,
  description,
  errorMessage,
  rows = 3,
  className,
}: NativeTextAreaProps): JSX.Element {
  const [id] = React.useState(() => getId('textarea-'));
  const theme = useTheme();
  const css = React.useMemo(() => areaClasses(theme), [theme]);
  const described = [description ? `${id}-description` : '', errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={css.label}>
        {label}
      </label>
      <textarea
        id={id}
        className={css.area}
        rows={rows}
        value={value}
        aria-describedby={described}
        aria-invalid={errorMessage ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {description && (
        <p id={`${id}-description`} className={css.description}>
          {description}
        </p>
      )}
      {/* announced when it appears: the person pressed the button and waits for what happened */}
      <div role="alert">
        {errorMessage && (
          <p id={`${id}-error`} className={css.error}>
            {errorMessage}
          </p>
        )}
      </div>
    </div>
  );
}

import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

/**
 * Fluent UI's icon font comes from a CDN, which the standalone host cannot rely on (the local
 * tenant runs offline), so `initializeIcons` is not called. The few icons Fluent components
 * draw themselves (MessageBar's type marks, dismiss and expand) are registered as plain
 * characters instead; they are decorative (aria-hidden) and the text beside them says it all.
 * Only the host does this: inside SharePoint the real icon font is already loaded.
 */
const glyph = (c: string): JSX.Element => <span style={{ fontFamily: 'inherit', fontStyle: 'normal' }}>{c}</span>;

export function registerHostIcons(): void {
  registerIcons({
    icons: {
      Info: glyph('ℹ'),
      ErrorBadge: glyph('✕'),
      Blocked2: glyph('⊘'),
      Warning: glyph('⚠'),
      Completed: glyph('✓'),
      Clear: glyph('✕'),
      DoubleChevronDown: glyph('⌄'),
      DoubleChevronUp: glyph('⌃'),
    },
  });
}

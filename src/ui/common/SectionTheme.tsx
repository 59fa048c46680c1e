import * as React from 'react';
import { createTheme, type IPartialTheme } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { themeVariables } from './styles';

/**
 * A web part's view in the theme of the page section it sits in (SharePoint's section themes):
 * Fluent's controls get the theme from the provider, the portal's own classes from the CSS
 * variables it sets (styles.ts). Without a section theme the view renders as it is.
 */
export function SectionTheme({ theme, children }: { theme: IPartialTheme | undefined; children: React.ReactNode }): JSX.Element {
  const full = React.useMemo(() => (theme ? createTheme(theme) : null), [theme]);
  if (!full) return <>{children}</>;
  return (
    <ThemeProvider theme={full} applyTo="none" style={themeVariables(full) as React.CSSProperties}>
      {children}
    </ThemeProvider>
  );
}

/** What a web part's view chunk exports, so the web part's own bundle need not hold Fluent. */
export function themed(theme: IPartialTheme | undefined, view: React.ReactElement): React.ReactElement {
  return <SectionTheme theme={theme}>{view}</SectionTheme>;
}

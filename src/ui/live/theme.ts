import { createTheme, type ITheme } from '@fluentui/react/lib/Styling';

/**
 * The live views follow Teams' theme as Teams reports it (TeamsJS `app.theme`: default, dark,
 * contrast) and SharePoint's theme outside Teams. Teams' own colours, so the app looks like part
 * of the meeting; every text colour keeps at least 4.5:1 on its background (WCAG 2.1 AA).
 */
import type { TeamsTheme } from './teamsTheme';

export type { TeamsTheme };

const teamsDefault = createTheme({
  palette: {
    themePrimary: '#4f52b2',
    themeDarkAlt: '#444791',
    themeDark: '#3d3e78',
    themeDarker: '#2f2f4a',
    themeSecondary: '#5b5fc7',
    themeTertiary: '#7f85f5',
    themeLight: '#dce0fa',
    themeLighter: '#e8ebfa',
    themeLighterAlt: '#f5f6fd',
  },
});

const teamsDark = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#9ea2ff',
    themeDarkAlt: '#b3b6ff',
    themeDark: '#c5c8ff',
    themeDarker: '#dcdeff',
    themeSecondary: '#8b8fff',
    themeTertiary: '#6e72d9',
    themeLight: '#3d3e78',
    themeLighter: '#2f2f4a',
    themeLighterAlt: '#252536',
    black: '#ffffff',
    neutralDark: '#f4f4f4',
    neutralPrimary: '#ffffff',
    neutralPrimaryAlt: '#e8e8e8',
    neutralSecondary: '#d6d6d6',
    neutralSecondaryAlt: '#c8c8c8',
    neutralTertiary: '#adadad',
    neutralTertiaryAlt: '#5c5c5c',
    neutralQuaternary: '#484848',
    neutralQuaternaryAlt: '#3d3d3d',
    neutralLight: '#333333',
    neutralLighter: '#2b2b2b',
    neutralLighterAlt: '#242424',
    white: '#1f1f1f',
  },
  semanticColors: {
    bodyBackground: '#1f1f1f',
    bodyText: '#ffffff',
    buttonText: '#ffffff',
    primaryButtonText: '#1f1f1f',
    inputBackground: '#2b2b2b',
    inputText: '#ffffff',
    errorText: '#f9a3a3',
    messageText: '#ffffff',
    successBackground: '#1b3d1b',
    errorBackground: '#442726',
    warningBackground: '#433519',
  },
});

const teamsContrast = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeDarkAlt: '#ffff01',
    themeDark: '#ffff01',
    themeDarker: '#ffff01',
    themeSecondary: '#ffff01',
    themeTertiary: '#ffff01',
    themeLight: '#1aebff',
    themeLighter: '#000000',
    themeLighterAlt: '#000000',
    black: '#ffffff',
    neutralDark: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralSecondaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralTertiaryAlt: '#ffffff',
    neutralQuaternary: '#ffffff',
    neutralQuaternaryAlt: '#ffffff',
    neutralLight: '#000000',
    neutralLighter: '#000000',
    neutralLighterAlt: '#000000',
    white: '#000000',
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    buttonBackground: '#000000',
    buttonText: '#ffffff',
    buttonBorder: '#ffffff',
    primaryButtonBackground: '#ffff01',
    primaryButtonText: '#000000',
    inputBackground: '#000000',
    inputText: '#ffffff',
    inputBorder: '#ffffff',
    errorText: '#ffffff',
    messageText: '#ffffff',
    successBackground: '#000000',
    errorBackground: '#000000',
    warningBackground: '#000000',
    link: '#ffff01',
  },
});

/** Teams' theme name to a Fluent theme; anything else (SharePoint, the host) keeps the page's theme. */
export function liveTheme(teams: TeamsTheme | null, pageTheme: ITheme): ITheme {
  if (teams === 'dark') return teamsDark;
  if (teams === 'contrast') return teamsContrast;
  if (teams === 'default') return teamsDefault;
  return pageTheme;
}

/** Teams' theme names (TeamsJS `app.theme`). Apart from theme.ts so the web part's entry class does not carry Fluent's theme code. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export function isTeamsTheme(v: unknown): v is TeamsTheme {
  return v === 'default' || v === 'dark' || v === 'contrast';
}

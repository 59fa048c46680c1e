import { initializeIcons } from '@fluentui/font-icons-mdl2';

/** Where build-host copies Fluent UI's icon fonts (from @fluentui/font-icons-mdl2), beside host.js. */
export const ICON_FONTS_PATH = 'fonts/';

/**
 * Fluent UI's icons (the calendar's arrows, dropdown carets, checkbox ticks, panel close crosses)
 * from font files the portal serves itself: `initializeIcons()` without a base URL would fetch them
 * from Microsoft's CDN, which a closed network (and the local tenant) cannot reach. Inside
 * SharePoint the page has registered the icon font already, so only the standalone host calls this.
 */
export function registerHostIcons(): void {
  const base = new URL(ICON_FONTS_PATH, document.baseURI).href;
  initializeIcons(base, { disableWarnings: true });
}

/**
 * A link target from list data, or null when it is not a web address. Teams links are typed
 * into a list by clerks; a `javascript:` value there must never become a clickable link
 * (React 17 renders such hrefs as they are).
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const base = typeof location !== 'undefined' ? location.href : 'https://localhost/';
    const protocol = new URL(url, base).protocol;
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

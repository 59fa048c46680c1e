import { withValues, type ViewStateUrl } from '../ui/common/viewState';

/**
 * Inside SharePoint a web part keeps its view's state in the page's query string
 * (`…/SitePages/Kalender.aspx?vy=manad&datum=2026-12-01`), without reloading the page.
 */
export const pageQueryViewState: ViewStateUrl = {
  get: (key) => new URLSearchParams(location.search).get(key),
  set: (values, how = 'push') => {
    const next = withValues(location.search, values);
    const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`;
    if (how === 'replace') history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  },
  subscribe: (onChange) => {
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  },
};

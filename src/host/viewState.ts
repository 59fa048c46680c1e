import { withValues, type ViewStateUrl } from '../ui/common/viewState';

const split = (hash: string): [string, string] => {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  return [path, query];
};

/** The host keeps a view's state in the fragment's query: `#/fortroendevalda?person=12`. */
export const hashViewState: ViewStateUrl = {
  get: (key) => new URLSearchParams(split(location.hash)[1]).get(key),
  set: (values, how = 'push') => {
    const [path, query] = split(location.hash);
    const next = withValues(query, values);
    const hash = `#${path}${next ? `?${next}` : ''}`;
    if (hash === (location.hash || '#')) return;
    if (how === 'replace') history.replaceState(history.state, '', hash);
    else location.hash = hash;
  },
  subscribe: (onChange) => {
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  },
};

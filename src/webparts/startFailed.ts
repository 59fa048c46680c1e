import * as ReactDOM from 'react-dom';

/**
 * Shown when the portal's services could not be built (before any view can render):
 * plain DOM that says what happened and what to do, in the page's language.
 */
export function renderStartFailed(element: HTMLElement, message: string): void {
  ReactDOM.unmountComponentAtNode(element);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = message;
  element.replaceChildren(p);
}

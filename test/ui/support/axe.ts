import axe from 'axe-core';

/**
 * Runs axe-core on a rendered view and fails with the violations listed.
 * Disabled, because jsdom cannot evaluate them (the end-to-end tests run them in Chromium):
 * - `color-contrast`: jsdom computes no layout or real colours.
 * - `region`: the view is rendered alone here; the page's landmarks come from the host.
 */
// axe probes text for icon ligatures with a canvas; jsdom has none and logs "not implemented"
// for every probe. Answering null is what jsdom does anyway, minus the noise.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const found = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`);
  expect(found).toEqual([]);
}

import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { themed } from '../../src/ui/common/SectionTheme';
import { classes } from '../../src/ui/common/styles';
import { expectNoAxeViolations } from './support/axe';

/** A dark page section, as SharePoint passes it to a web part with supportsThemeVariants. */
const dark = {
  isInverted: true,
  palette: { themePrimary: '#6cb8f6', neutralPrimary: '#f3f2f1', white: '#1b1a19', black: '#ffffff' },
  semanticColors: { bodyBackground: '#1b1a19', bodyText: '#f3f2f1' },
};
/** Every rule Fluent inserted, as the browser holds them. */
const css = (): string =>
  Array.from(document.querySelectorAll('style'))
    .flatMap((el) => Array.from(el.sheet?.cssRules ?? []).map((r) => r.cssText))
    .join('\n')
    .replace(/\s+/g, '');

describe('section themes (SharePoint page sections, supportsThemeVariants)', () => {
  it("writes the portal's own classes against CSS variables with the default theme as fallback", () => {
    render(<h2 className={classes.heading}>Mina sammanträden</h2>);
    expect(css()).toContain('color:var(--pp-p-neutralPrimary,#323130)');
  });

  it("sets the section's colours as those variables around the view, and gives Fluent's controls the section theme", async () => {
    const { container } = render(
      themed(
        dark,
        <section>
          <h2 className={classes.heading}>Mina sammanträden</h2>
          <PrimaryButton text="Jag kommer" />
        </section>,
      ),
    );
    const wrapper = screen.getByRole('heading').closest('section')!.parentElement as HTMLElement;
    expect(wrapper.style.getPropertyValue('--pp-p-neutralPrimary')).toBe('#f3f2f1');
    expect(wrapper.style.getPropertyValue('--pp-s-bodyText')).toBe('#f3f2f1');
    // the button's class was computed from the section's primary colour, not the page's
    expect(css().toLowerCase()).toContain('background-color:#6cb8f6');
    await expectNoAxeViolations(container);
  });

  it('without a section theme renders the view as it is', () => {
    const { container } = render(themed(undefined, <p>Ingen sektion</p>));
    expect(container.innerHTML).toBe('<p>Ingen sektion</p>');
  });
});

import * as React from 'react';
import { render } from '@testing-library/react';
import { expectNoAxeViolations } from './support/axe';

// Guards the guard: the helper every view test relies on must actually report violations.
it('the axe helper fails on an inaccessible view', async () => {
  const { container } = render(
    <div>
      <button type="button" />
      <img src="x.png" />
    </div>,
  );
  await expect(expectNoAxeViolations(container)).rejects.toThrow(/button-name[\s\S]*image-alt|image-alt[\s\S]*button-name/);
});

import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { busyTracker } from '../../src/data/busy';
import { BusyNotice } from '../../src/ui/common/BusyNotice';
import { App } from '../../src/host/App';
import { fakeServices } from './support/fakes';
import { expectNoAxeViolations } from './support/axe';
import './support/fluent';

describe('the service-busy notice', () => {
  afterEach(() => jest.useRealTimers());

  it('says in a polite status region that the service is busy and when it tries again, then goes', async () => {
    // 09:00:00 UTC is 10:00:00 in Stockholm
    jest.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z') });
    const busy = busyTracker();
    const key = {};
    const { container } = render(<BusyNotice services={{ busy, locale: 'sv-SE' }} />);
    const region = screen.getByRole('status');
    // the region is there before anything is said, so screen readers hear it when it is
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');

    act(() => busy.waiting(key, 5000));
    expect(region.textContent).toBe('Tjänsten är upptagen just nu. Vi försöker igen kl. 10:00:05 (om 5 sekunder).');
    jest.useRealTimers();
    await expectNoAxeViolations(container);

    act(() => busy.done(key));
    expect(region.textContent).toBe('');
  });

  it('speaks English', () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z') });
    const busy = busyTracker();
    busy.waiting({}, 60_000);
    const { container } = render(<BusyNotice services={{ busy, locale: 'en-US' }} />);
    expect(container.firstElementChild!.textContent).toBe('The service is busy right now. We will try again at 10:01:00 (in 60 seconds).');
  });

  it('says nothing without a signal (a host that builds none)', () => {
    render(<BusyNotice services={{ locale: 'sv-SE' }} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it("is in the standalone host's page frame, inside main, under the page title", async () => {
    const busy = busyTracker();
    const services = {
      ...fakeServices({ meetings: { myUpcoming: () => Promise.resolve([]) }, provisioning: { canManage: () => Promise.resolve(false) } }),
      busy,
    };
    render(<App services={services} route={{ page: 'overview' }} onLanguage={jest.fn()} onSignOut={jest.fn()} />);
    await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' });
    act(() => busy.waiting({}, 30_000));
    const notice = screen.getByText(/^Tjänsten är upptagen just nu\. Vi försöker igen kl\. \d\d:\d\d:\d\d \(om 30 sekunder\)\.$/);
    expect(screen.getByRole('main').contains(notice)).toBe(true);
    expect(notice.closest('[aria-live="polite"][aria-atomic="true"]')).toBeTruthy();
  });
});

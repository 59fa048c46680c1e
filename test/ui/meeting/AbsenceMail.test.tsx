import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import { MeetingPage } from '../../../src/ui/meeting/MeetingPage';
import type { AbsenceOutcome } from '../../../src/data/services';
import { fakeServices, meetingDetails, meetingStore } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { testNav } from './nav';

jest.setTimeout(30000);

/** Issue 8: beside a stored absence notice, who was told by e-mail, and a clear warning when a mail could not go. */
describe('absence notice: the e-mails it sends', () => {
  const open = async (outcome: AbsenceOutcome, locale = 'sv-SE') => {
    const store = meetingStore(meetingDetails(), { outcome });
    const services = fakeServices({ locale, meeting: store.repo, clerk: { canEdit: () => Promise.resolve(false) } });
    const view = render(<MeetingPage services={services} meetingId={42} nav={testNav()} />);
    await screen.findByRole('heading', { level: 2, name: 'Regionfullmäktige december' });
    // the participation part loads on its own
    await screen.findByRole('button', { name: locale === 'sv-SE' ? 'Anmäl förhinder' : 'Send absence notice' });
    return { store, view };
  };

  it('says that the clerk was mailed, beside the stored notice', async () => {
    await open({ mailed: { clerks: ['Karin Sekreterare'], substitutes: [] }, warnings: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Du har anmält förhinder för hela sammanträdet.')).toBeTruthy();
    expect(screen.getByText('Karin Sekreterare har fått e-post om det.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns, with the reason, that the clerk could not be mailed, while the notice shows as stored', async () => {
    const { view } = await open({
      mailed: { clerks: [], substitutes: [] },
      warnings: [{ code: 'clerkMailFailed', names: ['Karin Sekreterare'], cause: 'throttled' }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Du har anmält förhinder för hela sammanträdet.')).toBeTruthy();
    const warning = await screen.findByText(
      'Förhindret är sparat, men e-postmeddelandet till sekreteraren Karin Sekreterare kunde inte skickas (Microsoft 365 har för många förfrågningar just nu). Meddela sekreteraren på annat sätt.',
    );
    // announced where it appears, beside the form's own feedback
    expect(warning.closest('[role="status"]')).toBeTruthy();
    await expectNoAxeViolations(view.container);
  });

  it('warns on a withdrawal when a substitute could not be told, and when the body has no clerk', async () => {
    await open({
      mailed: { clerks: [], substitutes: [] },
      warnings: [
        { code: 'noClerks', names: [], cause: null },
        { code: 'substituteMailFailed', names: ['Rasmus Isaksson'], cause: 'serverError' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Återkalla förhinder' }));
    expect(await screen.findByText('Du har inte meddelat om du kommer.')).toBeTruthy();
    expect(
      await screen.findByText(
        'Återkallelsen är sparad, men organet har ingen sekreterare angiven som kan få e-post om det. Meddela sekreteraren på annat sätt.',
      ),
    ).toBeTruthy();
    // a cause that says nothing about mail is left out
    expect(
      screen.getByText(
        'Återkallelsen är sparad, men Rasmus Isaksson kunde inte få e-post om att inkallelsen återkallas. Meddela ersättaren på annat sätt eller be sekreteraren göra det.',
      ),
    ).toBeTruthy();
  });

  it('speaks English in the English UI', async () => {
    await open(
      {
        mailed: { clerks: [], substitutes: ['Rasmus Isaksson'] },
        warnings: [{ code: 'clerkMailFailed', names: ['Karin Sekreterare'], cause: 'consent' }],
      },
      'en-US',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send absence notice' }));
    expect(await screen.findByText('Rasmus Isaksson has been told by e-mail that the call-in is withdrawn.')).toBeTruthy();
    expect(
      screen.getByText(/^Your absence notice is saved, but the e-mail to the clerk Karin Sekreterare could not be sent \(/),
    ).toBeTruthy();
  });
});

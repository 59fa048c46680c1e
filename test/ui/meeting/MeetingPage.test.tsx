import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { MeetingPage } from '../../../src/ui/meeting/MeetingPage';
import { DataError } from '../../../src/data/services';
import { hasUnsavedChanges } from '../../../src/ui/common/unsavedChanges';
import { fakeServices, meetingDetails, meetingStore } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { testNav } from './nav';

// axe and Fluent are slow in jsdom, the more so on a shared machine
jest.setTimeout(30000);

const member = (store: ReturnType<typeof meetingStore>, extra: Parameters<typeof fakeServices>[0] = {}) =>
  fakeServices({ meeting: store.repo, clerk: { canEdit: () => Promise.resolve(false) }, ...extra });

async function openPage(services: ReturnType<typeof fakeServices>) {
  const view = render(<MeetingPage services={services} meetingId={42} nav={testNav()} />);
  await screen.findByRole('heading', { level: 2, name: 'Regionfullmäktige december' });
  return view;
}

describe('MeetingPage (members)', () => {
  it('shows the facts in Swedish time and the agenda with items and documents', async () => {
    const store = meetingStore(meetingDetails());
    const { container } = await openPage(member(store));
    expect(screen.getByText('tisdag 1 december 2026, 09:00–16:00')).toBeTruthy();
    expect(screen.getByText('Regionhuset, Luleå')).toBeTruthy();
    expect(screen.getByText('Tillåtet')).toBeTruthy();
    expect(screen.getByText('Kallat')).toBeTruthy();
    expect(screen.getByText('Cecilia Berg')).toBeTruthy();
    expect(screen.getByText('Bo Ek och Eva Strand')).toBeTruthy();
    const teams = screen.getByRole('link', { name: /^Anslut i Teams/ });
    expect(teams.getAttribute('target')).toBe('_blank');

    const agenda = screen.getByRole('region', { name: 'Föredragningslista' });
    const items = within(agenda)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(items.slice(0, 3)).toEqual(['1. Val av justerare', '2. Budget 2027', '3. Upphandling av ambulansflyg']);
    expect(within(agenda).getByText('RS 2026/123')).toBeTruthy();
    expect(within(agenda).getByText('Budgeten fastställs.')).toBeTruthy();
    expect(within(agenda).getAllByText('Beslutsärende').length).toBe(2);
    expect(within(agenda).getByText('Sekretess')).toBeTruthy();
    const doc = within(agenda).getByRole('link', { name: 'Budgetförslag, Beslutsunderlag (öppnas i en ny flik)' });
    expect(doc.getAttribute('href')).toBe('https://example.sharepoint.com/budget.pdf');
    expect(doc.getAttribute('target')).toBe('_blank');
    expect(doc.getAttribute('rel')).toContain('noopener');
    expect(within(agenda).getByRole('heading', { name: 'Handlingar till hela sammanträdet' })).toBeTruthy();
    expect(within(agenda).getByRole('link', { name: /^Kallelse, Kallelse/ })).toBeTruthy();
    // members have no clerk's tools and no roll call
    expect(screen.queryByRole('heading', { name: 'Sekreterarens verktyg' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Upprop och närvaro' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('marks what changed since the last visit, then records this visit', async () => {
    const store = meetingStore(meetingDetails());
    const markSeen = jest.fn();
    await openPage(member(store, { visits: { lastSeen: () => '2026-11-15T00:00:00Z', markSeen } }));
    const agenda = screen.getByRole('region', { name: 'Föredragningslista' });
    expect(within(agenda).getByText('2 saker är nya eller ändrade sedan ditt senaste besök.')).toBeTruthy();
    const marks = within(agenda).getAllByText('Nytt eller ändrat sedan ditt senaste besök');
    expect(marks).toHaveLength(2);
    // item 2 changed, and the budget document; item 1 did not
    expect(marks[0].closest('h4')?.textContent).toContain('2. Budget 2027');
    expect(marks[1].closest('li')?.textContent).toContain('Budgetförslag');
    expect(within(agenda).getByRole('heading', { level: 4, name: '1. Val av justerare' })).toBeTruthy();
    expect(markSeen).toHaveBeenCalledWith(42, '2026-11-24T09:00:00.000Z');
  });

  it('marks nothing on a first visit', async () => {
    await openPage(member(meetingStore(meetingDetails())));
    expect(screen.queryByText('Nytt eller ändrat sedan ditt senaste besök')).toBeNull();
  });

  it('confirms attendance and shows the new state', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    expect(screen.getByText('Du har inte meddelat om du kommer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Jag kommer' }));
    expect(await screen.findByText('Du har meddelat att du kommer.')).toBeTruthy();
    expect(store.repo.confirmAttendance).toHaveBeenCalledWith(42);
    expect(screen.queryByRole('button', { name: 'Jag kommer' })).toBeNull();
  });

  it('reports absence for chosen items with a reason, refuses an overlapping notice in words, and withdraws it', async () => {
    const store = meetingStore(meetingDetails());
    const { container } = await openPage(member(store));
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '2. Budget 2027' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Anledning/ }), { target: { value: 'Sjuk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Du har anmält förhinder för ärende 2-3.')).toBeTruthy();
    expect(store.repo.reportAbsence).toHaveBeenCalledWith(42, [2, 3], 'Sjuk');
    expect(screen.getByText('Nämndsekreteraren kallar in ersättare.')).toBeTruthy();
    await expectNoAxeViolations(container);

    // the same item again: the domain refuses, nothing is written
    fireEvent.click(screen.getByRole('checkbox', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Du har redan anmält förhinder för ärende 3.')).toBeTruthy();
    expect(store.repo.reportAbsence).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Återkalla förhinder' }));
    expect(await screen.findByText('Du har inte meddelat om du kommer.')).toBeTruthy();
    expect(store.repo.withdrawAbsence).toHaveBeenCalledWith(42, null);
  });

  it('shows the stored answer, never the last click, and puts focus on it', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    fireEvent.click(screen.getByRole('button', { name: 'Jag kommer' }));
    const stored = await screen.findByText('Du har meddelat att du kommer.');
    expect(document.activeElement).toBe(stored.closest('[role="status"]'));

    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    const absent = await screen.findByText('Du har anmält förhinder för hela sammanträdet.');
    expect(screen.queryByText(/du kommer/)).toBeNull();
    expect(document.activeElement).toBe(absent.closest('[role="status"]'));
  });

  it('after a notice for chosen items, focus lands on the stored notice, not the page body', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    const stored = await screen.findByText('Du har anmält förhinder för ärende 3.');
    expect(document.activeElement).toBe(stored.closest('[role="status"]'));
  });

  it("says beside the chosen items what leaving means under the body's rule on returning", async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '2. Budget 2027' }));
    expect(
      screen.getByText(
        'Organet tillåter inte att du återinträder samma dag. Lämnar du vid ärende 2 tjänstgör du inte mer i dag; en ersättare tjänstgör för dig i ärende 2-3.',
      ),
    ).toBeTruthy();
  });

  it('where the body allows returning, says the member serves again after the chosen item', async () => {
    const d = meetingDetails();
    const store = meetingStore({ ...d, rules: { ...d.rules, returnSameDayAllowed: true } });
    await openPage(member(store));
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '2. Budget 2027' }));
    expect(screen.getByText(/^Du tjänstgör i ärende 1, 3\. En ersättare tjänstgör för dig i ärende 2\.$/)).toBeTruthy();
  });

  it('says why a meeting was cancelled and offers no participation on it', async () => {
    const store = meetingStore(meetingDetails({ status: 'Cancelled', cancellationReason: 'Ordföranden är sjuk.' }));
    const { container } = await openPage(member(store));
    expect(await screen.findByText('Sammanträdet är inställt. Skäl: Ordföranden är sjuk.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jag kommer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Anmäl förhinder' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('asks for items when "Valda ärenden" has none chosen', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Välj minst ett ärende, eller välj hela sammanträdet.')).toBeTruthy();
    expect(store.repo.reportAbsence).not.toHaveBeenCalled();
  });

  it('refuses an absence notice once the meeting has started', async () => {
    const store = meetingStore(meetingDetails());
    const services = member(store);
    services.clock.now = () => new Date('2026-12-01T08:30:00Z');
    await openPage(services);
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Sammanträdet har redan börjat. Kontakta nämndsekreteraren direkt.')).toBeTruthy();
    expect(store.repo.reportAbsence).not.toHaveBeenCalled();
  });

  it('shows a failed write as the error kind says', async () => {
    const store = meetingStore(meetingDetails());
    store.repo.confirmAttendance.mockRejectedValueOnce(new DataError('throttled', 'Too many requests'));
    await openPage(member(store));
    fireEvent.click(screen.getByRole('button', { name: 'Jag kommer' }));
    expect(await screen.findByText('Microsoft 365 har för många förfrågningar just nu.', { selector: 'p' })).toBeTruthy();
  });

  it('declares jäv with a reason (required) and withdraws it', async () => {
    const store = meetingStore(meetingDetails());
    const { container } = await openPage(member(store));
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl jäv' }));
    expect(await screen.findByText('Välj ärendet som jävet gäller.')).toBeTruthy();
    expect(screen.getByText('Skriv skälet för jävet.')).toBeTruthy();

    const conflict = screen.getByRole('radiogroup', { name: /^Ärende/ });
    fireEvent.click(within(conflict).getByRole('radio', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Skäl för jävet/ }), { target: { value: 'Min make är anbudsgivare.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl jäv' }));
    expect(await screen.findByText('Ärende 3. Upphandling av ambulansflyg')).toBeTruthy();
    expect(store.repo.declareConflict).toHaveBeenCalledWith(42, 13, 'Min make är anbudsgivare.');
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Återkalla jäv i ärende 3' }));
    expect(await screen.findByText('Jävet är återkallat.')).toBeTruthy();
    expect(store.repo.withdrawConflict).toHaveBeenCalledWith(42, 13);
    expect(screen.queryByText('Ärende 3. Upphandling av ambulansflyg')).toBeNull();
  });

  it('guards a typed absence notice against Back and reload until it is stored', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Valda ärenden' }));
    // choosing "Valda ärenden" alone is no input to lose
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: '2. Budget 2027' }));
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: /Anledning/ }), { target: { value: 'Sjuk' } });
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl förhinder' }));
    expect(await screen.findByText('Du har anmält förhinder för ärende 2.')).toBeTruthy();
    expect(hasUnsavedChanges()).toBe(false);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('guards a jäv declaration being written until it is stored', async () => {
    const store = meetingStore(meetingDetails());
    await openPage(member(store));
    const conflict = screen.getByRole('radiogroup', { name: /^Ärende/ });
    fireEvent.click(within(conflict).getByRole('radio', { name: '3. Upphandling av ambulansflyg' }));
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: /Skäl för jävet/ }), { target: { value: 'Min make är anbudsgivare.' } });
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl jäv' }));
    expect(await screen.findByText('Ärende 3. Upphandling av ambulansflyg')).toBeTruthy();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('tells a substitute whom they are called in to serve for', async () => {
    const details = meetingDetails({
      // Bo Ek (S, seat 2) is absent; Fredrik Ås (S substitute 1) is signed in
      attendance: [
        { id: 1, personId: 2, kind: 'Absence', itemNumbers: null, fromItemId: null, reason: null, at: '2026-11-20T10:00:00Z', authorId: 2 },
      ],
      myAssignments: [
        {
          id: 20,
          personId: 8,
          bodyId: 1,
          role: 'Substitute',
          position: null,
          party: 'S',
          substituteOrder: 1,
          validFrom: '2022-10-15',
          validTo: null,
        },
      ],
    });
    const store = meetingStore(details, { userId: 8 });
    await openPage(member(store, { user: { siteUserId: 8, displayName: 'Fredrik Ås' } }));
    expect(await screen.findByText('Du är inkallad att tjänstgöra för Bo Ek.')).toBeTruthy();
  });

  it('says plainly that a meeting does not exist, without a retry that cannot help', async () => {
    const store = meetingStore(meetingDetails());
    store.repo.get.mockRejectedValueOnce(new DataError('notFound', 'Item does not exist'));
    render(<MeetingPage services={member(store)} meetingId={99999} nav={testNav()} />);
    expect(await screen.findByText('Sammanträdet finns inte.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('explains a failed load and tries again', async () => {
    const store = meetingStore(meetingDetails());
    store.repo.get.mockRejectedValueOnce(new DataError('network', 'Failed to fetch'));
    render(<MeetingPage services={member(store)} meetingId={42} nav={testNav()} />);
    expect(await screen.findByText('Det gick inte att nå Microsoft 365.', { selector: 'p' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Regionfullmäktige december' })).toBeTruthy();
  });

  it('speaks English', async () => {
    const store = meetingStore(meetingDetails());
    const { container } = await openPage(member(store, { locale: 'en-US' }));
    expect(screen.getByText('Tuesday 1 December 2026, 09:00–16:00')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Agenda' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My participation' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I will attend' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Budgetförslag, Decision basis (opens in a new tab)' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

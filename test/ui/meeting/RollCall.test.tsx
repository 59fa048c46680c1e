import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { RollCallPage } from '../../../src/ui/meeting/rollcall/RollCallPage';
import type { AttendanceEvent } from '../../../src/domain/meetings/types';
import { CLERK_ID, fakeServices, meetingDetails, meetingStore } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { testNav } from './nav';

jest.setTimeout(30000);

let nextId = 1;
const staffEvent = (
  personId: number,
  kind: AttendanceEvent['kind'],
  fromItemId: number | null = null,
  at = '2026-12-01T08:05:00Z',
): AttendanceEvent => ({
  id: nextId++,
  personId,
  kind,
  itemNumbers: null,
  fromItemId,
  reason: null,
  at,
  authorId: CLERK_ID,
});

function chair(store: ReturnType<typeof meetingStore>, locale = 'sv-SE') {
  return fakeServices({ locale, user: { siteUserId: CLERK_ID, displayName: 'Sara Sekreterare' }, meeting: store.repo });
}

async function open(services: ReturnType<typeof fakeServices>) {
  const view = render(<RollCallPage services={services} meetingId={42} nav={testNav()} />);
  await screen.findByRole('heading', { level: 2, name: 'Upprop: Regionfullmäktige december' });
  return view;
}

describe('RollCallPage', () => {
  it('records the roll call; quorum is always shown and its loss is announced', async () => {
    // three of five present: quorum (3 required)
    const details = meetingDetails({ attendance: [staffEvent(7, 'Present'), staffEvent(2, 'Present'), staffEvent(3, 'PresentRemote')] });
    const store = meetingStore(details, { userId: CLERK_ID, now: '2026-12-01T08:10:00Z' });
    const { container } = await open(chair(store));
    const quorum = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Ärende 1'))!;
    expect(quorum.textContent).toBe('Ärende 1: Beslutför: 3 av 5, krävs 3');
    expect(quorum.getAttribute('aria-live')).toBe('polite');
    await expectNoAxeViolations(container);

    const table = screen.getByRole('table', { name: 'Upprop i platsordning' });
    const bo = within(table).getByRole('row', { name: /Bo Ek/ });
    expect(within(bo).getByText('Närvarande', { selector: 'td' })).toBeTruthy();
    fireEvent.click(within(bo).getByRole('button', { name: 'Frånvarande: Bo Ek' }));
    expect(await screen.findByText('Ärende 1: Inte beslutför – 1 plats saknas')).toBeTruthy();
    expect(store.repo.recordAttendance).toHaveBeenCalledWith(42, 2, 'Absent', null);

    // the S substitute arrives and takes Bo Ek's seat: quorum again
    const subs = screen.getByRole('table', { name: 'Ersättare' });
    fireEvent.click(within(subs).getByRole('button', { name: 'Närvarande: Fredrik Ås' }));
    expect(await screen.findByText('Ärende 1: Beslutför: 3 av 5, krävs 3')).toBeTruthy();
    const seats = screen.getByRole('table', { name: 'Ärende 1' });
    const seat2 = within(seats).getByRole('row', { name: /Bo Ek/ });
    expect(within(seat2).getByText('Fredrik Ås')).toBeTruthy();
    expect(within(seat2).getByText('Tjänstgörande ersättare')).toBeTruthy();
    const seat3 = within(seats).getByRole('row', { name: /Cecilia Berg/ });
    expect(within(seat3).getByText('Ja')).toBeTruthy();
    const seat4 = within(seats).getByRole('row', { name: /David Holm/ });
    expect(within(seat4).getByText('Vakant')).toBeTruthy();
  });

  it('offers "På distans" only when remote participation is allowed', async () => {
    await open(chair(meetingStore(meetingDetails({ remoteAllowed: false }), { userId: CLERK_ID })));
    expect(screen.queryByRole('button', { name: 'På distans: Anna Lind' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Närvarande: Anna Lind' })).toBeTruthy();
  });

  it('records a departure from a chosen item and explains a refused return', async () => {
    const details = meetingDetails({
      attendance: [
        staffEvent(7, 'Present'),
        staffEvent(2, 'Present'),
        staffEvent(3, 'Present'),
        staffEvent(4, 'Departure', 12, '2026-12-01T09:00:00Z'),
        staffEvent(4, 'Arrival', 13, '2026-12-01T10:00:00Z'),
      ],
    });
    const store = meetingStore(details, { userId: CLERK_ID, now: '2026-12-01T10:30:00Z' });
    await open(chair(store));

    fireEvent.click(screen.getByRole('combobox', { name: /^Person/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Eva Strand (V)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Avgång' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Gäller från ärende/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(await screen.findByText('Registrerat för Eva Strand.')).toBeTruthy();
    expect(store.repo.recordAttendance).toHaveBeenCalledWith(42, 5, 'Departure', 13);

    fireEvent.click(screen.getByRole('combobox', { name: /^Ärende/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3. Upphandling av ambulansflyg' }));
    expect(
      await screen.findByText('David Holm har lämnat sammanträdet och får inte återinträda samma dag enligt organets regler.'),
    ).toBeTruthy();
  });

  it('never says "registered" for an arrival its rules refuse: it says what the rule means for the person', async () => {
    const details = meetingDetails({
      attendance: [staffEvent(4, 'Present'), staffEvent(4, 'Departure', 12, '2026-12-01T09:00:00Z')],
    });
    const store = meetingStore(details, { userId: CLERK_ID, now: '2026-12-01T10:30:00Z' });
    const { container } = await open(chair(store));
    fireEvent.click(screen.getByRole('combobox', { name: /^Person/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'David Holm (M)' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Gäller från ärende/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3. Upphandling av ambulansflyg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(
      await screen.findByText(
        'Ankomsten är noterad, men David Holm har lämnat sammanträdet och får enligt organets regler inte återinträda samma dag. David Holm tjänstgör inte från ärende 3.',
      ),
    ).toBeTruthy();
    expect(store.repo.recordAttendance).toHaveBeenCalledWith(42, 4, 'Arrival', 13);
    expect(screen.queryByText('Registrerat för David Holm.')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('warns beside the movement form, before saving, when the picked arrival is one the rules refuse', async () => {
    const left = [staffEvent(4, 'Present'), staffEvent(4, 'Departure', 12, '2026-12-01T09:00:00Z')];
    const store = meetingStore(meetingDetails({ attendance: left }), { userId: CLERK_ID, now: '2026-12-01T10:30:00Z' });
    const { container } = await open(chair(store));
    const form = screen.getByRole('region', { name: 'Ankomst och avgång' });
    const pick = async (name: RegExp, option: string) => {
      fireEvent.click(within(form).getByRole('combobox', { name }));
      fireEvent.click(await screen.findByRole('option', { name: option }));
    };
    const warning =
      'David Holm har lämnat sammanträdet och får enligt organets regler inte återinträda samma dag. Registreras ankomsten tjänstgör David Holm ändå inte från ärende 3.';
    await pick(/^Person/, 'David Holm (M)');
    await pick(/^Gäller från ärende/, '3. Upphandling av ambulansflyg');
    // nothing is saved yet, and the warning is the Record button's description
    const shown = await within(form).findByText(warning);
    expect(store.repo.recordAttendance).not.toHaveBeenCalled();
    const button = within(form).getByRole('button', { name: 'Registrera' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe(shown.textContent);
    await expectNoAxeViolations(container);

    // a departure, or an arrival from the item they left on, is not refused: no warning
    fireEvent.click(within(form).getByRole('radio', { name: 'Avgång' }));
    expect(within(form).queryByText(warning)).toBeNull();
    expect(button.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(within(form).getByRole('radio', { name: 'Ankomst' }));
    expect(await within(form).findByText(warning)).toBeTruthy();
    await pick(/^Gäller från ärende/, '2. Budget 2027');
    expect(within(form).queryByText(/får enligt organets regler inte återinträda/)).toBeNull();
  });

  it('does not warn about an arrival after a departure where the body allows returning the same day', async () => {
    const base = meetingDetails({ attendance: [staffEvent(4, 'Present'), staffEvent(4, 'Departure', 12, '2026-12-01T09:00:00Z')] });
    const details = { ...base, rules: { ...base.rules, returnSameDayAllowed: true } };
    await open(chair(meetingStore(details, { userId: CLERK_ID, now: '2026-12-01T10:30:00Z' })));
    const form = screen.getByRole('region', { name: 'Ankomst och avgång' });
    fireEvent.click(within(form).getByRole('combobox', { name: /^Person/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'David Holm (M)' }));
    fireEvent.click(within(form).getByRole('combobox', { name: /^Gäller från ärende/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3. Upphandling av ambulansflyg' }));
    expect(within(form).getByRole('combobox', { name: /^Gäller från ärende/ }).textContent).toContain('3. Upphandling av ambulansflyg');
    expect(screen.queryByText(/får enligt organets regler inte återinträda/)).toBeNull();
  });

  it('shows jäv on the item, who serves instead, and lets the body rule on it', async () => {
    const details = meetingDetails({
      attendance: [staffEvent(7, 'Present'), staffEvent(2, 'Present'), staffEvent(3, 'Present'), staffEvent(8, 'Present')],
      conflicts: [{ id: 1, personId: 2, itemId: 11, kind: 'Declared', reason: 'Nominerad själv', at: '2026-12-01T08:20:00Z', authorId: 2 }],
    });
    const store = meetingStore(details, { userId: CLERK_ID, now: '2026-12-01T09:00:00Z' });
    const { container } = await open(chair(store));
    expect(screen.getByText('Bo Ek är jävig. Fredrik Ås tjänstgör i stället.')).toBeTruthy();
    expect(screen.getByText('Bo Ek har anmält jäv: Nominerad själv')).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Jäv föreligger inte: Bo Ek' }));
    expect(await screen.findByText('Bo Ek: Organet har beslutat att jäv inte föreligger.')).toBeTruthy();
    expect(store.repo.ruleOnConflict).toHaveBeenCalledWith(42, 11, 2, false);
    expect(screen.queryByText(/Bo Ek är jävig/)).toBeNull();
  });

  it('speaks English', async () => {
    const store = meetingStore(meetingDetails({ attendance: [staffEvent(7, 'Present')] }), { userId: CLERK_ID });
    const { container } = render(<RollCallPage services={chair(store, 'en-US')} meetingId={42} nav={testNav()} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Roll call: Regionfullmäktige december' })).toBeTruthy();
    expect(screen.getByText('Item 1: No quorum – 2 seats missing')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remote: Bo Ek' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

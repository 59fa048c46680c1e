import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, act } from '@testing-library/react';
import { MeetingForm } from '../../../src/ui/meeting/clerk/MeetingForm';
import { draftOf } from '../../../src/ui/meeting/clerk/meetingDraft';
import type { BodyPerson, BodySummary } from '../../../src/data/services';
import { resolveLanguage } from '../../../src/ui/strings';
import { fakeServices, meetingDetails } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';

jest.setTimeout(30000);

const rf: BodySummary = {
  id: 1,
  code: 'RF',
  name: 'Regionfullmäktige',
  kind: 'RegionalAssembly',
  defaultLocation: 'Regionhuset, Luleå',
  noticeDaysBefore: 7,
  coSignerCount: 2,
  coSignersMayBeSubstitutes: false,
  groupId: null,
};

const people: BodyPerson[] = [
  { id: 2, displayName: 'Bo Ek', email: 'bo.ek@norrbotten.example', role: 'Member' },
  { id: 5, displayName: 'Eva Strand', email: 'eva.strand@norrbotten.example', role: 'Member' },
  { id: 7, displayName: 'Fredrik Ås', email: 'fredrik.as@norrbotten.example', role: 'Substitute' },
  { id: 8, displayName: 'Gun Nilsson', email: 'gun.nilsson@norrbotten.example', role: 'Substitute' },
];

// the fakes' clock says 2026-11-24
function editForm(body: BodySummary = rf) {
  const updateMeeting = jest.fn(async () => undefined);
  const services = fakeServices({
    clerk: { bodies: () => Promise.resolve([body]), peopleOf: () => Promise.resolve(people), updateMeeting },
  });
  const details = meetingDetails({ bodyId: 1 });
  const view = render(
    <MeetingForm
      services={services}
      language={resolveLanguage('sv-SE')}
      initial={draftOf(details)}
      meetingId={42}
      onSaved={() => undefined}
    />,
  );
  return { ...view, updateMeeting, details };
}

const save = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
  await act(async () => undefined);
};

describe('MeetingForm dates', () => {
  it('keeps an impossible date as typed, says so beside the field and does not save the old one', async () => {
    const { updateMeeting, container } = editForm();
    await act(async () => undefined);
    const date = screen.getByRole('textbox', { name: /^Datum/ }) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2027-02-30' } });
    fireEvent.blur(date);
    expect(date.value).toBe('2027-02-30');
    await save();
    expect(date.value).toBe('2027-02-30');
    expect(screen.getByText('2027-02-30 är inget datum. Skriv datumet som åååå-mm-dd, till exempel 2027-02-26.')).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(updateMeeting).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    fireEvent.change(date, { target: { value: '2027-02-26' } });
    await save();
    expect(updateMeeting).toHaveBeenCalledWith(42, expect.objectContaining({ start: '2027-02-26T08:00:00.000Z' }));
  });

  it('asks for a confirmation beside a date that has already passed before saving it', async () => {
    const { updateMeeting } = editForm();
    await act(async () => undefined);
    fireEvent.change(screen.getByRole('textbox', { name: /^Datum/ }), { target: { value: '2026-11-20' } });
    const confirm = screen.getByRole('checkbox', { name: 'Ja, sammanträdet ska ha ett datum som redan har varit' });
    await save();
    expect(screen.getByText('Datumet har redan varit. Kryssa i rutan under om sammanträdet ändå ska sparas med det datumet.')).toBeTruthy();
    expect(updateMeeting).not.toHaveBeenCalled();

    fireEvent.click(confirm);
    await save();
    expect(updateMeeting).toHaveBeenCalledWith(42, expect.objectContaining({ start: '2026-11-20T08:00:00.000Z' }));
  });

  it('chooses a date in the calendar with the keyboard-reachable button', async () => {
    editForm();
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Välj datum i kalendern' }));
    expect(await screen.findByRole('dialog', { name: 'Datum' })).toBeTruthy();
  });
});

describe('MeetingForm chair and co-signers', () => {
  const chooseCoSigners = async (names: string[]) => {
    fireEvent.click(screen.getByRole('combobox', { name: /^Justerare/ }));
    // the fixture's co-signers are Bo Ek and Eva Strand: take them off, then choose
    for (const n of ['Bo Ek (ledamot)', 'Eva Strand (ledamot)', ...names]) fireEvent.click(await screen.findByRole('option', { name: n }));
    // in jsdom's narrow window Fluent shows the list in a panel
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await act(async () => undefined);
  };

  it('shows each person with their role and refuses substitutes as co-signers where the body does not allow it', async () => {
    const { updateMeeting, container } = editForm();
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('combobox', { name: /^Ordförande/ }));
    expect(await screen.findByRole('option', { name: 'Fredrik Ås (ersättare)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'Bo Ek (ledamot)' }));

    await chooseCoSigners(['Fredrik Ås (ersättare)', 'Gun Nilsson (ersättare)']);
    await save();
    expect(screen.getByText('Välj justerare bland ledamöterna: organet låter inte ersättare justera.')).toBeTruthy();
    expect(updateMeeting).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('lets substitutes co-sign where the body allows it', async () => {
    const { updateMeeting } = editForm({ ...rf, coSignersMayBeSubstitutes: true });
    await act(async () => undefined);
    await chooseCoSigners(['Fredrik Ås (ersättare)', 'Gun Nilsson (ersättare)']);
    await save();
    expect(updateMeeting).toHaveBeenCalledWith(42, expect.objectContaining({ coSignerIds: [7, 8] }));
  });
});

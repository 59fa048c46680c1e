import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, act } from '@testing-library/react';
import { MeetingForm } from '../../../src/ui/meeting/clerk/MeetingForm';
import { draftOf } from '../../../src/ui/meeting/clerk/meetingDraft';
import type { BodySummary } from '../../../src/data/services';
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
  groupId: null,
};

// the fakes' clock says 2026-11-24
function editForm() {
  const updateMeeting = jest.fn(async () => undefined);
  const services = fakeServices({
    clerk: { bodies: () => Promise.resolve([rf]), peopleOf: () => Promise.resolve([]), updateMeeting },
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

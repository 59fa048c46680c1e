import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, within, act, waitFor } from '@testing-library/react';
import { MeetingPage } from '../../../src/ui/meeting/MeetingPage';
import { NewMeetingPage } from '../../../src/ui/meeting/clerk/NewMeetingPage';
import { DataError, type BodySummary, type MeetingDetails } from '../../../src/data/services';
import { hasUnsavedChanges } from '../../../src/ui/common/unsavedChanges';
import { CLERK_ID, fakeServices, meetingDetails, meetingStore } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { testNav } from './nav';

// The clerk's page is large (every item has its tools) and axe and Fluent are slow in jsdom.
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
const people = [
  { id: 2, displayName: 'Bo Ek', email: 'bo.ek@norrbotten.example', role: 'Member' as const },
  { id: 3, displayName: 'Cecilia Berg', email: 'cecilia.berg@norrbotten.example', role: 'Member' as const },
];

/** Moves an item the way the repository does: to the new number, the rest renumbered. */
function moved(d: MeetingDetails, itemId: number, to: number): MeetingDetails {
  const order = [...d.items].sort((a, b) => a.number - b.number);
  const from = order.findIndex((i) => i.id === itemId);
  const [item] = order.splice(from, 1);
  order.splice(to - 1, 0, item);
  return { ...d, items: order.map((i, n) => ({ ...i, number: n + 1 })) };
}

function clerkServices(
  store: ReturnType<typeof meetingStore>,
  clerk: NonNullable<Parameters<typeof fakeServices>[0]>['clerk'] = {},
  locale = 'sv-SE',
) {
  return fakeServices({
    locale,
    user: { siteUserId: CLERK_ID, displayName: 'Sara Sekreterare' },
    meeting: store.repo,
    clerk: { canEdit: () => Promise.resolve(true), bodies: () => Promise.resolve([rf]), peopleOf: () => Promise.resolve(people), ...clerk },
  });
}

async function openAsClerk(services: ReturnType<typeof fakeServices>) {
  const view = render(<MeetingPage services={services} meetingId={42} nav={testNav()} />);
  await screen.findByRole('heading', { name: 'Sekreterarens verktyg' });
  return view;
}

describe('New meeting (clerk)', () => {
  it('names every missing field, then creates the meeting in Swedish time and goes to it', async () => {
    const createMeeting = jest.fn(async () => 99);
    const nav = testNav();
    const services = fakeServices({
      clerk: {
        canEdit: () => Promise.resolve(true),
        bodies: () => Promise.resolve([rf]),
        peopleOf: () => Promise.resolve(people),
        createMeeting,
      },
    });
    const { container } = render(<NewMeetingPage services={services} nav={nav} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Nytt sammanträde' })).toBeTruthy();
    await act(async () => undefined);
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Skapa sammanträdet' }));
    expect(await screen.findByText('3 fält behöver rättas.')).toBeTruthy();
    expect(screen.getByText('Välj organ.')).toBeTruthy();
    expect(screen.getByText('Skriv en rubrik.')).toBeTruthy();
    expect(screen.getByText('Välj datum.')).toBeTruthy();
    expect(createMeeting).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('combobox', { name: /^Organ/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Regionfullmäktige' }));
    expect((screen.getByRole('textbox', { name: 'Plats' }) as HTMLInputElement).value).toBe('Regionhuset, Luleå');
    fireEvent.change(screen.getByRole('textbox', { name: /^Rubrik/ }), { target: { value: 'Regionfullmäktige februari' } });
    const date = screen.getByRole('textbox', { name: /^Datum/ });
    fireEvent.change(date, { target: { value: '2027-02-16' } });
    fireEvent.blur(date);
    fireEvent.change(screen.getByRole('textbox', { name: /^Sluttid/ }), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa sammanträdet' }));
    expect(await screen.findByText('Sluttiden måste vara efter starttiden.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /^Sluttid/ }), { target: { value: '16:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa sammanträdet' }));
    await act(async () => undefined);
    expect(createMeeting).toHaveBeenCalledWith({
      bodyId: 1,
      title: 'Regionfullmäktige februari',
      // 09:00 and 16:30 Swedish winter time
      start: '2027-02-16T08:00:00.000Z',
      end: '2027-02-16T15:30:00.000Z',
      location: 'Regionhuset, Luleå',
      remoteAllowed: false,
      chairId: null,
      coSignerIds: [],
      signingDue: null,
    });
    expect(nav.go).toHaveBeenCalledWith('#/sammantrade/99');
  });
});

describe('Meeting page (clerk)', () => {
  it('moves an item with the keyboard and keeps focus on it', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const moveItem = jest.fn(async (_m: number, itemId: number, to: number) => store.set(moved(store.current(), itemId, to)));
    const { container } = await openAsClerk(clerkServices(store, { moveItem }));
    await expectNoAxeViolations(container);

    const up = screen.getByRole('button', { name: 'Flytta upp ärende 2, Budget 2027' });
    up.focus();
    fireEvent.keyDown(up, { key: 'ArrowUp', altKey: true });
    expect(await screen.findByText('Budget 2027 är nu ärende 1.')).toBeTruthy();
    expect(moveItem).toHaveBeenCalledWith(42, 12, 1);
    const agenda = screen.getByRole('region', { name: 'Föredragningslista' });
    expect(within(agenda).getAllByRole('heading', { level: 4 })[0].textContent).toBe('1. Budget 2027');
    // at the top "up" is disabled: focus is on the same item's "down"
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta ned ärende 1, Budget 2027' }));

    fireEvent.click(screen.getByRole('button', { name: 'Flytta ned ärende 1, Budget 2027' }));
    expect(await screen.findByText('Budget 2027 är nu ärende 2.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta ned ärende 2, Budget 2027' }));
  });

  it('asks before removing an item and explains a refusal because documents are attached', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const deleteItem = jest.fn(async () => {
      throw new DataError('conflict', 'Item has documents');
    });
    await openAsClerk(clerkServices(store, { deleteItem }));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort ärende 2, Budget 2027' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Ärende 2, Budget 2027, tas bort från föredragningslistan. Ärendena efter numreras om.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), { timeout: 3000 });
    expect(await screen.findByText(/Ärendet har handlingar och kan inte tas bort/)).toBeTruthy();
    expect(deleteItem).toHaveBeenCalledWith(12);
    expect(screen.queryByText('Någon annan ändrade samtidigt.')).toBeNull();
    expect(screen.getByRole('heading', { level: 4, name: '2. Budget 2027' })).toBeTruthy();
  });

  it('adds an item and requires its title', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const addItem = jest.fn(async (_m: number, input: { title: string }) => {
      const d = store.current();
      const item = { ...d.items[0], id: 14, number: 4, ...input, modified: '2026-11-24T09:00:00Z' };
      store.set({ ...d, items: [...d.items, item] });
      return item;
    });
    await openAsClerk(clerkServices(store, { addItem }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till ärende' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara ärendet' }));
    expect(await screen.findByText('Skriv ärendets rubrik.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Rubrik/ }), { target: { value: 'Motion om tandvård' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ärendet' }));
    expect(await screen.findByRole('heading', { level: 4, name: '4. Motion om tandvård' })).toBeTruthy();
    expect(addItem).toHaveBeenCalledWith(42, {
      title: 'Motion om tandvård',
      caseNumber: '',
      kind: 'Decision',
      proposedDecision: '',
      confidential: false,
    });
  });

  it('holds an item title to the list field size and says a refused save beside the form', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const addItem = jest.fn().mockRejectedValueOnce(new DataError('invalid', 'The value is too long', undefined, 'valueInvalid'));
    await openAsClerk(clerkServices(store, { addItem }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till ärende' }));
    const title = screen.getByRole('textbox', { name: /^Rubrik/ });
    expect(title.getAttribute('maxlength')).toBe('255');
    expect(screen.getByRole('textbox', { name: 'Diarienummer' }).getAttribute('maxlength')).toBe('40');
    // pasted or scripted text is not stopped by maxlength: the form checks it too
    fireEvent.change(title, { target: { value: 'x'.repeat(300) } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ärendet' }));
    expect(await screen.findByText('Texten får vara högst 255 tecken, nu är den 300. Korta den.')).toBeTruthy();
    expect(addItem).not.toHaveBeenCalled();

    fireEvent.change(title, { target: { value: 'Motion om tandvård' } });
    const form = title.closest('form')!;
    fireEvent.click(within(form).getByRole('button', { name: 'Spara ärendet' }));
    expect(await within(form).findByText('Ett av värdena godtogs inte.')).toBeTruthy();
  });

  it('uploads a document to an item and shows a failure', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const uploadDocument = jest
      .fn()
      .mockRejectedValueOnce(new DataError('forbidden', 'Access denied'))
      .mockResolvedValueOnce({ fileName: 'tjansteskrivelse.pdf' });
    await openAsClerk(clerkServices(store, { uploadDocument }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till handling till ärende 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(await screen.findByText('Välj en fil.')).toBeTruthy();
    const file = new File(['%PDF-1.4'], 'tjansteskrivelse.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Fil'), { target: { files: [file] } });
    expect((screen.getByRole('textbox', { name: /^Handlingens namn/ }) as HTMLInputElement).value).toBe('tjansteskrivelse');
    fireEvent.click(screen.getByRole('checkbox', { name: /sekretess/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(await screen.findByText('Du har inte behörighet till det här.', { selector: 'p' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(await screen.findByText('tjansteskrivelse.pdf är uppladdad.')).toBeTruthy();
    expect(uploadDocument).toHaveBeenLastCalledWith(
      42,
      11,
      { name: 'tjansteskrivelse.pdf', content: expect.any(ArrayBuffer) },
      { title: 'tjansteskrivelse', kind: 'OfficerReport', confidential: true },
    );
  });

  it('asks whether to replace or keep both when the meeting already has a document of that file name', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const uploadDocument = jest
      .fn()
      .mockRejectedValueOnce(new DataError('conflict', 'A file with the name exists', 409, 'fileExists'))
      .mockResolvedValueOnce({ fileName: 'Tjänsteskrivelse.pdf' })
      .mockRejectedValueOnce(new DataError('conflict', 'A file with the name exists', 409, 'fileExists'))
      .mockResolvedValueOnce({ fileName: 'Tjänsteskrivelse (2).pdf' });
    await openAsClerk(clerkServices(store, { uploadDocument }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till handling till ärende 1' }));
    const choose = () => {
      const file = new File(['%PDF-1.4'], 'Tjänsteskrivelse.pdf', { type: 'application/pdf' });
      fireEvent.change(screen.getByLabelText('Fil'), { target: { files: [file] } });
      fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    };
    choose();
    expect(await screen.findByText(/Sammanträdet har redan en handling med filnamnet Tjänsteskrivelse.pdf/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ersätt med en ny version' }));
    expect(await screen.findByText('Tjänsteskrivelse.pdf är uppladdad.')).toBeTruthy();
    expect(uploadDocument.mock.calls[1][3]).toMatchObject({ title: 'Tjänsteskrivelse', sameName: 'replace' });
    choose();
    expect(await screen.findByText(/Sammanträdet har redan en handling med filnamnet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Behåll båda' }));
    // the name the new file was stored under
    expect(await screen.findByText('Tjänsteskrivelse (2).pdf är uppladdad.')).toBeTruthy();
    expect(uploadDocument.mock.calls[3][3]).toMatchObject({ sameName: 'keepBoth' });
    // the first try asked nothing of the repository but to refuse a name already there
    expect(uploadDocument.mock.calls[0][3].sameName).toBeUndefined();
  });

  it('asks the same-name question beside the file field, with focus on it, and a cancel uploads nothing', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const uploadDocument = jest.fn().mockRejectedValueOnce(new DataError('conflict', 'A file with the name exists', 409, 'fileExists'));
    const { container } = await openAsClerk(clerkServices(store, { uploadDocument }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till handling till ärende 1' }));
    const input = screen.getByLabelText('Fil');
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'Tjänsteskrivelse.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    const question = await screen.findByText(/^Sammanträdet har redan en handling med filnamnet Tjänsteskrivelse.pdf/);
    // beside the field: in the field's own block, its description, and where focus is (Ladda upp is disabled meanwhile)
    expect(question.closest('div[role="group"]')!.parentElement).toBe(input.parentElement);
    expect(input.getAttribute('aria-describedby')).toBe(question.id);
    expect(document.activeElement).toBe(question);
    const choices = screen.getByRole('group', { name: /^Sammanträdet har redan en handling/ });
    expect(
      within(choices)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Ersätt med en ny version', 'Behåll båda', 'Avbryt']);
    await expectNoAxeViolations(container);

    fireEvent.click(within(choices).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('group', { name: /^Sammanträdet har redan en handling/ })).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(uploadDocument).toHaveBeenCalledTimes(1);
  });

  it('says under the confidentiality box exactly who can open a confidential document', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const { container } = await openAsClerk(clerkServices(store));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till handling till ärende 1' }));
    const box = screen.getByRole('checkbox', { name: 'Omfattas av sekretess' });
    const help = document.getElementById(box.getAttribute('aria-describedby')!)!;
    // the same people as the folder's permissions (documentFolders.ts grantBody)
    expect(help.textContent).toBe(
      'Bara webbplatsens ägare, organets sekreterare och organets ledamöter med uppdrag på sammanträdets dag (även ordföranden och vice ordförandena) kan öppna handlingen. Ersättare (även inkallade), andra organs sekreterare och ledamöter samt allmänheten kan inte öppna den.',
    );
    await expectNoAxeViolations(container);
  });

  it('publishes the notice only after showing who gets it, and warns visibly when the announcement is late', async () => {
    const absent = {
      id: 1,
      personId: 2,
      kind: 'Absence' as const,
      itemNumbers: null,
      fromItemId: null,
      reason: null,
      at: '2026-11-20T10:00:00Z',
      authorId: 2,
    };
    const store = meetingStore(meetingDetails({ attendance: [absent] }), { userId: CLERK_ID });
    const publishNotice = jest.fn(async () => ({
      eventId: 'e1',
      teamsJoinUrl: 'https://teams.microsoft.com/l/meetup-join/new',
      lateAnnouncement: true,
      invited: 12,
    }));
    const { container } = await openAsClerk(clerkServices(store, { publishNotice }));
    fireEvent.click(screen.getByRole('button', { name: 'Publicera kallelsen igen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Skicka kallelsen?' });
    expect(
      within(dialog).getByText(
        'Kallelsen når organets 7 ledamöter och ersättare i gruppkalendern. 1 inkallad ersättare får också en egen inbjudan: Fredrik Ås.',
      ),
    ).toBeTruthy();
    expect(publishNotice).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka kallelsen' }));
    expect(await screen.findByText('Kungörelsen publiceras mindre än 7 dagar före sammanträdet.')).toBeTruthy();
    expect(
      screen.getByText(/Kallelsen är publicerad i organets gruppkalender, och 12 inkallade ersättare har fått en egen inbjudan/),
    ).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows the attendance picture: answers, called-in substitutes, counts and who has not answered', async () => {
    const details = meetingDetails({
      attendance: [
        { id: 1, personId: 2, kind: 'Absence', itemNumbers: null, fromItemId: null, reason: null, at: '2026-11-20T10:00:00Z', authorId: 2 },
        {
          id: 2,
          personId: 3,
          kind: 'WillAttend',
          itemNumbers: null,
          fromItemId: null,
          reason: null,
          at: '2026-11-20T10:00:00Z',
          authorId: 3,
        },
        { id: 3, personId: 4, kind: 'Absence', itemNumbers: [3], fromItemId: null, reason: null, at: '2026-11-20T10:00:00Z', authorId: 4 },
      ],
    });
    await openAsClerk(clerkServices(meetingStore(details, { userId: CLERK_ID })));
    const picture = screen.getByRole('region', { name: 'Närvarobild' });
    expect(within(picture).getByText('Kommer: 1. Förhinder: 2. Inte svarat: 4.')).toBeTruthy();
    const rows = within(picture).getAllByRole('row');
    const bo = rows.find((r) => r.textContent?.includes('Bo Ek'))!;
    expect(within(bo).getByText('Förhinder')).toBeTruthy();
    expect(within(bo).getByText('Fredrik Ås')).toBeTruthy();
    const david = rows.find((r) => r.textContent?.includes('David Holm'))!;
    expect(within(david).getByText('Förhinder (ärende 3)')).toBeTruthy();
    expect(within(david).getByText('Greta Lund')).toBeTruthy();
    expect(within(picture).getByText('Anna Lind (Ledamot, S)')).toBeTruthy();
    // a notice for item 3 names it by number: the agenda builder warns before items move
    // (MessageBar renders its text a moment later)
    expect(await screen.findByText(/Ett förhinder gäller enskilda ärenden och anger dem med nummer/)).toBeTruthy();
  });

  it('does not warn about moving items when no notice names single items', async () => {
    await openAsClerk(clerkServices(meetingStore(meetingDetails(), { userId: CLERK_ID })));
    expect(screen.queryByText(/förhinder gäller enskilda ärenden/)).toBeNull();
  });

  it('cancels the meeting only with a reason, after asking', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const cancelMeeting = jest.fn(async () => store.set({ ...store.current(), status: 'Cancelled' }));
    await openAsClerk(clerkServices(store, { cancelMeeting }));
    fireEvent.click(screen.getByRole('button', { name: 'Ställ in sammanträdet' }));
    expect(await screen.findByText('Skriv varför sammanträdet ställs in.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Varför ställs sammanträdet in/ }), {
      target: { value: 'Ordföranden är sjuk.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ställ in sammanträdet' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ställ in' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(screen.getAllByText('Sammanträdet är inställt.').length).toBeGreaterThan(0));
    expect(screen.getByText('Inställt')).toBeTruthy();
    expect(cancelMeeting).toHaveBeenCalledWith(42, 'Ordföranden är sjuk.');
  });

  it('guards a typed cancellation reason against Back and reload until the meeting is cancelled', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const cancelMeeting = jest.fn(async () => store.set({ ...store.current(), status: 'Cancelled' }));
    await openAsClerk(clerkServices(store, { cancelMeeting }));
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByRole('textbox', { name: /^Varför ställs sammanträdet in/ }), {
      target: { value: 'Ordföranden är sjuk.' },
    });
    expect(hasUnsavedChanges()).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    // going back to the form from the question keeps the guard
    fireEvent.click(screen.getByRole('button', { name: 'Ställ in sammanträdet' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ställ in sammanträdet' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ställ in' }));
    await waitFor(() => expect(screen.getByText('Inställt')).toBeTruthy());
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('speaks English', async () => {
    const store = meetingStore(meetingDetails(), { userId: CLERK_ID });
    const { container } = render(<MeetingPage services={clerkServices(store, {}, 'en-US')} meetingId={42} nav={testNav()} />);
    expect(await screen.findByRole('heading', { name: "Clerk's tools" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move up item 2, Budget 2027' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Attendance picture' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

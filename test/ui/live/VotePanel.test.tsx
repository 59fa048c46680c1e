import '../support/fluent';
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { LiveApp } from '../../../src/ui/live/LiveApp';
import { VotePanel } from '../../../src/ui/live/voting/VotePanel';
import { VoteNews } from '../../../src/ui/live/voting/VoteNews';
import { snapshotPicture } from '../../../src/data/live/snapshotPicture';
import { votingRefusal } from '../../../src/data/voting/refusal';
import { DataError, type LiveClient, type LiveSnapshot } from '../../../src/data/services';
import type { VotingView } from '../../../src/data/voting/desk';
import { commonStrings, formatTime, resolveLanguage, stringsFor, type StringTable } from '../../../src/ui/strings';
import { votingStrings } from '../../../src/ui/strings/voting';
import { votingErrorStrings } from '../../../src/ui/strings/votingErrors';
import { fakeServices } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { ballot, clientOf, closedVote, fakeDesk, peopleFor, QUESTION, voteRecord, votingSnapshot, type FakeDesk } from './votingFixtures';

jest.setTimeout(30000);

const sv = resolveLanguage('sv-SE');
const common = stringsFor(commonStrings, sv);
const time = (iso: string) => formatTime(iso, sv);

function renderPanel(desk: FakeDesk, me: number, snap: LiveSnapshot = votingSnapshot()) {
  const picture = snapshotPicture(snap);
  return render(
    <VotePanel client={clientOf(desk)} snapshot={snap} picture={picture} people={peopleFor(snap)} me={me} common={common} time={time} />,
  );
}

const openDesk = (over: Partial<VotingView> = {}, cast?: Parameters<typeof fakeDesk>[1]) =>
  fakeDesk({ onScreen: voteRecord(), eligible: true, ...over }, cast);

describe('the vote panel in the member view', () => {
  it('shows the question in full and one radio group whose labels say what each choice means', async () => {
    const { container } = renderPanel(openDesk(), 7);
    const group = await screen.findByRole('radiogroup', { name: 'Din röst' });
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).getByRole('radio', { name: 'Ja – bifall till förslaget till beslut' })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: 'Nej – bifall till Anna Linds (S) yrkande' })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: 'Avstår' })).toBeTruthy();
    expect(screen.getByText(QUESTION)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Votering pågår' })).toBeTruthy();
    expect(screen.getByText('3 av 5 har röstat')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('asks to confirm, then shows the receipt with the server time and the ballot id, and no form any more', async () => {
    const desk = openDesk();
    const { container } = renderPanel(desk, 7);
    // a choice is needed before going on
    fireEvent.click(await screen.findByRole('button', { name: 'Fortsätt' }));
    expect(screen.getByRole('alert').textContent).toBe('Välj Ja, Nej eller Avstår först.');
    fireEvent.click(screen.getByRole('radio', { name: 'Ja – bifall till förslaget till beslut' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const confirm = screen.getByRole('heading', { name: 'Rösta Ja?' });
    expect(document.activeElement).toBe(confirm);
    expect(screen.getByText('När du har bekräftat kan rösten inte ändras.')).toBeTruthy();
    // changing one's mind before confirming goes back to the same group, with the choice kept
    fireEvent.click(screen.getByRole('button', { name: 'Ändra' }));
    expect((screen.getByRole('radio', { name: 'Ja – bifall till förslaget till beslut' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));
    const receipt = await screen.findByRole('heading', { name: 'Kvitto' });
    expect(desk.cast).toHaveBeenCalledTimes(1);
    expect(desk.cast).toHaveBeenCalledWith('Yes');
    expect(document.activeElement).toBe(receipt);
    expect(screen.getByText('Din röst är registrerad.')).toBeTruthy();
    expect(screen.getByText('Ja – bifall till förslaget till beslut')).toBeTruthy();
    expect(screen.getByText(time('2026-12-01T09:31:12Z')).getAttribute('datetime')).toBe('2026-12-01T09:31:12Z');
    expect(screen.getByText('903')).toBeTruthy();
    expect(screen.getByText('En avgiven röst kan inte ändras eller tas tillbaka.')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bekräfta' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows only the receipt after a reload: the desk reads the ballot back, never a second form', async () => {
    renderPanel(openDesk({ receipt: ballot('No') }), 7);
    expect(await screen.findByRole('heading', { name: 'Kvitto' })).toBeTruthy();
    expect(screen.getByText('Nej – bifall till Anna Linds (S) yrkande')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fortsätt' })).toBeNull();
  });

  it('tells a substitute who does not serve, and someone disqualified, why they cannot vote', async () => {
    const desk = fakeDesk({ onScreen: voteRecord(), eligible: false });
    const first = renderPanel(desk, 8);
    expect(await screen.findByText('Du röstar inte i den här voteringen.')).toBeTruthy();
    expect(screen.getByText(/Du är ersättare och tjänstgjorde inte i ärendet\./)).toBeTruthy();
    expect(screen.getByText(/Röstlängden fastställdes när voteringen öppnades/)).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    first.unmount();

    const snap = votingSnapshot();
    snap.meeting.conflicts = [
      { id: 1, personId: 4, itemId: 12, kind: 'Declared', reason: 'Styrelseledamot i bolaget', at: '2026-12-01T09:00:00Z', authorId: 4 },
    ];
    renderPanel(fakeDesk({ onScreen: voteRecord(), eligible: false }), 4, snap);
    expect(await screen.findByText(/Du har anmält jäv i ärendet och deltar inte i beslutet\./)).toBeTruthy();
  });

  it('explains a refusal in Swedish from its code beside the form, and a retry after a dropped connection resends', async () => {
    let calls = 0;
    const refused = openDesk({}, () => Promise.reject(votingRefusal({ code: 'voteClosed' })));
    const first = renderPanel(refused, 7);
    fireEvent.click(await screen.findByRole('radio', { name: 'Avstår' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(screen.getByRole('heading', { name: 'Avstå från att rösta?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));
    expect(await screen.findByText('Voteringen är redan avslutad.')).toBeTruthy();
    expect(screen.queryByText(/decision procedure refuses/)).toBeNull();
    // nothing to send again: the refusal is final
    expect(screen.queryByRole('button', { name: 'Skicka igen' })).toBeNull();
    first.unmount();

    const flaky = openDesk({}, (choice) =>
      ++calls === 1 ? Promise.reject(new DataError('network', 'fetch failed', undefined, 'network')) : Promise.resolve(ballot(choice)),
    );
    renderPanel(flaky, 7);
    fireEvent.click(await screen.findByRole('radio', { name: 'Nej – bifall till Anna Linds (S) yrkande' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));
    expect(await screen.findByText('Det gick inte att nå Microsoft 365.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka igen' }));
    expect(await screen.findByRole('heading', { name: 'Kvitto' })).toBeTruthy();
    expect(flaky.cast).toHaveBeenCalledTimes(2);
    expect(flaky.cast.mock.calls).toEqual([['No'], ['No']]);
  });

  it('shows a prepared question as "Förslag till proposition", without a form', async () => {
    renderPanel(
      fakeDesk({ onScreen: voteRecord({ status: 'Prepared', approvedAt: null, openedAt: null, electorate: null }) }),
      7,
      votingSnapshot({ phase: 'Decision', turnout: null }),
    );
    expect(await screen.findByRole('heading', { name: 'Förslag till proposition' })).toBeTruthy();
    expect(screen.getByText(QUESTION)).toBeTruthy();
    expect(screen.getByText('Propositionen ska godkännas innan voteringen öppnas.')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('shows the closed result as a table read row by row, the decision, and "Kontrollerat" beside it', async () => {
    const { container } = renderPanel(
      fakeDesk({ onScreen: closedVote(), eligible: true, receipt: ballot('No', { id: 901 }), verification: { state: 'verified' } }),
      7,
      votingSnapshot({ phase: 'Decision', turnout: 5 }),
    );
    const counts = await screen.findByRole('table', { name: 'Röstsiffror' });
    const header = within(counts)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(header).toEqual(['Ja', 'Nej', 'Avstår', 'Deltar ej']);
    expect(
      within(counts)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '3', '1', '0']);
    expect(screen.getByText('Kontrollerat: min klient har räknat om resultatet')).toBeTruthy();
    expect(screen.getByText('Regionfullmäktige bifaller Anna Linds (S) yrkande.')).toBeTruthy();
    const people = screen.getByRole('table', { name: 'Så röstade var och en, i platsordning' });
    const rows = within(people).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Anna Lind (S)',
      'Bo Ek (S)',
      'Cecilia Berg (M)',
      'David Holm (M)',
      'Eva Strand (V)',
    ]);
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', 'Ja']);
    expect(
      within(rows[3])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', 'Avstår']);
    expect(
      within(people)
        .getAllByRole('columnheader')
        .every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    expect(screen.getByRole('heading', { name: 'Kvitto' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('raises an alarm naming what differs when its own recount does not match the stored result', async () => {
    const { container } = renderPanel(
      fakeDesk({ onScreen: closedVote(), verification: { state: 'alarm', differences: ['counts', 'hash'] } }),
      99,
      votingSnapshot({ phase: 'Decision' }),
    );
    const alarm = await screen.findByRole('alert');
    expect(alarm.textContent).toContain('Varning: min klient får inte samma resultat som det lagrade.');
    expect(
      within(alarm)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Antalet Ja, Nej, Avstår eller Deltar ej skiljer sig.', 'Kontrollsumman över röstlängd och röstsedlar stämmer inte.']);
    expect(screen.queryByText('Kontrollerat: min klient har räknat om resultatet')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('works by keyboard alone: arrows choose, Enter and Space press the buttons', async () => {
    const desk = openDesk();
    renderPanel(desk, 7);
    const yes = await screen.findByRole('radio', { name: 'Ja – bifall till förslaget till beslut' });
    // Fluent's radios are native inputs: focusable, and the group is one tab stop
    yes.focus();
    expect(document.activeElement).toBe(yes);
    fireEvent.click(yes); // what Space does on a focused native radio
    const next = screen.getByRole('button', { name: 'Fortsätt' });
    expect(next.tagName).toBe('BUTTON');
    fireEvent.click(next);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Rösta Ja?' }));
    const confirm = screen.getByRole('button', { name: 'Bekräfta' });
    expect(confirm.tagName).toBe('BUTTON');
    fireEvent.click(confirm);
    expect(await screen.findByRole('heading', { name: 'Kvitto' })).toBe(document.activeElement);
  });
});

describe('what a screen reader is told about votes', () => {
  it('announces assertively when a vote opens and politely when it closes, not what was on screen at opening', async () => {
    const snap = votingSnapshot({ phase: 'Decision', turnout: null });
    const desk = fakeDesk({ onScreen: voteRecord({ status: 'Prepared' }) });
    const picture = snapshotPicture(snap);
    const { container } = render(<VoteNews client={clientOf(desk)} snapshot={snap} picture={picture} people={peopleFor(snap)} />);
    const assertive = container.querySelector('[aria-live="assertive"]') as HTMLElement;
    const polite = container.querySelector('[aria-live="polite"]') as HTMLElement;
    await act(async () => undefined);
    expect(assertive.textContent).toBe('');
    act(() => desk.set({ onScreen: voteRecord() }));
    expect(assertive.textContent).toBe(`Votering öppnad: ${QUESTION}`);
    act(() => desk.set({ onScreen: closedVote() }));
    expect(polite.textContent).toBe(
      'Voteringen är avslutad. Ja 1, Nej 3, Avstår 1, Deltar ej 0. Regionfullmäktige bifaller Anna Linds (S) yrkande.',
    );
  });

  it('says nothing of a vote that was already open when the page opened', async () => {
    const snap = votingSnapshot();
    const desk = fakeDesk({ onScreen: voteRecord() });
    const { container } = render(
      <VoteNews client={clientOf(desk)} snapshot={snap} picture={snapshotPicture(snap)} people={peopleFor(snap)} />,
    );
    await act(async () => undefined);
    expect((container.querySelector('[aria-live="assertive"]') as HTMLElement).textContent).toBe('');
  });
});

describe('the vote in the live member view', () => {
  it('loads the voting chunk and puts an open vote first, before the item', async () => {
    const snap = votingSnapshot();
    const desk = openDesk();
    const picture = snapshotPicture(snap);
    const client = {
      snapshot: snap,
      status: { requests: [], lastOkAt: Date.parse('2026-12-01T09:30:00Z'), error: null },
      watch: { skewMs: 0 },
      meetingId: snap.meeting.id,
      picture: () => picture,
      serverNow: () => new Date('2026-12-01T09:30:00Z'),
      subscribe: () => () => undefined,
      start: jest.fn(),
      stop: jest.fn(),
      setConsole: jest.fn(),
      refresh: jest.fn(() => Promise.resolve()),
      voting: clientOf(desk).voting,
    } as unknown as LiveClient;
    const services = fakeServices({ user: { siteUserId: 7 }, live: { open: () => Promise.resolve(client) } });
    const { container } = render(<LiveApp services={services} target={{ meetingId: 42 }} view="auto" teamsTheme={null} />);
    const heading = await screen.findByRole('heading', { name: 'Votering pågår' });
    const item = screen.getByText('Ärende 2 av 3');
    expect(heading.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
    await expectNoAxeViolations(container);
  });
});

describe('the voting string tables', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('have the same keys in English as in Swedish', () => {
    for (const t of [votingStrings, votingErrorStrings] as StringTable<unknown>[])
      expect(keys(stringsFor(t, 'en-US') as object).sort()).toEqual(keys(t.tables['sv-SE'] as object).sort());
  });

  it('explain every refusal of the decision procedure in Swedish and English, apart from the common table', () => {
    const codes = Object.keys(votingErrorStrings.tables['sv-SE']);
    expect(codes).toEqual(expect.arrayContaining(['notInElectorate', 'alreadyVoted', 'voteClosed', 'quorumMissing', 'orderInvalid']));
    for (const code of codes) {
      const s = stringsFor(votingErrorStrings, 'sv-SE')[code as 'voteClosed'];
      const e = stringsFor(votingErrorStrings, 'en-US')[code as 'voteClosed'];
      expect(s.title && s.action && e.title && e.action).toBeTruthy();
      expect(s.title).not.toBe(e.title);
      expect(code in commonStrings.tables['sv-SE'].errors).toBe(false);
    }
  });
});

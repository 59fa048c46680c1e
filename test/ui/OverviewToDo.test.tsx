import './support/fluent';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { MyMeetings } from '../../src/ui/overview/MyMeetings';
import type { LateSigningToDo, MyOverview, SignToDo, SigningToDoBase } from '../../src/data/services';
import { fakeServices, meeting } from './support/fakes';
import { expectNoAxeViolations } from './support/axe';

const base: Omit<SigningToDoBase, 'minutesId' | 'due' | 'status'> = {
  meetingId: 42,
  meetingTitle: 'Regionfullmäktige november',
  bodyId: 1,
  bodyName: 'Regionfullmäktige',
  meetingStart: '2026-11-17T08:00:00Z',
  version: 1,
  immediate: false,
  sections: [1, 2, 3],
  settingProblems: [],
  url: '#/sammantrade/42/protokoll',
};

const chairSigns: SignToDo = { ...base, kind: 'sign', minutesId: 7, due: '2026-12-01', status: 'remind', roles: ['chair'] };
const extract: SignToDo = {
  ...base,
  kind: 'sign',
  minutesId: 8,
  immediate: true,
  sections: [5],
  due: '2026-11-20',
  status: 'overdue',
  roles: ['chair', 'secretary'],
  url: '#/sammantrade/42/protokoll',
};
const unset: SignToDo = {
  ...base,
  kind: 'sign',
  minutesId: 9,
  bodyId: 3,
  bodyName: 'Patientnämnden',
  due: null,
  status: null,
  roles: ['coSigner'],
  settingProblems: [{ code: 'settingMissing', key: 'minutes.signingDays', date: '2026-11-17', bodyId: 3 }],
  url: '#/sammantrade/43/protokoll',
};
const pending: SignToDo = { ...chairSigns, minutesId: 10, status: 'pending', due: '2026-12-10' };
const late: LateSigningToDo = {
  ...base,
  kind: 'lateSigning',
  minutesId: 7,
  due: '2026-12-01',
  status: 'overdue',
  missing: [
    { role: 'chair', personId: 3, name: 'Cecilia Berg' },
    { role: 'coSigner', personId: 5, name: null },
  ],
};

const overview = (o: Partial<MyOverview>): MyOverview => ({
  meetings: [meeting({ id: 101, title: 'Regionfullmäktige december' })],
  toDo: [],
  toDoError: null,
  ...o,
});
const show = (o: Partial<MyOverview>, locale = 'sv-SE') =>
  render(<MyMeetings services={fakeServices({ locale, meetings: { myOverview: () => Promise.resolve(overview(o)) } })} />);

describe('the overview’s to-do lists (Att justera)', () => {
  it('lists the minutes to sign as links with the deadline, the role and the status in words, above the meetings', async () => {
    const { container } = show({ toDo: [extract, chairSigns, pending, unset] });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Att justera' });
    const section = heading.closest('section')!;
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(4);

    const first = within(items[0]);
    const link = first.getByRole('link', {
      name: 'Protokoll Regionfullmäktige 17 november 2026, § 5 — justera senast 20 november 2026',
    });
    expect(link.getAttribute('href')).toBe('#/sammantrade/42/protokoll');
    expect(first.getByText('Försenad')).toBeTruthy();
    expect(first.getByText('Din roll: Ordförande och Sekreterare')).toBeTruthy();

    const second = within(items[1]);
    expect(
      second.getByRole('link', { name: 'Protokoll Regionfullmäktige 17 november 2026 — justera senast 1 december 2026' }),
    ).toBeTruthy();
    expect(second.getByText('Påminnelse')).toBeTruthy();
    expect(second.queryByText('Försenad')).toBeNull();

    // while there is time, there is no mark
    expect(within(items[2]).queryByText(/Påminnelse|Försenad/)).toBeNull();

    const fourth = within(items[3]);
    expect(fourth.getByRole('link', { name: 'Protokoll Patientnämnden 17 november 2026 — justeringsfrist saknas' })).toBeTruthy();
    expect(fourth.getByText(/Inställningen minutes\.signingDays saknas för organet den 2026-11-17/)).toBeTruthy();
    expect(fourth.getByText('Din roll: Justerare')).toBeTruthy();

    // the to-do list comes before the meetings
    const meetings = screen.getByRole('heading', { level: 2, name: 'Mina sammanträden' });
    expect(heading.compareDocumentPosition(meetings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Försenad justering' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows no section when nothing awaits the person', async () => {
    const { container } = show({});
    await screen.findByRole('heading', { level: 3, name: 'Regionfullmäktige december' });
    expect(screen.queryByRole('heading', { name: 'Att justera' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Mina sammanträden', 'Tidigare sammanträden']);
    await expectNoAxeViolations(container);
  });

  it('shows a clerk the late signings with who has not signed', async () => {
    const { container } = show({ toDo: [chairSigns, late] });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Försenad justering' })).closest('section')!;
    const [item] = within(section).getAllByRole('listitem');
    expect(
      within(item).getByRole('link', { name: 'Protokoll Regionfullmäktige 17 november 2026 — skulle justeras senast 1 december 2026' }),
    ).toBeTruthy();
    expect(within(item).getByText('Försenad')).toBeTruthy();
    expect(within(item).getByText('Ej justerat av Cecilia Berg (ordförande) och justerare.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Att justera' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('says so when the to-do list could not be read, and still shows the meetings', async () => {
    show({ toDoError: 'throttled' });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Att justera' })).closest('section')!;
    expect(within(section).getByText(/Det gick inte att hämta vad som väntar på dig/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Regionfullmäktige december' })).toBeTruthy();
  });

  it('never turns a non-web address into a link', async () => {
    show({ toDo: [{ ...chairSigns, url: 'javascript:alert(1)' }] });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Att justera' })).closest('section')!;
    expect(within(section).queryByRole('link')).toBeNull();
    expect(within(section).getByText(/^Protokoll Regionfullmäktige 17 november 2026/)).toBeTruthy();
  });

  it('speaks English when the locale is en-US', async () => {
    const { container } = show({ toDo: [extract, late] }, 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'To sign' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Minutes Regionfullmäktige 17 November 2026, § 5 — sign by 20 November 2026' })).toBeTruthy();
    expect(screen.getByText('Your role: Chair and Secretary')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Signing overdue' })).toBeTruthy();
    expect(screen.getAllByText('Overdue')).toHaveLength(2);
    expect(screen.getByText('Not signed by Cecilia Berg (chair) and co-signer.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

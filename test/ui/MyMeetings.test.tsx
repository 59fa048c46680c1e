import './support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { MyMeetings } from '../../src/ui/overview/MyMeetings';
import { DataError, type MyMeeting } from '../../src/data/services';
import { deferred, fakeServices, meeting } from './support/fakes';
import { expectNoAxeViolations } from './support/axe';

const rf = meeting({
  id: 101,
  title: 'Regionfullmäktige december',
  teamsJoinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  remoteAllowed: true,
  myAssignments: [
    {
      id: 11,
      personId: 7,
      bodyId: 1,
      role: 'Member',
      position: 'Chair',
      party: 'S',
      substituteOrder: null,
      validFrom: '2022-10-15',
      validTo: null,
    },
  ],
});
const hsn = meeting({
  id: 102,
  title: 'Hälso- och sjukvårdsnämnden',
  bodyId: 3,
  bodyName: 'Hälso- och sjukvårdsnämnden',
  bodyCode: 'HSN',
  start: '2027-06-15T07:00:00Z', // summer time: 09:00 in Sweden
  end: null,
  status: 'Planned',
  location: '',
  calledIn: { forMemberName: 'Bo Ek', items: [2, 3] },
  myAssignments: [
    {
      id: 12,
      personId: 7,
      bodyId: 3,
      role: 'Substitute',
      position: null,
      party: 'S',
      substituteOrder: 2,
      validFrom: '2022-10-15',
      validTo: null,
    },
  ],
});

describe('MyMeetings', () => {
  it('shows a loading state, then the meetings with Swedish time, body, status and role', async () => {
    const answer = deferred<MyMeeting[]>();
    const myUpcoming = jest.fn(() => answer.promise);
    const { container } = render(<MyMeetings services={fakeServices({ meetings: { myUpcoming } })} limit={5} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Mina sammanträden' })).toBeTruthy();
    expect(screen.getAllByText('Hämtar dina sammanträden…').length).toBeGreaterThan(0);
    expect(myUpcoming).toHaveBeenCalledWith(5);
    await expectNoAxeViolations(container);

    answer.resolve([rf, hsn]);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(screen.queryByText('Hämtar dina sammanträden…', { selector: ':not([role=status])' })).toBeNull();

    const first = within(items[0]);
    expect(first.getByRole('heading', { level: 3, name: 'Regionfullmäktige december' })).toBeTruthy();
    expect(first.getByText('tisdag 1 december 2026, 09:00–16:00')).toBeTruthy();
    expect(first.getByText('Regionfullmäktige')).toBeTruthy();
    expect(first.getByText('Regionhuset, Luleå')).toBeTruthy();
    expect(first.getByText('Kallat')).toBeTruthy();
    expect(first.getByText('Ordförande')).toBeTruthy();
    expect(first.getByText('Deltagande på distans är tillåtet.')).toBeTruthy();
    expect(first.getByRole('link', { name: /^Föredragningslista/ }).getAttribute('href')).toBe('#/sammantrade/101');
    const teams = first.getByRole('link', { name: /^Anslut i Teams/ });
    expect(teams.getAttribute('href')).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(teams.getAttribute('rel')).toContain('noopener');

    const second = within(items[1]);
    expect(second.getByText('tisdag 15 juni 2027, 09:00')).toBeTruthy();
    expect(second.getByText('Planerat')).toBeTruthy();
    expect(second.getByText('Ersättare')).toBeTruthy();
    expect(second.getByText('Plats meddelas senare')).toBeTruthy();
    expect(second.getByText('Du är inkallad att tjänstgöra för Bo Ek i ärende 2-3.')).toBeTruthy();
    expect(first.queryByText(/inkallad/)).toBeNull();
    expect(second.queryByRole('link', { name: /Teams/ })).toBeNull();
    expect(second.queryByText('Deltagande på distans är tillåtet.')).toBeNull();

    expect(screen.getByRole('status').textContent).toBe('2 kommande sammanträden.');
    await expectNoAxeViolations(container);
  });

  it('names every title a person holds in the body, chair first', async () => {
    const both = meeting({
      id: 103,
      title: 'Regionstyrelsen',
      myAssignments: [
        {
          id: 1,
          personId: 7,
          bodyId: 1,
          role: 'Member',
          position: null,
          party: 'M',
          substituteOrder: null,
          validFrom: '2022-10-15',
          validTo: null,
        },
        {
          id: 2,
          personId: 7,
          bodyId: 1,
          role: 'Member',
          position: 'FirstViceChair',
          party: 'M',
          substituteOrder: null,
          validFrom: '2022-10-15',
          validTo: null,
        },
      ],
    });
    render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.resolve([both]) } })} />);
    expect(await screen.findByText('1:e vice ordförande och Ledamot')).toBeTruthy();
  });

  it('never turns a non-web Teams link from list data into a link', async () => {
    const bad = meeting({ id: 104, title: 'Patientnämnden', teamsJoinUrl: 'javascript:alert(1)' });
    render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.resolve([bad]) } })} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Patientnämnden' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Teams/ })).toBeNull();
    expect(screen.getByRole('link', { name: /^Föredragningslista/ })).toBeTruthy();
  });

  it('says so when there are no upcoming meetings', async () => {
    const { container } = render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.resolve([]) } })} />);
    expect(await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('explains a failure and loads again on "Försök igen"', async () => {
    const myUpcoming = jest
      .fn<Promise<MyMeeting[]>, [number?]>()
      .mockRejectedValueOnce(new DataError('network', 'Failed to fetch'))
      .mockResolvedValueOnce([rf]);
    const { container } = render(<MyMeetings services={fakeServices({ meetings: { myUpcoming } })} />);

    expect(await screen.findByText('Det gick inte att nå Microsoft 365.', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('Kontrollera din internetanslutning och försök igen.')).toBeTruthy();
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Regionfullmäktige december' })).toBeTruthy();
    expect(screen.queryByText('Det gick inte att nå Microsoft 365.', { selector: 'p' })).toBeNull();
    expect(myUpcoming).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['forbidden', 'Du har inte behörighet till det här.'],
    ['throttled', 'Microsoft 365 har för många förfrågningar just nu.'],
    ['unknown', 'Något gick fel.'],
  ] as const)('maps a %s error to its own message', async (kind, title) => {
    render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.reject(new DataError(kind, 'x')) } })} />);
    expect(await screen.findByText(title, { selector: 'p' })).toBeTruthy();
  });

  it('treats a failure that is not a DataError as unknown', async () => {
    render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.reject(new TypeError('boom')) } })} />);
    expect(await screen.findByText('Något gick fel.', { selector: 'p' })).toBeTruthy();
  });

  it('speaks English when the locale is en-US, still on Swedish time', async () => {
    const { container } = render(
      <MyMeetings services={fakeServices({ locale: 'en-US', meetings: { myUpcoming: () => Promise.resolve([rf]) } })} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'My meetings' })).toBeTruthy();
    expect(await screen.findByText('Tuesday 1 December 2026, 09:00–16:00')).toBeTruthy();
    expect(screen.getByText('Notice sent')).toBeTruthy();
    expect(screen.getByText('Chair')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Agenda/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Join in Teams/ })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows earlier meetings only when asked, without a Teams link, and hides them again', async () => {
    const myPast = jest.fn(() => Promise.resolve([meeting({ ...rf, id: 90, title: 'Regionfullmäktige september', status: 'Closed' })]));
    const { container } = render(<MyMeetings services={fakeServices({ meetings: { myUpcoming: () => Promise.resolve([]), myPast } })} />);
    await screen.findByText('Du har inga kommande sammanträden.', { selector: 'p' });
    expect(myPast).not.toHaveBeenCalled();
    const toggle = screen.getByRole('button', { name: 'Visa tidigare sammanträden' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const card = (await screen.findByRole('heading', { name: 'Regionfullmäktige september' })).closest('article')!;
    expect(myPast).toHaveBeenCalledWith(10);
    expect(within(card).getByText('Avslutat')).toBeTruthy();
    expect(within(card).queryByText('Anslut i Teams')).toBeNull();
    expect(within(card).getByRole('link', { name: /Föredragningslista/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dölj tidigare sammanträden' }).getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Dölj tidigare sammanträden' }));
    expect(screen.queryByRole('heading', { name: 'Regionfullmäktige september' })).toBeNull();
  });
});

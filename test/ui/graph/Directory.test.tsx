import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../support/fluent';
import { expectNoAxeViolations } from '../support/axe';
import { Directory } from '../../../src/ui/directory/Directory';
import type { DirectoryPerson } from '../../../src/data/graph/types';
import { graphServices } from './fakes';
import { hashViewState } from '../../../src/host/viewState';

const person = (id: number, name: string, party: string, body: string, role: 'Member' | 'Substitute' = 'Member'): DirectoryPerson => ({
  id,
  name,
  email: `${name.toLowerCase().replace(/ /g, '.')}@politiker.norrbotten.se`,
  parties: [party],
  assignments: [
    {
      bodyId: body === 'Regionfullmäktige' ? 1 : 2,
      bodyName: body,
      bodyCode: body.slice(0, 3),
      role,
      position: null,
      party,
      validFrom: '2022-10-15',
      validTo: null,
    },
  ],
});

const people = [
  person(1, 'Anna Lind', 'S', 'Regionfullmäktige'),
  person(2, 'Bo Ek', 'M', 'Regionfullmäktige', 'Substitute'),
  person(3, 'Cia Berg', 'S', 'Patientnämnden'),
  person(4, 'Aino Mäkitalo', 'V', 'Regionfullmäktige'),
];

function services() {
  return graphServices({
    directory: {
      current: jest.fn().mockResolvedValue(people),
      contacts: jest
        .fn()
        .mockResolvedValue(
          new Map([[people[0].email, { upn: 'anna@x.se', givenName: 'Anna', surname: 'Lind', phone: null, mobile: '070-123 45 67' }]]),
        ),
      photos: jest.fn().mockResolvedValue(new Map([['anna@x.se', null]])),
      history: jest.fn().mockResolvedValue([
        {
          bodyId: 3,
          bodyName: 'Regionstyrelsen',
          bodyCode: 'RS',
          role: 'Member',
          position: null,
          party: 'S',
          validFrom: '2018-10-15',
          validTo: '2022-10-14',
        },
      ]),
    },
  });
}

describe('Directory', () => {
  it('lists people with party, assignments, e-mail and phone, and filters by party and search', async () => {
    const s = services();
    const { container } = render(<Directory services={s} />);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(await screen.findByRole('link', { name: '070-123 45 67' })).toBeTruthy();
    expect(s.directory.photos).toHaveBeenCalledWith(['anna@x.se']);
    expect(screen.getByText(/Ersättare, Regionfullmäktige/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök på namn' }), { target: { value: 'cia' } });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getAllByText('1 person').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('finds a name without typing its diacritics: "maki" finds Mäkitalo, and a party filter narrows the list', async () => {
    render(<Directory services={services()} />);
    await screen.findByRole('list');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök på namn' }), { target: { value: 'maki' } });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Aino Mäkitalo/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök på namn' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Parti' }), { target: { value: 'S' } });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
  });

  it("opens a person's page with past assignments", async () => {
    render(<Directory services={services()} />);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Visa Anna Lind' }));
    });
    expect(screen.getByRole('heading', { name: 'Anna Lind' })).toBe(document.activeElement);
    expect(await screen.findByText(/Ledamot, Regionstyrelsen \(S\), 2018-10-15 – 2022-10-14/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till förteckningen' }));
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('keeps the person shown in the address, so Back returns to the list and a link opens the person', async () => {
    history.replaceState(null, '', '/#/fortroendevalda');
    render(<Directory services={services()} viewState={hashViewState} />);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Visa Anna Lind' }));
    });
    expect(location.hash).toBe('#/fortroendevalda?person=1');
    expect(screen.getByRole('heading', { name: 'Anna Lind' })).toBeTruthy();

    // Back: the address loses the person, the list returns (the page stays)
    await act(async () => {
      history.replaceState(null, '', '/#/fortroendevalda');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('searchbox')).toBeTruthy();

    // Forward, or a shared link
    await act(async () => {
      history.replaceState(null, '', '/#/fortroendevalda?person=3');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'Cia Berg' })).toBeTruthy();
  });

  it('exports the shown people as vCard', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = jest.fn();
    render(<Directory services={services()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Exportera 4 kontakter som vCard' }));
    // jsdom's Blob has no text(); FileReader reads it.
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(created[0]);
    });
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(4);
    expect(text).toContain('FN:Anna Lind');
  });
});

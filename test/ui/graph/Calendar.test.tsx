import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../support/fluent';
import { expectNoAxeViolations } from '../support/axe';
import { Calendar } from '../../../src/ui/calendar/Calendar';
import { DataError } from '../../../src/data/services';
import type { CalendarLoad } from '../../../src/data/graph/types';
import { entry, graphServices } from './fakes';
import { hashViewState } from '../../../src/host/viewState';

// Fluent and axe are slow in jsdom on a shared machine
jest.setTimeout(30000);

const week: CalendarLoad = {
  entries: [
    entry({
      key: 'group:1',
      source: 'group',
      calendarName: 'S – fullmäktigegruppen',
      title: 'Gruppmöte S',
      start: '2026-11-23T16:00:00Z',
      end: '2026-11-23T18:00:00Z',
    }),
    entry({
      key: 'meeting:7',
      source: 'meeting',
      calendarName: 'Regionfullmäktige',
      title: 'Regionfullmäktige 24 november',
      start: '2026-11-24T08:00:00Z',
      end: '2026-11-24T16:00:00Z',
      meetingId: 7,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      webLink: 'https://outlook.office365.com/owa/?itemid=1',
    }),
    entry({ key: 'own:2', title: 'Medborgardialog', start: '2026-11-25T17:00:00Z', end: null }),
  ],
  groups: [],
  failures: [{ source: 'dead', name: 'Nedlagd grupp', error: new DataError('notFound', 'gone', 404, 'notFound') }],
  bodies: [{ id: 1, name: 'Regionfullmäktige', code: 'RF' }],
};

async function show(load = jest.fn().mockResolvedValue(week), view?: 'month' | 'week' | 'agenda') {
  const services = graphServices({ calendar: { load } });
  const r = render(<Calendar services={services} initialView={view} />);
  await screen.findByText('Medborgardialog', { exact: false });
  return { ...r, load };
}

describe('Calendar', () => {
  it('says the agenda has no events only once the period is read, never while the first read is under way', async () => {
    let answer: (l: CalendarLoad) => void = () => undefined;
    const load = jest.fn(() => new Promise<CalendarLoad>((resolve) => (answer = resolve)));
    render(<Calendar services={graphServices({ calendar: { load } })} initialView="agenda" />);
    expect((await screen.findAllByText('Hämtar kalendern …')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Inga händelser under perioden.')).toBeNull();
    await act(async () => answer({ ...week, entries: [], failures: [] }));
    expect(await screen.findByText('Inga händelser under perioden.')).toBeTruthy();
  });

  it('shows the week, Monday first, with the week number, each source and a failing group explained', async () => {
    const { load } = await show();
    expect(load).toHaveBeenCalledWith({ from: '2026-11-23', to: '2026-11-30' }, null);
    expect(screen.getByRole('heading', { name: /Vecka 48/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Gruppmöte S, Gruppkalender: S – fullmäktigegruppen/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^18:00 \(sluttid saknas\), Medborgardialog, Min kalender/ })).toBeTruthy();
    // MessageBar renders its text a moment later (it is a live region).
    expect(await screen.findByText('Gruppkalendern ”Nedlagd grupp” kunde inte visas.')).toBeTruthy();
    expect(screen.getByText(/Gruppen finns inte längre/)).toBeTruthy();
  });

  it('opens a council meeting with its agenda, Teams and Outlook links', async () => {
    await show();
    fireEvent.click(screen.getByRole('button', { name: /09:00–17:00, Regionfullmäktige 24 november/ }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('link', { name: 'Öppna föredragningslistan' }).getAttribute('href')).toBe('#/sammantrade/7');
    expect(within(panel).getByRole('link', { name: 'Anslut till Teams-mötet' }).getAttribute('href')).toMatch(/^https:\/\/teams/);
    expect(within(panel).getByRole('link', { name: 'Öppna i Outlook' })).toBeTruthy();
  });

  it('moves between days with the arrow keys and opens a day with Enter', async () => {
    const { load } = await show(undefined, 'month');
    const grid = screen.getByRole('grid');
    const today = within(grid).getByRole('gridcell', { name: /tisdag 24 november, 1 händelse/ });
    expect(today.getAttribute('tabindex')).toBe('0');
    today.focus();
    fireEvent.keyDown(today, { key: 'ArrowDown' });
    const next = within(grid).getByRole('gridcell', { name: /tisdag 1 december/ });
    expect(document.activeElement).toBe(next);
    // December is another month: the view follows the focused day.
    expect(load).toHaveBeenLastCalledWith({ from: '2026-11-30', to: '2027-01-04' }, null);
    await act(async () => {
      fireEvent.keyDown(next, { key: 'Enter' });
    });
    expect(screen.getByRole('heading', { name: 'tisdag 1 december 2026' })).toBeTruthy();
  });

  it('keeps the view and date in the address: a link opens them, Back returns to the previous view', async () => {
    history.replaceState(null, '', '/#/kalender?vy=manad&datum=2026-12-01');
    const load = jest.fn().mockResolvedValue(week);
    render(<Calendar services={graphServices({ calendar: { load } })} viewState={hashViewState} />);
    expect(await screen.findByRole('heading', { name: /december 2026/ })).toBeTruthy();
    expect(load).toHaveBeenCalledWith({ from: '2026-11-30', to: '2027-01-04' }, null);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Vecka' }));
    });
    expect(location.hash).toBe('#/kalender?vy=vecka&datum=2026-12-01');
    expect(screen.getByRole('heading', { name: /Vecka 49/ })).toBeTruthy();

    await act(async () => {
      history.replaceState(null, '', '/#/kalender?vy=manad&datum=2026-12-01');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: /december 2026/ })).toBeTruthy();
  });

  it('marks Swedish public holidays', async () => {
    const load = jest.fn().mockResolvedValue({
      ...week,
      entries: [entry({ key: 'own:x', title: 'Gruppmöte S', start: '2026-12-20T10:00:00Z' })],
      failures: [],
    });
    const services = graphServices({ calendar: { load } });
    render(<Calendar services={services} initialView="week" />);
    await screen.findByText('Kalendern visar 1 händelse.');
    fireEvent.click(screen.getByRole('button', { name: 'Nästa vecka' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa vecka' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa vecka' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa vecka' }));
    expect(await screen.findByRole('button', { name: /fredag 25 december.*Juldagen/ })).toBeTruthy();
    expect(screen.getByText('Julafton')).toBeTruthy();
  });

  it('offers each body meeting plan as an .ics download and says a live feed needs a server', async () => {
    const meetingPlan = jest.fn().mockResolvedValue({ fileName: 'Regionfullmäktige.ics', content: 'BEGIN:VCALENDAR' });
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = jest.fn();
    const services = graphServices({ calendar: { load: jest.fn().mockResolvedValue(week), meetingPlan } });
    render(<Calendar services={services} />);
    await screen.findByText('Gruppmöte S', { exact: false });
    fireEvent.click(screen.getByRole('button', { name: 'Prenumerera på sammanträdesplaner' }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(/kan inte SharePoint tillhandahålla/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ladda ner sammanträdesplan för Regionfullmäktige' }));
    });
    expect(meetingPlan).toHaveBeenCalledWith(1);
    expect(created[0].type).toBe('text/calendar;charset=utf-8');
  });

  it('shows the agenda view in English', async () => {
    const services = graphServices({ locale: 'en-US', calendar: { load: jest.fn().mockResolvedValue(week) } });
    render(<Calendar services={services} initialView="agenda" />);
    expect(await screen.findByRole('button', { name: /Meeting: Regionfullmäktige/ })).toBeTruthy();
    expect(await screen.findByText('The group calendar "Nedlagd grupp" could not be shown.')).toBeTruthy();
  });

  it.each(['week', 'month', 'agenda'] as const)('has no axe violations in the %s view', async (view) => {
    const { container } = await show(undefined, view);
    await expectNoAxeViolations(container);
  });
});

import './support/fluent';
import * as React from 'react';
import { render, screen, fireEvent, waitFor, act } from '@testing-library/react';
import { PortalSetup } from '../../src/ui/setup/PortalSetup';
import { DataError } from '../../src/data/services';
import type { ProvisioningPlan, ProvisioningProgress, ProvisioningResult, ProvisioningStep } from '../../src/data/provisioning/plan';
import { deferred, fakeServices, plan } from './support/fakes';
import { expectNoAxeViolations } from './support/axe';

const createBodies: ProvisioningStep = { id: 'list:Lists/Bodies', kind: 'createList', subject: 'Organ' };
const addBodyCode: ProvisioningStep = { id: 'field:Lists/Bodies:BodyCode', kind: 'createField', subject: 'Organ', field: 'Kortnamn' };
const indexPlace: ProvisioningStep = {
  id: 'field:Lists/Meetings:Location',
  kind: 'updateField',
  subject: 'Sammanträden',
  field: 'Plats',
  changes: ['Indexed', 'EnforceUniqueValues'],
};
const grantMembers: ProvisioningStep = {
  id: 'siteRole:Members',
  kind: 'grantSiteRole',
  subject: 'Politikerportal Förtroendevalda',
  changes: ['Read'],
};

const upToDate = plan([]);

describe('PortalSetup', () => {
  it('tells a person who is not a site owner that only owners can set up the portal', async () => {
    const inspect = jest.fn();
    const { container } = render(
      <PortalSetup services={fakeServices({ provisioning: { canManage: () => Promise.resolve(false), inspect } })} />,
    );
    expect(await screen.findByText('Bara webbplatsens ägare kan ställa in portalen.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uppdatera webbplatsen' })).toBeNull();
    expect(inspect).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('says the site is up to date and offers nothing to do', async () => {
    const { container } = render(
      <PortalSetup
        services={fakeServices({ provisioning: { canManage: () => Promise.resolve(true), inspect: () => Promise.resolve(upToDate) } })}
      />,
    );
    expect(await screen.findByText('Webbplatsen är uppdaterad.', { selector: 'p' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Uppdatera webbplatsen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('lists the missing and outdated parts as sentences', async () => {
    const { container } = render(
      <PortalSetup
        services={fakeServices({
          provisioning: {
            canManage: () => Promise.resolve(true),
            inspect: () => Promise.resolve(plan([createBodies, addBodyCode, indexPlace, grantMembers])),
          },
        })}
      />,
    );
    expect(await screen.findByText('Skapa listan Organ')).toBeTruthy();
    expect(screen.getByText('Lägg till kolumnen Kortnamn i Organ')).toBeTruthy();
    expect(screen.getByText('Uppdatera kolumnen Plats i Sammanträden: Indexerad, Unikt värde')).toBeTruthy();
    expect(screen.getByText('Ge gruppen Politikerportal Förtroendevalda behörighetsnivån Läsa på webbplatsen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '4 steg behövs' })).toBeTruthy();
    // Summary table: Listor och bibliotek — 18 expected, 1 missing, 0 outdated.
    const listsRow = screen.getByRole('rowheader', { name: 'Listor och bibliotek' }).closest('tr') as HTMLElement;
    expect(Array.from(listsRow.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['18', '1', '0']);
    expect((screen.getByRole('button', { name: 'Uppdatera webbplatsen' }) as HTMLButtonElement).disabled).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('applies the plan showing "n av m" progress, then re-inspects and shows the site up to date', async () => {
    const first = plan([createBodies, addBodyCode, indexPlace]);
    const inspect = jest.fn<Promise<ProvisioningPlan>, []>().mockResolvedValueOnce(first).mockResolvedValueOnce(upToDate);
    let report: ((p: ProvisioningProgress) => void) | undefined;
    const finished = deferred<ProvisioningResult>();
    const apply = jest.fn((_p: ProvisioningPlan, onProgress?: (p: ProvisioningProgress) => void) => {
      report = onProgress;
      return finished.promise;
    });
    const { container } = render(
      <PortalSetup services={fakeServices({ provisioning: { canManage: () => Promise.resolve(true), inspect, apply } })} />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Uppdatera webbplatsen' }));
    expect(apply).toHaveBeenCalledWith(first, expect.any(Function));
    expect(screen.getByText('Uppdaterar webbplatsen…', { selector: ':not([role=status])' })).toBeTruthy();

    act(() => report?.({ done: 0, total: 3, step: createBodies }));
    expect(screen.getByText('1 av 3: Skapa listan Organ')).toBeTruthy();
    act(() => report?.({ done: 1, total: 3, step: addBodyCode }));
    expect(screen.getByText('2 av 3: Lägg till kolumnen Kortnamn i Organ')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('33');
    await expectNoAxeViolations(container);

    await act(async () => {
      report?.({ done: 3, total: 3, step: indexPlace });
      finished.resolve({ applied: [createBodies, addBodyCode, indexPlace] });
    });
    expect(await screen.findByText('Webbplatsen är uppdaterad.', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('3 steg genomfördes.')).toBeTruthy();
    expect(inspect).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the failed step and the server message, and "Försök igen" re-inspects and carries on', async () => {
    const first = plan([createBodies, addBodyCode, indexPlace]);
    const rest = plan([addBodyCode, indexPlace]);
    const inspect = jest
      .fn<Promise<ProvisioningPlan>, []>()
      .mockResolvedValueOnce(first)
      .mockResolvedValueOnce(rest)
      .mockResolvedValueOnce(upToDate);
    const apply = jest
      .fn<Promise<ProvisioningResult>, [ProvisioningPlan, ((p: ProvisioningProgress) => void)?]>()
      .mockResolvedValueOnce({
        applied: [createBodies],
        failed: {
          step: addBodyCode,
          error: new DataError('forbidden', 'Access denied. You do not have permission to perform this action.', 403, 'accessDenied'),
        },
      })
      .mockResolvedValueOnce({ applied: [addBodyCode, indexPlace] });
    const { container } = render(
      <PortalSetup services={fakeServices({ provisioning: { canManage: () => Promise.resolve(true), inspect, apply } })} />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Uppdatera webbplatsen' }));
    expect(await screen.findByText('Uppdateringen stannade.', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('Steget som misslyckades: Lägg till kolumnen Kortnamn i Organ')).toBeTruthy();
    // the reason in Swedish, from the string table by the error's code — not SharePoint's English
    expect(screen.getByText('Du har inte behörighet till det här.')).toBeTruthy();
    expect(screen.queryByText(/Access denied/)).toBeNull();
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Webbplatsen är uppdaterad.', { selector: 'p' })).toBeTruthy();
    expect(inspect).toHaveBeenCalledTimes(3);
    expect(apply).toHaveBeenLastCalledWith(rest, expect.any(Function));
    expect(screen.queryByText('Uppdateringen stannade.', { selector: 'p' })).toBeNull();
  });

  it('moves focus to the outcome of a run', async () => {
    const inspect = jest
      .fn<Promise<ProvisioningPlan>, []>()
      .mockResolvedValueOnce(plan([createBodies]))
      .mockResolvedValueOnce(upToDate);
    render(
      <PortalSetup
        services={fakeServices({
          provisioning: { canManage: () => Promise.resolve(true), inspect, apply: () => Promise.resolve({ applied: [createBodies] }) },
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Uppdatera webbplatsen' }));
    const done = await screen.findByText('Webbplatsen är uppdaterad.', { selector: 'p' });
    await waitFor(() => expect(document.activeElement?.contains(done)).toBe(true));
  });

  it('explains when the site cannot be read, and checks again on retry', async () => {
    const inspect = jest
      .fn<Promise<ProvisioningPlan>, []>()
      .mockRejectedValueOnce(new DataError('throttled', 'Too many requests', 429))
      .mockResolvedValueOnce(upToDate);
    const { container } = render(
      <PortalSetup services={fakeServices({ provisioning: { canManage: () => Promise.resolve(true), inspect } })} />,
    );
    expect(await screen.findByText('Microsoft 365 har för många förfrågningar just nu.', { selector: 'p' })).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Webbplatsen är uppdaterad.', { selector: 'p' })).toBeTruthy();
  });

  it('speaks English when the locale is en-US', async () => {
    render(
      <PortalSetup
        services={fakeServices({
          locale: 'en-US',
          provisioning: { canManage: () => Promise.resolve(true), inspect: () => Promise.resolve(plan([addBodyCode])) },
        })}
      />,
    );
    expect(await screen.findByText('Add the column Kortnamn to Organ')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Update the site' })).toBeTruthy();
  });
});

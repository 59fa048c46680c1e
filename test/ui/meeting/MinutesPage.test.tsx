import '../support/fluent';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MinutesPage } from '../../../src/ui/meeting/minutes/MinutesPage';
import type { FrozenVersion, MeetingMinutes, MinutesDocument } from '../../../src/data/minutes/types';
import { DataError } from '../../../src/data/services';
import { documentSha256 } from '../../../src/domain/minutes/hash';
import { minutesState } from '../../../src/domain/minutes/state';
import { trustFromStaff } from '../../../src/domain/bodies/trust';
import type { SignatureEvent } from '../../../src/domain/minutes/types';
import { CLERK_ID, fakeServices, meetingDetails } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { testNav } from './nav';

jest.setTimeout(30000);

const CHAIR = 7;
const CO = [2, 3];
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const bytes = ascii('%PDF-1.7\nProtokoll v1\n%%EOF');
const signers = { chairId: CHAIR, coSignerIds: CO, secretaryId: CLERK_ID };

function version(v: number, content = bytes): FrozenVersion {
  return {
    minutesId: 50,
    meetingId: 42,
    bodyId: 1,
    version: v,
    sha256: documentSha256(content),
    sections: [1, 2, 3],
    immediate: false,
    fileId: 100 + v,
    url: `/sites/politikerportal/Minutes/RF-2026-12-01/v${v}.pdf`,
    frozenAt: '2026-12-02T10:00:00Z',
    frozenBy: CLERK_ID,
    signers,
  };
}

/** The document as the repository gives it: its status by the domain's own rule. */
function documentWith(versions: FrozenVersion[], signatures: SignatureEvent[]): MinutesDocument {
  const status = minutesState({
    minutesId: 50,
    versions,
    signers,
    signatures,
    notices: [],
    trust: trustFromStaff([CLERK_ID]),
    now: '2026-12-03T09:00:00Z',
  });
  return {
    id: 50,
    meetingId: 42,
    title: 'Protokoll',
    immediate: false,
    sections: [1, 2, 3],
    versions,
    signatures,
    notices: [],
    currentSha256: versions.at(-1)?.sha256 ?? null,
    status,
  };
}

function minutesOf(documents: MinutesDocument[], canManage: boolean): MeetingMinutes {
  const p = (id: number, displayName: string) => ({ id, displayName, email: `${id}@x` });
  return {
    meetingId: 42,
    bodyId: 1,
    signers: { chair: p(CHAIR, 'Anna Lind'), coSigners: [p(2, 'Bo Ek'), p(3, 'Cecilia Ås')], secretary: p(CLERK_ID, 'Sara Sekreterare') },
    documents,
    staffIds: [CLERK_ID],
    people: [],
    canManage,
  };
}

beforeAll(() => {
  URL.createObjectURL = jest.fn(() => 'blob:minutes');
  URL.revokeObjectURL = jest.fn();
  window.open = jest.fn() as typeof window.open;
});

async function open(services: ReturnType<typeof fakeServices>) {
  const view = render(<MinutesPage services={services} meetingId={42} nav={testNav()} />);
  await screen.findByRole('heading', { level: 2, name: 'Protokoll: Regionfullmäktige december' });
  await screen.findByText('Under justering');
  return view;
}

describe('MinutesPage: signing', () => {
  it('lets the chair sign only after opening the version, binds the bytes shown and confirms a second factor first', async () => {
    const calls: string[] = [];
    const sign = jest.fn(async () => {
      calls.push('sign');
      return {
        id: 9,
        minutesId: 50,
        authorId: CHAIR,
        created: '2026-12-03T09:05:00Z',
        role: 'chair' as const,
        version: 1,
        sha256: version(1).sha256,
      };
    });
    let doc = documentWith([version(1)], []);
    const services = {
      ...fakeServices({
        user: { siteUserId: CHAIR, displayName: 'Anna Lind' },
        meeting: { get: async () => meetingDetails() },
        minutes: { get: async () => minutesOf([doc], false), content: async () => bytes, sign },
      }),
      identity: { reconfirm: jest.fn(async () => void calls.push('reconfirm')) },
    };
    const { container } = await open(services);
    const panel = screen.getByRole('region', { name: 'Justera protokollet' });
    expect(within(panel).getByText('Du justerar som ordförande.')).toBeTruthy();
    // nothing is signed unread
    fireEvent.click(within(panel).getByRole('button', { name: 'Justera' }));
    expect(await within(panel).findByText('Öppna och läs protokollet innan du justerar.')).toBeTruthy();
    expect(sign).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    fireEvent.click(within(panel).getByRole('button', { name: 'Öppna version 1 (PDF)' }));
    expect(await within(panel).findByText(new RegExp(`kontrollsumman ${version(1).sha256}`))).toBeTruthy();
    expect(window.open).toHaveBeenCalledWith('blob:minutes', '_blank', 'noopener');
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Jag har läst version 1 och justerar den' }));
    doc = documentWith(
      [version(1)],
      [{ id: 9, minutesId: 50, authorId: CHAIR, created: '2026-12-03T09:05:00Z', role: 'chair', version: 1, sha256: version(1).sha256 }],
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Justera' }));
    expect(await screen.findByText('Du har justerat protokollet torsdag 3 december 2026, 10:05.')).toBeTruthy();
    expect(calls).toEqual(['reconfirm', 'sign']);
    expect(sign).toHaveBeenCalledWith(50, 1, bytes);
    // the table shows the signature as stored, and the panel is gone
    const row = screen.getByRole('row', { name: /Anna Lind/ });
    expect(within(row).getByText('Justerat torsdag 3 december 2026, 10:05')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Justera protokollet' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says beside the button that a cancelled second factor left the minutes unsigned', async () => {
    const sign = jest.fn();
    const services = {
      ...fakeServices({
        user: { siteUserId: 2, displayName: 'Bo Ek' },
        meeting: { get: async () => meetingDetails() },
        minutes: { get: async () => minutesOf([documentWith([version(1)], [])], false), content: async () => bytes, sign },
      }),
      identity: { reconfirm: async () => Promise.reject(new DataError('forbidden', 'closed', undefined, 'reconfirmCancelled')) },
    };
    await open(services);
    const panel = screen.getByRole('region', { name: 'Justera protokollet' });
    expect(within(panel).getByText('Du justerar som justerare.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Öppna version 1 (PDF)' }));
    await within(panel).findByText(/kontrollsumman/);
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Jag har läst version 1 och justerar den' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Justera' }));
    expect(await within(panel).findByText('Du avbröt bekräftelsen med din andra faktor, så protokollet är inte justerat.')).toBeTruthy();
    expect(sign).not.toHaveBeenCalled();
  });

  it('tells those who signed an earlier version to sign again, and not those who have', async () => {
    const v1 = version(1);
    const v2 = version(2, ascii('%PDF-1.7\nv2\n%%EOF'));
    const old = (authorId: number, id: number): SignatureEvent => ({
      id,
      minutesId: 50,
      authorId,
      created: '2026-12-02T11:00:00Z',
      role: authorId === CHAIR ? 'chair' : 'coSigner',
      version: 1,
      sha256: v1.sha256,
    });
    const again: SignatureEvent = { ...old(2, 3), version: 2, sha256: v2.sha256, created: '2026-12-03T08:00:00Z' };
    const services = fakeServices({
      user: { siteUserId: 3 },
      meeting: { get: async () => meetingDetails() },
      minutes: { get: async () => minutesOf([documentWith([v1, v2], [old(CHAIR, 1), old(2, 2), again])], false) },
    });
    await open(services);
    expect(screen.getByText('Underskrifter på en tidigare version gäller inte längre och ska göras om: Anna Lind.')).toBeTruthy();
  });
});

describe('MinutesPage: the notice', () => {
  const signedAll = (v: FrozenVersion): SignatureEvent[] =>
    [
      { authorId: CHAIR, role: 'chair' as const },
      { authorId: 2, role: 'coSigner' as const },
      { authorId: 3, role: 'coSigner' as const },
      { authorId: CLERK_ID, role: 'secretary' as const },
    ].map((x, i) => ({ ...x, id: 20 + i, minutesId: 50, created: `2026-12-02T1${i}:00:00Z`, version: v.version, sha256: v.sha256 }));

  it('posts the public version of signed minutes and says the dates; a decision changed since freezing stops it', async () => {
    const v = version(1);
    const generate = jest.fn(async () => ({ pdf: bytes, docx: bytes, sections: [1, 2, 3], index: [], problems: [] }));
    const postNotice = jest.fn(async () => ({
      event: { id: 1, minutesId: 50, kind: 'Posted' as const, at: '2026-12-03T08:00:00Z', authorId: CLERK_ID },
      postedOn: '2026-12-03',
      removeOn: '2026-12-29',
      appealEnds: '2026-12-28',
      publicUrl: '/sites/politikerportal/Minutes/Offentliga/x-v1.pdf',
      late: null,
    }));
    const details = meetingDetails();
    // an item changed after the version was frozen
    const changed = { ...details, items: details.items.map((i, k) => (k === 0 ? { ...i, modified: '2026-12-02T12:00:00Z' } : i)) };
    const doc = documentWith([v], signedAll(v));
    const withChange = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => changed },
      minutes: { get: async () => minutesOf([doc], true), generate, postNotice },
    });
    const first = render(<MinutesPage services={withChange} meetingId={42} nav={testNav()} />);
    await screen.findByText('Justerat', { selector: 'dd' });
    expect(await screen.findByText(/Ett beslut har ändrats efter att version 1 skickades för justering/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Anslå på anslagstavlan' })).toBeNull();
    first.unmount();

    const services = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => ({ ...details, items: details.items.map((i) => ({ ...i, modified: '2026-12-01T12:00:00Z' })) }) },
      minutes: { get: async () => minutesOf([doc], true), generate, postNotice },
    });
    const { container } = render(<MinutesPage services={services} meetingId={42} nav={testNav()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Anslå på anslagstavlan' }));
    expect(
      await screen.findByText('Anslaget sattes upp torsdag 3 december 2026. Sista dag att överklaga är måndag 28 december 2026.'),
    ).toBeTruthy();
    expect(generate).toHaveBeenCalledWith(42, expect.objectContaining({ public: true, sections: [1, 2, 3] }));
    expect(postNotice).toHaveBeenCalledWith(50, bytes);
    await expectNoAxeViolations(container);
  });

  it('makes the archival copy with every counted signature', async () => {
    const v = version(1);
    const generate = jest.fn(async () => ({ pdf: bytes, docx: bytes, sections: [1, 2, 3], index: [], problems: [] }));
    const services = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => meetingDetails() },
      minutes: { get: async () => minutesOf([documentWith([v], signedAll(v))], true), generate },
    });
    render(<MinutesPage services={services} meetingId={42} nav={testNav()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa arkivexemplar med underskrifter' }));
    expect(await screen.findByRole('link', { name: /^Ladda ner arkivexemplaret \(PDF, / })).toBeTruthy();
    expect(generate).toHaveBeenCalledWith(
      42,
      expect.objectContaining({
        public: false,
        signed: expect.arrayContaining([{ personId: CHAIR, role: 'chair', signedAt: '2026-12-02T10:00:00Z', sha256: v.sha256 }]),
      }),
    );
  });
});

describe('MinutesPage: dissents', () => {
  it('lets a member dissent on an item, then hand in the written reasons', async () => {
    const details = meetingDetails();
    const member = details.seatAssignments.find((a) => a.role === 'Member')!;
    let mine = {
      announceOpen: true,
      reasonsOpen: true,
      reasonsUntil: '2026-12-02T11:00:00Z',
      items: [] as { itemId: number; dissents: never[] }[],
    };
    const recordDissent = jest.fn(async () => undefined);
    const services = fakeServices({
      user: { siteUserId: member.personId },
      meeting: { get: async () => details },
      minutes: {
        get: async () => minutesOf([documentWith([version(1)], [])], false),
        myDissents: async () => mine as never,
        recordDissent,
      },
    });
    const { container } = await open(services);
    const panel = await screen.findByRole('region', { name: 'Reservationer och protokollsanteckningar' });
    const item = details.items.find((i) => i.kind === 'Decision' || i.kind === 'Election')!;
    expect((within(panel).getByLabelText('Ärende') as HTMLSelectElement).value).toBe(String(item.id));
    await expectNoAxeViolations(container);
    mine = {
      ...mine,
      items: [
        {
          itemId: item.id,
          dissents: [{ personId: member.personId, kind: 'Dissent', announcedAt: '2026-11-24T10:00:00Z', text: null }] as never[],
        },
      ],
    };
    fireEvent.click(within(panel).getByRole('button', { name: 'Reservera mig mot beslutet' }));
    expect(await within(panel).findByText('Din reservation är anmäld.')).toBeTruthy();
    expect(recordDissent).toHaveBeenCalledWith(42, item.id, 'Dissent', 'Announced', null);
    fireEvent.change(await within(panel).findByLabelText('Skriftlig motivering'), { target: { value: 'Underlaget räcker inte.' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara motiveringen' }));
    expect(await within(panel).findByText('Motiveringen är sparad och kommer med i protokollet.')).toBeTruthy();
    expect(recordDissent).toHaveBeenLastCalledWith(42, item.id, 'Dissent', 'Reasons', 'Underlaget räcker inte.');
  });
});

describe('MinutesPage: the clerk', () => {
  it('words a decision in the record, and after sending asks for the reason beside the field first', async () => {
    const editDecision = jest.fn(async () => undefined);
    const details = meetingDetails();
    const services = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => details },
      minutes: { get: async () => minutesOf([documentWith([version(1)], [])], true), editDecision },
    });
    const { container } = await open(services);
    const first = details.items[0];
    const form = screen.getByRole('form', { name: `${first.number}. ${first.title}` });
    fireEvent.change(within(form).getByLabelText(`Beslut i ärende ${first.number}`), {
      target: { value: 'Regionfullmäktige bifaller förslaget.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    expect(await within(form).findByText('Skriv skälet till rättelsen.')).toBeTruthy();
    expect(within(form).getByLabelText('Skäl till rättelse').getAttribute('aria-invalid')).toBe('true');
    expect(editDecision).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
    fireEvent.change(within(form).getByLabelText('Skäl till rättelse'), { target: { value: 'Felskrivning' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    expect(
      await within(form).findByText(`Beslutet i ärende ${first.number} är sparat. Skapa utkastet igen för att få med det.`),
    ).toBeTruthy();
    expect(editDecision).toHaveBeenCalledWith(first, 'Regionfullmäktige bifaller förslaget.', 'Felskrivning');
  });

  it('makes the draft from the record, shows what KL 5:67 lacks and sends it; a new version is asked for first', async () => {
    const generate = jest.fn(async () => ({
      pdf: bytes,
      docx: new Uint8Array(2500),
      sections: [1, 2, 3],
      index: [1, 2, 3].map((n) => ({ section: n, label: `§ ${n}`, title: `Ärende ${n}` })),
      problems: [{ code: 'decisionMissing' as const, section: 2 }],
    }));
    const freezeVersion = jest.fn(async () => version(2));
    const services = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => meetingDetails() },
      minutes: { get: async () => minutesOf([documentWith([version(1)], [])], true), generate, freezeVersion },
    });
    const { container } = await open(services);
    fireEvent.click(screen.getByRole('button', { name: 'Skapa protokollsutkast' }));
    expect(await screen.findByText('Utkastet har 3 paragrafer (§ 1–3).')).toBeTruthy();
    expect(generate).toHaveBeenCalledWith(42, expect.objectContaining({ public: false, sections: undefined }));
    expect(screen.getByText('§ 2: beslutet saknas. Skriv beslutets lydelse på ärendet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ladda ner Word (3 kB)' }).getAttribute('download')).toBe('Regionfullmäktige december.docx');
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Skicka en ny version för justering' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/En ny version gör alla underskrifter på den tidigare versionen ogiltiga/)).toBeTruthy();
    expect(freezeVersion).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka ny version' }));
    expect(await screen.findByText(/^Version 2 är skickad för justering\./)).toBeTruthy();
    expect(freezeVersion).toHaveBeenCalledWith(42, bytes, { sections: [1, 2, 3], immediate: false });
  });

  it('sends chosen sections for immediate signing and asks for a section when none is chosen', async () => {
    const generate = jest.fn(async (_id: number, o: { sections?: readonly number[] }) => ({
      pdf: bytes,
      docx: bytes,
      sections: o.sections ? [...o.sections] : [1, 2, 3],
      index: [1, 2, 3].map((n) => ({ section: n, label: `§ ${n}`, title: `Ärende ${n}` })),
      problems: [],
    }));
    const freezeVersion = jest.fn(async () => ({ ...version(1), immediate: true, sections: [2] }));
    const services = fakeServices({
      user: { siteUserId: CLERK_ID },
      meeting: { get: async () => meetingDetails() },
      minutes: { get: async () => minutesOf([documentWith([version(1)], [])], true), generate, freezeVersion },
    });
    await open(services);
    fireEvent.click(screen.getByRole('button', { name: 'Skapa protokollsutkast' }));
    await screen.findByText('Utkastet har 3 paragrafer (§ 1–3).');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka för omedelbar justering' }));
    expect((await screen.findByText('Välj minst en paragraf.')).getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByRole('checkbox', { name: '§ 2 Ärende 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka för omedelbar justering' }));
    expect(await screen.findByText('§ 2 är skickade för omedelbar justering (version 1).')).toBeTruthy();
    expect(generate).toHaveBeenLastCalledWith(42, expect.objectContaining({ sections: [2], public: false }));
    expect(freezeVersion).toHaveBeenCalledWith(42, bytes, { sections: [2], immediate: true });
  });
});

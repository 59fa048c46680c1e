import { minutesDocument, runs, type Block, type MinutesDocument, type MinutesRecord } from '../../../../src/domain/minutes/document';
import { dissentsOn } from '../../../../src/domain/minutes/dissents';
import { isIdentityNumber, maskIdentityNumbers } from '../../../../src/domain/minutes/identity';
import { trustFromStaff } from '../../../../src/domain/bodies/trust';
import { stringsFor } from '../../../../src/ui/strings';
import { minutesStrings } from '../../../../src/ui/strings/minutes';
import { CLERK, DAHLBERG, ISAKSSON, JAV, RfMeeting, TOLVAN, membersOf, novemberMeeting } from './record';

const sv = stringsFor(minutesStrings, 'sv-SE');
const en = stringsFor(minutesStrings, 'en-US');

const build = (record: MinutesRecord, o: { public?: boolean; sections?: number[]; english?: boolean } = {}): MinutesDocument =>
  minutesDocument(record, { wording: o.english ? en : sv, public: o.public ?? false, sections: o.sections });

/** Every text a block holds, in order. */
const textOf = (b: Block): string[] => {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'list':
      return [...b.items];
    case 'fields':
      return b.rows.flatMap((r) => [r.label, ...r.lines]);
    case 'table':
      return [b.caption, ...b.columns, ...b.rows.flat()];
  }
};
const section = (doc: MinutesDocument, n: number) => {
  const s = doc.sections.find((x) => x.section === n);
  if (!s) throw new Error(`no § ${n}`);
  return s;
};
const textOfSection = (doc: MinutesDocument, n: number): string[] => section(doc, n).blocks.flatMap(textOf);
const frontField = (doc: MinutesDocument, label: string): readonly string[] => {
  const fields = doc.front.find((b) => b.kind === 'fields');
  const row = fields?.kind === 'fields' ? fields.rows.find((r) => r.label === label) : undefined;
  return row?.lines ?? [];
};
const tables = (doc: MinutesDocument, n: number) =>
  section(doc, n).blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

// The November meeting (record.ts): items 1–33, item 9 withdrawn; the year's first meeting had §§ 1–57
const { m } = novemberMeeting();
const record = m.record();
const doc = build(record);
const nameOf = (id: number) => record.assignments.find((a) => a.personId === id)!.name;

describe('the minutes of a meeting, from what it recorded', () => {
  it('numbers every item not withdrawn, per body and year, and lists them in the index', () => {
    expect(doc.sections.map((s) => s.section)).toEqual(Array.from({ length: 32 }, (_, i) => 58 + i));
    expect(doc.sections.map((s) => s.title)).not.toContain('Medborgarförslag om ny vårdcentral');
    expect(section(doc, 66).title).toBe('Revidering av arbetsordning för regionfullmäktige');
    expect(doc.index.entries.map((e) => `${e.label} ${e.title}`)).toContain('§ 62 Regionplan 2027–2029 och budget 2027');
    expect(doc.header).toEqual(['Region Norrbotten', 'Regionfullmäktige', 'Protokoll', '24 november 2026']);
    expect(frontField(doc, 'Paragrafer')).toEqual(['§§ 58–89']);
    expect(doc.problems).toEqual([]);
  });

  it('says where and when, who chaired, who took the minutes, who signs and when', () => {
    expect(frontField(doc, 'Plats och tid')).toEqual(['Regionhuset, Luleå, 24 november 2026 kl. 09.00–16.30']);
    expect(frontField(doc, 'Ordförande')).toEqual([`${nameOf(1001)} (S)`]);
    expect(frontField(doc, 'Sekreterare')).toEqual(['Maria Lindqvist']);
    expect(frontField(doc, 'Justerare')).toEqual([`${nameOf(1040)} (M)`, `${nameOf(1060)} (SJVP)`]);
    expect(frontField(doc, 'Justeringens plats och tid')).toEqual(['Regionhuset, Luleå, 30 november 2026']);
    expect(doc.signing.signers.map((s) => `${s.roleLabel}: ${s.name}`)).toEqual([
      `Ordförande: ${nameOf(1001)}`,
      `Justerare: ${nameOf(1040)}`,
      `Justerare: ${nameOf(1060)}`,
      'Sekreterare: Maria Lindqvist',
    ]);
  });

  it('lists the members present, with the sections of those present for part of the meeting, and the absent not at all', () => {
    const members = frontField(doc, 'Närvarande ledamöter');
    expect(members).toHaveLength(69);
    expect(members).toContain('Therese Dahlberg (S), §§ 58–67, 72–89');
    expect(members).not.toContain(expect.stringContaining(nameOf(1005)));
    // the member disqualified on § 60 was present all the same; jäv is recorded in the section
    expect(members).toContain(`${nameOf(JAV)} (S)`);
  });

  it('names each serving substitute, for whom and on which sections', () => {
    expect(frontField(doc, 'Tjänstgörande ersättare')).toEqual([
      `${nameOf(2001)} (S), ersättare för ${nameOf(1005)}`,
      `${nameOf(2042)} (SD), ersättare för ${nameOf(1045)}`,
      `Rasmus Isaksson (S), ersättare för ${nameOf(JAV)}, § 60`,
      'Rasmus Isaksson (S), ersättare för Therese Dahlberg, §§ 68–71',
    ]);
  });

  it('records remote participation: the confirmation and the failed link with its times and section (KL 5:16)', () => {
    expect(frontField(doc, 'Deltagande på distans')).toEqual([
      `${nameOf(1061)} (SJVP), bekräftade kl. 09.01 att ljud och bild fungerar. Förbindelsen bröts kl. 10.13 under § 63 och fungerade igen kl. 10.30.`,
    ]);
    expect(frontField(doc, 'Närvarande ledamöter')).toContain(`${nameOf(1061)} (SJVP), §§ 58–62, 64–89`);
  });

  it('records jäv in the section, and who served instead', () => {
    expect(textOfSection(doc, 60)).toContain(
      `${nameOf(JAV)} (S) är jävig och deltar inte i handläggningen. Rasmus Isaksson (S) tjänstgör i stället.`,
    );
    expect(textOfSection(doc, 61).join(' ')).not.toContain('jävig');
  });

  it('gives each section its case number, the proposals not withdrawn with who made and supported them, and the decision', () => {
    const s = textOfSection(doc, 62);
    expect(s).toContain('RS 2026/305');
    expect(s).toContain(`${nameOf(1002)} (S): Bifall till förslaget till beslut. Instämmer: ${nameOf(1003)} (S) och ${nameOf(1004)} (S).`);
    expect(s).toContain(
      `${nameOf(1033)} (M): Bifall till Moderaternas budgetförslag med skattesatsen 11,34 kr. Instämmer: ${nameOf(1034)} (M).`,
    );
    expect(s).toContain('Regionfullmäktige beslutar i enlighet med förslaget till beslut.');
  });

  it('puts the proposals in the order the chair put them, then each vote with its question, counts and result', () => {
    const s = textOfSection(doc, 62);
    const at = (text: string) => s.findIndex((t) => t.startsWith(text));
    const who = (id: number) => `${nameOf(id)}s (${record.assignments.find((a) => a.personId === id)!.party})`;
    expect(s).toContain(`Ordföranden ställer proposition på förslaget till beslut, ${who(1033)} yrkande och ${who(1043)} yrkande.`);
    expect(s).toContain('Ordföranden finner att förslaget till beslut är huvudförslag.');
    expect(s[at('Regionfullmäktige godkänner propositionsordningen')]).toContain(`1) ${who(1033)} yrkande, 2) ${who(1043)} yrkande`);
    expect(s).toContain('18 ja, 9 nej, 44 avstår, 0 deltar ej');
    expect(s).toContain(`Därmed går ${who(1033)} yrkande vidare som motförslag.`);
    expect(s).toContain('44 ja, 27 nej, 0 avstår, 0 deltar ej');
    expect(at('Regionfullmäktige godkänner')).toBeLessThan(at('Votering om motförslag'));
    expect(at('Votering om motförslag')).toBeLessThan(at('Huvudvotering'));
    expect(at('Huvudvotering')).toBeLessThan(at('Därmed bifaller regionfullmäktige förslaget till beslut.'));
  });

  it("gives every member's choice in an open vote, by name and party in seat order, substitutes marked, Deltar ej for those outside", () => {
    const [elimination, main] = tables(doc, 62);
    expect(main.columns).toEqual(['Plats', 'Namn', 'Parti', 'Röst']);
    expect(main.rows).toHaveLength(71);
    expect(main.rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(main.rows[0]).toEqual(['1', nameOf(1001), 'S', 'Ja']);
    expect(main.rows[4]).toEqual(['5', `${nameOf(2001)} (ersättare)`, 'S', 'Ja']);
    expect(main.rows[32]).toEqual(['33', nameOf(1033), 'M', 'Nej']);
    expect(elimination.rows[41]).toEqual(['42', nameOf(1042), 'SD', 'Nej']);
    // § 63: the remote member's link was down, so the seat was outside the electorate
    const tableOf63 = tables(doc, 64)[0];
    expect(tableOf63.rows.filter((r) => r[3] === 'Nej')).toHaveLength(13);
    expect(textOfSection(doc, 64)).toContain('58 ja, 13 nej, 0 avstår, 0 deltar ej');
  });

  it('says how a tie was settled: the chair voted, so the casting vote decides', () => {
    const s = textOfSection(doc, 70);
    expect(s).toContain('35 ja, 35 nej, 1 avstår, 0 deltar ej');
    expect(s).toContain('Rösterna är lika. Ordförandens röst avgör (utslagsröst).');
    expect(s).toContain('Därmed bifaller regionfullmäktige förslaget till beslut.');
  });

  it('words an amendment voted down, and a referral back the assembly did not want', () => {
    const who = `${nameOf(1064)}s (C)`;
    expect(textOfSection(doc, 66)).toContain(`Regionfullmäktige avslår ${who} ändringsyrkande.`);
    expect(textOfSection(doc, 68)).toContain('Ordföranden finner att regionfullmäktige avgör ärendet i dag.');
  });

  it('says "decided without a vote" only where no vote was held', () => {
    expect(textOfSection(doc, 58)).toContain('Beslutet fattas utan omröstning.');
    expect(textOfSection(doc, 62)).not.toContain('Beslutet fattas utan omröstning.');
    // a report takes no decision: no such sentence either
    expect(textOfSection(doc, 80)).toEqual(['Diarienummer', 'RS 2026/324', 'Beslut', 'Anmälan läggs till handlingarna.']);
  });

  it('records dissents with their written reasons, and minute notes', () => {
    const s = textOfSection(doc, 62);
    const i = s.indexOf('Reservation');
    expect(s.slice(i, i + 4)).toEqual([
      'Reservation',
      `${nameOf(1033)} (M) reserverar sig mot beslutet.`,
      'Skriftlig motivering: Budgeten saknar finansiering för vårdens kompetensförsörjning.',
      `${nameOf(1034)} (M) reserverar sig mot beslutet.`,
    ]);
    expect(s.slice(s.indexOf('Protokollsanteckning'))).toEqual([
      'Protokollsanteckning',
      `${nameOf(1051)} (V) lämnar en protokollsanteckning:`,
      'Vänsterpartiet vill att uppföljningen redovisas varje kvartal.',
    ]);
  });

  it('is worded from the string table of the language asked for', () => {
    const english = build(record, { english: true });
    expect(english.title).toBe('Minutes');
    expect(frontField(english, 'Members present')).toHaveLength(69);
    expect(textOfSection(english, 70)).toContain("The votes are tied. The chair's vote decides (casting vote).");
    expect(english.language).toBe('en-US');
  });
});

describe('the public version (DOMAIN §8)', () => {
  const pub = build(record, { public: true });

  it('shows a confidential item only as its number and "Sekretess" with the law the item gives', () => {
    expect(section(pub, 65)).toMatchObject({ label: '§ 65', title: 'Sekretess', confidential: true });
    expect(textOfSection(pub, 65)).toEqual(['Sekretess enligt 19 kap. 1 § offentlighets- och sekretesslagen.']);
    expect(pub.index.entries.find((e) => e.section === 65)?.title).toBe('Sekretess');
    expect(JSON.stringify(pub)).not.toContain('Kiruna');
    // the internal version keeps it, marked
    expect(section(doc, 65).title).toBe('Förvärv av fastighet i Kiruna');
    expect(textOfSection(doc, 65)).toContain('Sekretess enligt 19 kap. 1 § offentlighets- och sekretesslagen.');
    expect(textOfSection(doc, 65)).toContain('Regionfullmäktige bifaller regionstyrelsens förslag.');
  });

  it('shows "Sekretess" alone when the item names no law', () => {
    const r = novemberMeeting().m.record();
    const items = r.items.map((i) => (i.confidential ? { ...i, secrecyReference: null } : i));
    expect(textOfSection(build({ ...r, items }, { public: true }), 65)).toEqual([]);
  });

  it('masks identity numbers everywhere, and says it is the public version', () => {
    expect(textOfSection(pub, 61)).toContain(
      'Regionfullmäktige godkänner delårsrapporten. Underlaget från [personnummer borttaget] har diarieförts.',
    );
    expect(JSON.stringify(pub)).not.toContain('1212');
    expect(textOfSection(doc, 61).join(' ')).toContain(TOLVAN);
    expect(pub.front[0]).toEqual({ kind: 'paragraph', text: sv.publicVersion });
  });
});

describe('an extract (protokollsutdrag)', () => {
  it('holds the chosen sections, with attendance for those sections only', () => {
    const ex = build(record, { sections: [62, 70] });
    expect(ex).toMatchObject({ kind: 'extract', title: 'Protokollsutdrag' });
    expect(ex.sections.map((s) => s.section)).toEqual([62, 70]);
    expect(frontField(ex, 'Paragrafer')).toEqual(['§§ 62, 70']);
    expect(frontField(ex, 'Närvarande ledamöter')).toContain('Therese Dahlberg (S), § 62');
    expect(frontField(ex, 'Tjänstgörande ersättare')).toContain('Rasmus Isaksson (S), ersättare för Therese Dahlberg, § 70');
    expect(frontField(ex, 'Tjänstgörande ersättare').join(' ')).not.toContain(nameOf(JAV));
    // the link failed on § 63, which the extract does not hold; the member was in the seat on both
    expect(frontField(ex, 'Deltagande på distans')).toEqual([`${nameOf(1061)} (SJVP), bekräftade kl. 09.01 att ljud och bild fungerar.`]);
  });

  it('refuses a section the meeting does not have', () => {
    expect(() => build(record, { sections: [62, 99] })).toThrow(RangeError);
    expect(() => build(record, { sections: [] })).toThrow(RangeError);
  });
});

describe('what the record lacks, for the clerk (KL 5:67)', () => {
  it('a decision item with no decision worded and none reached', () => {
    const r = novemberMeeting().m;
    const item = r.item('Ärende utan beslut', { decision: '' });
    const doc2 = build(r.record());
    expect(doc2.problems).toEqual([{ code: 'decisionMissing', section: 90 }]);
    expect(section(doc2, 90).title).toBe('Ärende utan beslut');
    expect(item.number).toBe(34);
  });

  it('a vote recorded that the procedure does not take', () => {
    const r = novemberMeeting().m;
    const item = r.item('Ärende med felaktig votering');
    const a = r.propose(item.id, 1002, 'Approve');
    const b = r.propose(item.id, 1033, 'Reject');
    r.lock(item.id);
    // a main vote with no declaration before it: out of procedure, so neither the order nor the vote is in the minutes
    const stray = r.vote(item.id, 'MainVote', a, b, () => 'Yes');
    expect(build(r.record()).problems).toEqual([
      { code: 'orderMissing', section: 90 },
      { code: 'votesMissing', section: 90, voteIds: [stray.id] },
    ]);
  });
});

describe('dissents and minute notes (KL 4:27)', () => {
  const r = new RfMeeting();
  const item = r.item('Ärende');
  const trust = trustFromStaff([CLERK]);
  const took = new Set(membersOf(r, 'M'));
  const rules = { trust, tookPart: (id: number) => took.has(id), reasonsUntil: '2026-11-30T13:00:00.000Z' };

  it('counts a dissent only from those who took part, reasons only until the time set for signing, and honours a withdrawal', () => {
    const [a, b, c] = membersOf(r, 'M');
    r.dissent(item.id, a, 'Dissent', 'Announced');
    r.dissent(item.id, a, 'Dissent', 'Reasons', 'För sent.', { at: '2026-12-01T08:00:00.000Z' });
    r.dissent(item.id, b, 'Dissent', 'Announced');
    r.dissent(item.id, b, 'Dissent', 'Withdrawn');
    r.dissent(item.id, c, 'Dissent', 'Reasons', 'Utan anmälan.');
    r.dissent(item.id, ISAKSSON, 'Dissent', 'Announced');
    // someone writing for another without being staff; the clerk may
    r.dissent(item.id, c, 'MinuteNote', 'Announced', 'Skrivet av en annan.', { authorId: a });
    r.dissent(item.id, DAHLBERG, 'MinuteNote', 'Announced', 'Antecknat av sekreteraren.', { authorId: CLERK });
    const { dissents, ignored } = dissentsOn(r.dissents, item.id, rules);
    expect(dissents.map((d) => [d.personId, d.kind, d.text])).toEqual([
      [a, 'Dissent', null],
      [DAHLBERG, 'MinuteNote', 'Antecknat av sekreteraren.'],
    ]);
    // in server order: the late reasons came on 1 December
    expect(ignored.map((x) => x.reason)).toEqual(['notAnnounced', 'notParticipant', 'notTrusted', 'late']);
  });
});

describe('Swedish identity numbers', () => {
  it('are found with or without century and hyphen when the date and the Luhn check hold', () => {
    for (const n of ['121212-1212', '19121212-1212', '1212121212', '191212121212', '121212+1212', '121272-1219'])
      expect(isIdentityNumber(n)).toBe(true);
    // wrong check digit, no such month, an unknown century, a phone number, a case number, a date
    for (const n of ['121212-1213', '121312-1212', '17121212-1212', '0701234567', 'RS 2026/301', '20261124'])
      expect(isIdentityNumber(n)).toBe(false);
  });

  it('are masked in running text, leaving everything else', () => {
    expect(maskIdentityNumbers('Sökande 19121212-1212 (tel. 0701234567), ärende RS 2026/301.', '***')).toBe(
      'Sökande *** (tel. 0701234567), ärende RS 2026/301.',
    );
    expect(maskIdentityNumbers('a 1212121212 och b 121212-1212', 'X')).toBe('a X och b X');
  });
});

describe('runs of sections', () => {
  it('joins consecutive numbers', () => {
    expect(runs([7, 3, 5, 6, 3])).toEqual([
      [3, 3],
      [5, 7],
    ]);
    expect(sv.sections(runs([3, 5, 6, 7]))).toBe('§§ 3, 5–7');
    expect(sv.sections(runs([12]))).toBe('§ 12');
  });
});

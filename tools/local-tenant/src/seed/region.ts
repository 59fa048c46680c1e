import { familyNames, givenNames, mailLocalPart } from './names';
import { Random } from './random';

/**
 * The fictional Region Norrbotten as plain data: people, bodies and assignments. Deterministic
 * for a given anchor date. RF uses the real 2022–2026 party split (DOMAIN §1); committee seats are
 * shared out from it by d'Hondt, as proportional elections to committees would.
 */
export const parties = [
  { code: 'S', name: 'Socialdemokraterna', rfSeats: 31 },
  { code: 'M', name: 'Moderaterna', rfSeats: 10 },
  { code: 'SD', name: 'Sverigedemokraterna', rfSeats: 9 },
  { code: 'V', name: 'Vänsterpartiet', rfSeats: 7 },
  { code: 'SJVP', name: 'Sjukvårdspartiet', rfSeats: 6 },
  { code: 'C', name: 'Centerpartiet', rfSeats: 4 },
  { code: 'KD', name: 'Kristdemokraterna', rfSeats: 4 },
] as const;

export type PartyCode = (typeof parties)[number]['code'];

export interface SeedPerson {
  key: string;
  givenName: string;
  surname: string;
  displayName: string;
  upn: string;
  party: PartyCode | null;
  persona: string | null;
  mfa: boolean;
  jobTitle: string | null;
  mobilePhone: string | null;
}

export interface SeedBody {
  code: string;
  name: string;
  kind: 'Fullmäktige' | 'Styrelse' | 'Nämnd';
  seats: number;
  substituteRule: 'Samma parti' | 'Personlig, parti, sedan övriga';
  crossPartyOrder: string | null;
  returnSameDayAllowed: boolean;
  location: string;
  sortOrder: number;
}

export interface SeedAssignment {
  personKey: string;
  bodyCode: string;
  role: 'Ledamot' | 'Ersättare';
  position: 'Ordförande' | '1:e vice ordförande' | '2:e vice ordförande' | null;
  party: PartyCode;
  substituteOrder: number | null;
  seatNumber: number | null;
  validFrom: string;
  validTo: string | null;
}

export interface SeedRegion {
  people: SeedPerson[];
  bodies: SeedBody[];
  assignments: SeedAssignment[];
}

export const ELECTED_DOMAIN = 'politiker.norrbotten.se';
export const STAFF_DOMAIN = 'norrbotten.se';

const committeeCrossPartyOrder = ['S: V, SJVP', 'V: S, SJVP', 'SJVP: S, V', 'M: KD, C, SD', 'KD: M, C, SD', 'C: M, KD', 'SD: M, KD'].join(
  '\n',
);

export const bodies: SeedBody[] = [
  {
    code: 'RF',
    name: 'Regionfullmäktige',
    kind: 'Fullmäktige',
    seats: 71,
    substituteRule: 'Samma parti',
    crossPartyOrder: null,
    returnSameDayAllowed: false,
    location: 'Regionhuset, Luleå – fullmäktigesalen',
    sortOrder: 1,
  },
  {
    code: 'RS',
    name: 'Regionstyrelsen',
    kind: 'Styrelse',
    seats: 15,
    substituteRule: 'Personlig, parti, sedan övriga',
    crossPartyOrder: committeeCrossPartyOrder,
    returnSameDayAllowed: false,
    location: 'Regionhuset, Luleå – styrelserummet',
    sortOrder: 2,
  },
  {
    code: 'HSN',
    name: 'Hälso- och sjukvårdsnämnden',
    kind: 'Nämnd',
    seats: 15,
    substituteRule: 'Personlig, parti, sedan övriga',
    crossPartyOrder: committeeCrossPartyOrder,
    returnSameDayAllowed: false,
    location: 'Regionhuset, Luleå – sal Kebnekaise',
    sortOrder: 3,
  },
  {
    code: 'RUN',
    name: 'Regionala utvecklingsnämnden',
    kind: 'Nämnd',
    seats: 13,
    substituteRule: 'Personlig, parti, sedan övriga',
    crossPartyOrder: committeeCrossPartyOrder,
    returnSameDayAllowed: false,
    location: 'Regionhuset, Luleå – sal Sarek',
    sortOrder: 4,
  },
  {
    code: 'PN',
    name: 'Patientnämnden',
    kind: 'Nämnd',
    seats: 7,
    substituteRule: 'Personlig, parti, sedan övriga',
    crossPartyOrder: committeeCrossPartyOrder,
    returnSameDayAllowed: true,
    location: 'Sunderby sjukhus – konferensrum 3',
    sortOrder: 5,
  },
];

/** d'Hondt: seats per party for a body of `seats`, from the RF split. */
export function dHondt(seats: number): Map<PartyCode, number> {
  const out = new Map<PartyCode, number>(parties.map((p) => [p.code, 0]));
  for (let i = 0; i < seats; i++) {
    let best: (typeof parties)[number] = parties[0];
    let bestQ = -1;
    for (const p of parties) {
      const q = p.rfSeats / ((out.get(p.code) ?? 0) + 1);
      if (q > bestQ) {
        bestQ = q;
        best = p;
      }
    }
    out.set(best.code, (out.get(best.code) ?? 0) + 1);
  }
  return out;
}

export function buildRegion(anchor: string): SeedRegion {
  const rnd = new Random(20261015);
  const people: SeedPerson[] = [];
  const used = new Set<string>();
  const newPerson = (party: PartyCode | null, domain: string, jobTitle: string | null): SeedPerson => {
    let given = '';
    let family = '';
    do {
      given = rnd.pick(givenNames);
      family = rnd.pick(familyNames);
    } while (used.has(`${given} ${family}`));
    used.add(`${given} ${family}`);
    const person: SeedPerson = {
      key: `p${people.length + 1}`,
      givenName: given,
      surname: family,
      displayName: `${given} ${family}`,
      upn: `${mailLocalPart(given, family)}@${domain}`,
      party,
      persona: null,
      mfa: true,
      jobTitle,
      mobilePhone: `070-${String(rnd.int(100, 999))} ${String(rnd.int(10, 99))} ${String(rnd.int(10, 99))}`,
    };
    people.push(person);
    return person;
  };

  // Assignments run from the start of the current term (15 October every fourth year from 2022).
  const anchorYear = Number(anchor.slice(0, 4));
  let termStartYear = 2022 + Math.floor((anchorYear - 2022) / 4) * 4;
  if (`${termStartYear}-10-15` > anchor) termStartYear -= 4;
  const termStart = `${termStartYear}-10-15`;
  const assignments: SeedAssignment[] = [];

  const rfMembers = new Map<PartyCode, SeedPerson[]>();
  const rfSubstitutes = new Map<PartyCode, SeedPerson[]>();
  let seat = 0;
  for (const p of parties) {
    const members = Array.from({ length: p.rfSeats }, () => newPerson(p.code, ELECTED_DOMAIN, 'Ledamot i regionfullmäktige'));
    rfMembers.set(p.code, members);
    for (const m of members)
      assignments.push({
        personKey: m.key,
        bodyCode: 'RF',
        role: 'Ledamot',
        position: null,
        party: p.code,
        substituteOrder: null,
        seatNumber: ++seat,
        validFrom: termStart,
        validTo: null,
      });
  }
  for (const p of parties) {
    const subs = Array.from({ length: p.rfSeats }, () => newPerson(p.code, ELECTED_DOMAIN, 'Ersättare i regionfullmäktige'));
    rfSubstitutes.set(p.code, subs);
    subs.forEach((s, i) =>
      assignments.push({
        personKey: s.key,
        bodyCode: 'RF',
        role: 'Ersättare',
        position: null,
        party: p.code,
        substituteOrder: i + 1,
        seatNumber: null,
        validFrom: termStart,
        validTo: null,
      }),
    );
  }
  const setPosition = (personKey: string, bodyCode: string, position: SeedAssignment['position']): void => {
    const a = assignments.find((x) => x.personKey === personKey && x.bodyCode === bodyCode && x.role === 'Ledamot');
    if (a) a.position = position;
  };
  setPosition(rfMembers.get('S')![0].key, 'RF', 'Ordförande');
  setPosition(rfMembers.get('M')![0].key, 'RF', '1:e vice ordförande');
  setPosition(rfMembers.get('SJVP')![0].key, 'RF', '2:e vice ordförande');

  // Committees: members from the party's RF members (skipping the RF presidium), substitutes from its RF substitutes.
  for (const body of bodies.filter((b) => b.code !== 'RF')) {
    const split = dHondt(body.seats);
    let bodySeat = 0;
    const offset = body.sortOrder; // different people per committee, deterministically
    for (const p of parties) {
      const n = split.get(p.code) ?? 0;
      const pool = rfMembers.get(p.code)!;
      const subPool = rfSubstitutes.get(p.code)!;
      for (let i = 0; i < n; i++) {
        const member = pool[(1 + offset * 3 + i) % pool.length];
        assignments.push({
          personKey: member.key,
          bodyCode: body.code,
          role: 'Ledamot',
          position: null,
          party: p.code,
          substituteOrder: null,
          seatNumber: ++bodySeat,
          validFrom: termStart,
          validTo: null,
        });
        const sub = subPool[(offset * 2 + i) % subPool.length];
        assignments.push({
          personKey: sub.key,
          bodyCode: body.code,
          role: 'Ersättare',
          position: null,
          party: p.code,
          substituteOrder: i + 1,
          seatNumber: null,
          validFrom: termStart,
          validTo: null,
        });
      }
    }
    const chairs = assignments.filter((a) => a.bodyCode === body.code && a.role === 'Ledamot');
    chairs[0].position = 'Ordförande';
    const vice = chairs.find((a) => a.party !== 'S' && a.party !== 'V' && a.party !== 'SJVP');
    if (vice) vice.position = '1:e vice ordförande';
  }

  // The persona "member" sits in RF and HSN; give them a past assignment too, so history has something to show.
  const hsn = assignments.filter((a) => a.bodyCode === 'HSN' && a.role === 'Ledamot' && a.party === 'S' && a.position === null);
  const memberKey = hsn[0].personKey;
  assignments.push({
    personKey: memberKey,
    bodyCode: 'PN',
    role: 'Ledamot',
    position: null,
    party: 'S',
    substituteOrder: null,
    seatNumber: null,
    validFrom: `${termStartYear - 4}-10-15`,
    validTo: `${termStartYear}-10-14`,
  });

  const byKey = new Map(people.map((p) => [p.key, p]));
  byKey.get(memberKey)!.persona = 'member';
  byKey.get(rfSubstitutes.get('S')![0].key)!.persona = 'substitute';
  byKey.get(rfMembers.get('S')![0].key)!.persona = 'chair';
  const noMfa = byKey.get(rfMembers.get('V')![2].key)!;
  noMfa.persona = 'nomfa';
  noMfa.mfa = false;

  const clerk = newPerson(null, STAFF_DOMAIN, 'Nämndsekreterare');
  clerk.persona = 'clerk';
  const owner = newPerson(null, STAFF_DOMAIN, 'Systemförvaltare Politikerportalen');
  owner.persona = 'owner';
  const payroll = newPerson(null, STAFF_DOMAIN, 'Löneadministratör');
  payroll.persona = 'payroll';

  return { people, bodies, assignments };
}

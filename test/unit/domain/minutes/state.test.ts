import { minutesState, type MinutesStateInput, type MinutesStatus } from '../../../../src/domain/minutes/state';
import type { SignatureEvent } from '../../../../src/domain/minutes/types';
import { CHAIR, CLERK, CO1, CO2, everyone, hashOf, MEMBER, MINUTES, notice, sig, signers, sv, trust, version } from './builders';

const state = (over: Partial<MinutesStateInput> = {}): MinutesStatus =>
  minutesState({
    minutesId: MINUTES,
    versions: [version(1)],
    signers,
    signatures: [],
    notices: [],
    trust,
    now: sv('2026-11-25', '12:00'),
    ...over,
  });

const ids = (ss: readonly SignatureEvent[]) => ss.map((s) => s.id);
const reasons = (st: MinutesStatus) => st.ignored.map((i) => [i.signature.id, i.reason]);

describe('signing (justering)', () => {
  it('is a draft before any version is frozen, with everyone still to sign', () => {
    const st = state({ versions: [] });
    expect(st.state).toBe('Draft');
    expect(st.version).toBeNull();
    expect(st.missing).toEqual([
      { role: 'chair', personId: CHAIR },
      { role: 'coSigner', personId: CO1 },
      { role: 'coSigner', personId: CO2 },
      { role: 'secretary', personId: CLERK },
    ]);
  });

  it('is out for signing once frozen, and says who has not signed', () => {
    const chair = sig(CHAIR, 'chair', sv('2026-11-25', '08:00'));
    const st = state({ signatures: [chair] });
    expect(st).toMatchObject({ state: 'Signing', signedAt: null, counted: [chair], ignored: [] });
    expect(st.missing.map((m) => m.personId)).toEqual([CO1, CO2, CLERK]);
  });

  it('is signed when every designated signer has signed; tJ is the latest signature by server time, not the last row', () => {
    const [a, b, c, d] = everyone('2026-11-25');
    const st = state({ signatures: [d, c, a, b] });
    expect(st.state).toBe('Signed');
    expect(st.missing).toEqual([]);
    expect(st.signedAt).toBe(sv('2026-11-25', '11:00'));
    expect(ids(st.counted)).toEqual(ids([a, b, c, d]));
  });

  it('ignores a signature by a member who is not designated, with its reason', () => {
    const member = sig(MEMBER, 'coSigner', sv('2026-11-25', '07:00'));
    const st = state({ signatures: [member, ...everyone('2026-11-25').slice(0, 3)] });
    expect(st.state).toBe('Signing');
    expect(reasons(st)).toEqual([[member.id, 'notDesignated']]);
    expect(st.missing).toEqual([{ role: 'secretary', personId: CLERK }]);
  });

  it("a member's row claiming the chair's role before the chair does not block the chair's own signature", () => {
    const forged = sig(MEMBER, 'chair', sv('2026-11-25', '07:00'));
    const coAsChair = sig(CO1, 'chair', sv('2026-11-25', '07:30'));
    const all = everyone('2026-11-25');
    const st = state({ signatures: [forged, coAsChair, ...all] });
    expect(st.state).toBe('Signed');
    expect(st.counted.find((s) => s.role === 'chair')?.authorId).toBe(CHAIR);
    expect(reasons(st)).toEqual([
      [forged.id, 'notDesignated'],
      [coAsChair.id, 'wrongRole'],
    ]);
  });

  it('counts each signer once: a second signature is a duplicate and does not move tJ', () => {
    const all = everyone('2026-11-25');
    const again = sig(CHAIR, 'chair', sv('2026-11-26', '09:00'));
    const st = state({ signatures: [...all, again] });
    expect(st.counted).toHaveLength(4);
    expect(reasons(st)).toEqual([[again.id, 'duplicate']]);
    expect(st.signedAt).toBe(sv('2026-11-25', '11:00'));
  });

  it('in the same second the lower id is first', () => {
    const t = sv('2026-11-25', '08:00');
    const later = sig(CHAIR, 'chair', t, { id: 9001 });
    const earlier = sig(CHAIR, 'chair', t, { id: 9000 });
    const st = state({ signatures: [later, earlier] });
    expect(ids(st.counted)).toEqual([9000]);
    expect(reasons(st)).toEqual([[9001, 'duplicate']]);
  });

  it('ignores a wrong hash, and accepts the right one written in upper case', () => {
    const wrong = sig(CHAIR, 'chair', sv('2026-11-25', '08:00'), { sha256: hashOf('something else') });
    const upper = sig(CO1, 'coSigner', sv('2026-11-25', '09:00'), { sha256: version(1).sha256.toUpperCase() });
    const st = state({ signatures: [wrong, upper] });
    expect(reasons(st)).toEqual([[wrong.id, 'wrongHash']]);
    expect(ids(st.counted)).toEqual([upper.id]);
    expect(st.missing.map((m) => m.role)).toEqual(['chair', 'coSigner', 'secretary']);
  });

  it('ignores a signature of a version never frozen', () => {
    const ghost = sig(CHAIR, 'chair', sv('2026-11-25', '08:00'), { version: 3 });
    expect(reasons(state({ signatures: [ghost] }))).toEqual([[ghost.id, 'unknownVersion']]);
  });

  it('ignores a signature whose server time cannot be read', () => {
    const odd = sig(CHAIR, 'chair', 'yesterday');
    expect(reasons(state({ signatures: [odd] }))).toEqual([[odd.id, 'unreadableTime']]);
  });

  it('leaves signatures of another minutes document (an immediate signing) out', () => {
    const other = sig(CHAIR, 'chair', sv('2026-11-24', '16:00'), { v: version(1, { minutesId: 2 }) });
    const st = state({ signatures: [other] });
    expect(reasons(st)).toEqual([[other.id, 'otherMinutes']]);
    expect(st.counted).toEqual([]);
  });
});

describe('a new version voids the signatures of earlier ones', () => {
  const v1 = version(1);
  const v2 = version(2);

  it('returns to signing with everyone missing, and reports the signatures that had counted on version 1', () => {
    const chair = sig(CHAIR, 'chair', sv('2026-11-25', '08:00'), { v: v1 });
    const co = sig(CO1, 'coSigner', sv('2026-11-25', '09:00'), { v: v1 });
    const wrongOnV1 = sig(CO2, 'coSigner', sv('2026-11-25', '09:30'), { v: v1, sha256: hashOf('x') });
    const twiceOnV1 = sig(CHAIR, 'chair', sv('2026-11-25', '09:45'), { v: v1 });
    const st = state({ versions: [v2, v1], signatures: [chair, co, wrongOnV1, twiceOnV1] });
    expect(st.state).toBe('Signing');
    expect(st.version?.version).toBe(2);
    expect(st.missing).toHaveLength(4);
    expect(ids(st.voided)).toEqual([chair.id, co.id]);
    expect(reasons(st)).toEqual([
      [chair.id, 'oldVersion'],
      [co.id, 'oldVersion'],
      [wrongOnV1.id, 'oldVersion'],
      [twiceOnV1.id, 'oldVersion'],
    ]);
  });

  it('does not count a signature on version 1 written after version 2 exists', () => {
    const stale = sig(CO2, 'coSigner', sv('2026-11-27', '08:00'), { v: v1 });
    const onV2 = everyone('2026-11-26', v2).filter((s) => s.authorId !== CO2);
    const st = state({ versions: [v1, v2], signatures: [...onV2, stale] });
    expect(st.state).toBe('Signing');
    expect(st.missing).toEqual([{ role: 'coSigner', personId: CO2 }]);
    expect(reasons(st)).toEqual([[stale.id, 'oldVersion']]);
  });

  it('is signed again when everyone signs version 2', () => {
    const st = state({ versions: [v1, v2], signatures: [...everyone('2026-11-25', v1), ...everyone('2026-11-26', v2)] });
    expect(st.state).toBe('Signed');
    expect(st.signedAt).toBe(sv('2026-11-26', '11:00'));
    expect(st.voided).toHaveLength(4);
  });

  it('a document changed after freezing is a draft again: every signature is void', () => {
    const all = everyone('2026-11-25', v1);
    const st = state({ signatures: all, documentSha256: hashOf('edited after freezing') });
    expect(st.state).toBe('Draft');
    expect(st.signedAt).toBeNull();
    expect(st.problems).toEqual([{ code: 'documentChanged', version: 1 }]);
    expect(ids(st.voided)).toEqual(ids(all));
    expect(st.ignored.map((i) => i.reason)).toEqual(['documentChanged', 'documentChanged', 'documentChanged', 'documentChanged']);
  });

  it('the unchanged document is still signed', () => {
    expect(state({ signatures: everyone('2026-11-25', v1), documentSha256: v1.sha256 }).state).toBe('Signed');
  });
});

describe('the notice (anslag) and the appeal period', () => {
  // signed Tuesday 24 Nov 2026 at 11:00; posted Wednesday 25 Nov; the period ends Wednesday 16 Dec; down from 17 Dec
  const signed = everyone('2026-11-24');
  const posted = notice('Posted', sv('2026-11-25', '09:00'));

  it('signed and not yet posted', () => {
    const st = state({ signatures: signed, now: sv('2026-11-25', '08:00') });
    expect(st).toMatchObject({ state: 'Signed', notice: null, problems: [] });
  });

  it('says when the last day to post has passed', () => {
    const st = state({ signatures: signed, now: sv('2026-11-27', '08:00') });
    expect(st.problems).toEqual([{ code: 'postingOverdue', latest: '2026-11-26' }]);
  });

  it('posted: the appeal period runs, with the day it ends and the day the notice comes down', () => {
    const st = state({ signatures: signed, notices: [posted], now: sv('2026-12-16', '23:00') });
    expect(st.state).toBe('Posted');
    expect(st.notice).toEqual({
      postedOn: '2026-11-25',
      appealEnds: '2026-12-16',
      removeOn: '2026-12-17',
      postedAt: posted.at,
      takenDownAt: null,
    });
    expect(st.problems).toEqual([]);
  });

  it('the period has run once the removal day comes, while the notice is still up', () => {
    expect(state({ signatures: signed, notices: [posted], now: sv('2026-12-17', '00:05') }).state).toBe('AppealPeriodOver');
  });

  it('taken down on the removal day', () => {
    const down = notice('TakenDown', sv('2026-12-17', '08:00'));
    const st = state({ signatures: signed, notices: [posted, down], now: sv('2026-12-18', '08:00') });
    expect(st.state).toBe('TakenDown');
    expect(st.notice?.takenDownAt).toBe(down.at);
  });

  it('taken down a day early: the period has not run out, and the minutes need posting again', () => {
    const down = notice('TakenDown', sv('2026-12-16', '16:00'));
    const st = state({ signatures: signed, notices: [posted, down], now: sv('2026-12-18', '08:00') });
    expect(st.state).toBe('Signed');
    expect(st.notice).toBeNull();
    expect(st.problems).toEqual([
      { code: 'takenDownEarly', postedOn: '2026-11-25', takenDownOn: '2026-12-16', earliest: '2026-12-17' },
      { code: 'postingOverdue', latest: '2026-11-26' },
    ]);
  });

  it('posted again after that: a new period runs from the new posting, and the posting is late', () => {
    const down = notice('TakenDown', sv('2026-12-16', '16:00'));
    const again = notice('Posted', sv('2026-12-18', '09:00'));
    const st = state({ signatures: signed, notices: [posted, down, again], now: sv('2026-12-18', '10:00') });
    expect(st.state).toBe('Posted');
    // 18 Dec + 3 weeks = 8 Jan 2027, a Friday
    expect(st.notice).toMatchObject({ postedOn: '2026-12-18', appealEnds: '2027-01-08', removeOn: '2027-01-09' });
    expect(st.problems).toContainEqual({ code: 'postedLate', latest: '2026-11-26', postedOn: '2026-12-18' });
  });

  it('posted three days after tJ: the period runs, and the late posting is reported', () => {
    const late = notice('Posted', sv('2026-11-27', '09:00'));
    const st = state({ signatures: signed, notices: [late], now: sv('2026-11-27', '10:00') });
    expect(st.state).toBe('Posted');
    expect(st.problems).toEqual([{ code: 'postedLate', latest: '2026-11-26', postedOn: '2026-11-27' }]);
  });

  it("ignores a member's notice event, one before tJ, a second posting and a take-down with nothing up", () => {
    const early = notice('Posted', sv('2026-11-24', '10:00'));
    const byMember = notice('Posted', sv('2026-11-25', '08:00'), { authorId: MEMBER });
    const strayDown = notice('TakenDown', sv('2026-11-25', '08:30'));
    const twice = notice('Posted', sv('2026-11-25', '10:00'));
    const st = state({ signatures: signed, notices: [twice, posted, strayDown, byMember, early] });
    expect(st.notice?.postedAt).toBe(posted.at);
    expect(st.ignoredNotices.map((i) => [i.event.id, i.reason])).toEqual([
      [early.id, 'notSigned'],
      [byMember.id, 'notStaff'],
      [strayDown.id, 'notPosted'],
      [twice.id, 'alreadyPosted'],
    ]);
  });

  it('does not count a posting a failed step left without its text and public version; the next one counts', () => {
    const bare = { ...notice('Posted', sv('2026-11-25', '08:00')), complete: false };
    const retried = { ...notice('Posted', sv('2026-11-25', '08:05')), complete: true };
    const before = state({ signatures: signed, notices: [bare], now: sv('2026-11-25', '08:01') });
    expect(before.state).toBe('Signed');
    expect(before.ignoredNotices).toEqual([{ event: bare, reason: 'unfinished' }]);
    const after = state({ signatures: signed, notices: [bare, retried], now: sv('2026-11-25', '08:06') });
    expect(after.state).toBe('Posted');
    expect(after.notice?.postedAt).toBe(retried.at);
  });

  it('ignores notice events while the minutes are unsigned, and after the period has run', () => {
    const st = state({ signatures: signed.slice(0, 3), notices: [posted] });
    expect(st.state).toBe('Signing');
    expect(st.ignoredNotices).toEqual([{ event: posted, reason: 'notSigned' }]);
    const down = notice('TakenDown', sv('2026-12-17', '08:00'));
    const repost = notice('Posted', sv('2026-12-18', '08:00'));
    const done = state({ signatures: signed, notices: [posted, down, repost], now: sv('2026-12-18', '09:00') });
    expect(done.state).toBe('TakenDown');
    expect(done.ignoredNotices).toEqual([{ event: repost, reason: 'periodRun' }]);
  });
});

describe('a section signed immediately (omedelbar justering)', () => {
  // § 5 is signed at the meeting itself, Tuesday 24 Nov 2026, as document 2
  const extract = version(1, { minutesId: 2, sections: [5], immediate: true });
  const extractSigned = everyone('2026-11-24', extract, 13);
  const extractPosted = notice('Posted', sv('2026-11-24', '17:00'), { minutesId: 2 });
  const full1 = version(1);
  const full2 = version(2);

  it('gets its own tJ and notice, while the full minutes are still being signed', () => {
    const all = [...extractSigned, sig(CHAIR, 'chair', sv('2026-12-01', '08:00'), { v: full1 })];
    const notices = [extractPosted];
    const now = sv('2026-12-01', '09:00');
    const ex = state({ minutesId: 2, versions: [extract, full1], signatures: all, notices, now });
    expect(ex.state).toBe('Posted');
    expect(ex.version?.sections).toEqual([5]);
    expect(ex.signedAt).toBe(sv('2026-11-24', '16:00'));
    expect(ex.notice).toMatchObject({ postedOn: '2026-11-24', appealEnds: '2026-12-15' });

    const full = state({ versions: [extract, full1], signatures: all, notices, now });
    expect(full.state).toBe('Signing');
    expect(full.notice).toBeNull();
    expect(full.ignored.filter((i) => i.reason === 'otherMinutes')).toHaveLength(4);
  });

  it('a new version of the full minutes does not void the signed extract', () => {
    const ex = state({ minutesId: 2, versions: [extract, full1, full2], signatures: extractSigned });
    expect(ex.state).toBe('Signed');
    expect(ex.voided).toEqual([]);
  });
});

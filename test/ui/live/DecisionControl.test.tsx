import '../support/fluent';
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { DecisionControl } from '../../../src/ui/live/console/decision/DecisionControl';
import { snapshotPicture } from '../../../src/data/live/snapshotPicture';
import { DataError, type LiveClient, type LiveSnapshot } from '../../../src/data/services';
import type { VotingView } from '../../../src/data/voting/desk';
import type { ProposalEvent, ProposalKind } from '../../../src/domain/live/types';
import type { AttendanceEvent } from '../../../src/domain/meetings/types';
import type { Ballot, Tally, VoteRecord } from '../../../src/domain/voting/types';
import { peopleOf } from '../../../src/ui/live/people';
import { commonStrings, stringsFor } from '../../../src/ui/strings';
import { resolveLanguage } from '../../../src/ui/strings/registry';
import { votingConsoleStrings } from '../../../src/ui/strings/votingConsole';
import { LiveApp } from '../../../src/ui/live/LiveApp';
import { CLERK_ID, fakeServices, meetingDetails } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';

jest.setTimeout(30000);

const CHAIR = 3;
const LOCKED_AT = '2026-12-01T09:10:00Z';
const STEP_AT = '2026-12-01T09:20:00Z';
const sv = resolveLanguage('sv-SE');

const present = (personId: number, id: number): AttendanceEvent => ({
  id,
  personId,
  kind: 'Present',
  itemNumbers: null,
  fromItemId: null,
  reason: null,
  at: '2026-12-01T08:05:00Z',
  authorId: CLERK_ID,
});

let eventId = 100;
const made = (itemId: number, personId: number, kind: ProposalKind, text = ''): ProposalEvent => ({
  id: ++eventId,
  itemId,
  kind: 'Made',
  proposalKind: kind,
  text,
  refersTo: null,
  unanimousConsent: false,
  personId,
  authorId: personId,
  at: '2026-12-01T09:05:00Z',
});
const supported = (itemId: number, refersTo: number, personId: number): ProposalEvent => ({
  ...made(itemId, personId, 'Approve'),
  kind: 'Supported',
  proposalKind: null,
  text: null,
  refersTo,
});
const locked = (itemId: number): ProposalEvent => ({
  id: ++eventId,
  itemId,
  kind: 'Locked',
  proposalKind: null,
  text: null,
  refersTo: null,
  unanimousConsent: false,
  personId: CHAIR,
  authorId: CHAIR,
  at: LOCKED_AT,
});

/** The meeting at item `itemId` after the roll call (five members present), in its decision phase. */
function snapshot(itemId: number, proposals: ProposalEvent[]): LiveSnapshot {
  const meeting = meetingDetails({ attendance: [7, 2, 3, 4, 5].map((p, i) => present(p, i + 1)) });
  return {
    meeting,
    staff: { chairId: CHAIR, viceChairIds: [], clerkIds: [CLERK_ID] },
    debate: {
      maxRepliesPerSpeech: 2,
      speechSeconds: 300,
      replySeconds: 120,
      answerSeconds: 60,
      substitutesMaySpeak: false,
      eliminationTieByLot: false,
    },
    state: {
      id: 1,
      etag: '"1"',
      revision: 3,
      phase: 'Decision',
      currentItemId: itemId,
      currentSpeakerId: null,
      openVoteId: null,
      turnout: null,
      voteMark: 1,
      mark: { speakers: 0, proposals: proposals.length, attendance: 5, conflicts: 0 },
      modified: '2026-12-01T09:00:00Z',
      authorId: CHAIR,
      editorId: CHAIR,
    },
    speakers: [],
    proposals,
    seen: { speakers: 0, proposals: proposals.length, attendance: 5, conflicts: 0 },
  };
}

let nextVoteId = 500;
function step(over: Partial<VoteRecord> & Pick<VoteRecord, 'stepKind'>): VoteRecord {
  return {
    id: ++nextVoteId,
    itemId: 12,
    step: 1,
    kind: 'Open',
    status: 'Closed',
    yesProposalId: null,
    noProposalId: null,
    order: null,
    question: 'Fråga',
    yesMeaning: 'ja-sidan',
    noMeaning: 'nej-sidan',
    majority: null,
    approvedAt: null,
    openedAt: null,
    closedAt: null,
    electorate: null,
    result: null,
    resultHash: null,
    outcome: null,
    decidedBy: null,
    lotSeed: null,
    witnessIds: [],
    minority: null,
    authorId: CHAIR,
    created: STEP_AT,
    ...over,
  };
}

const electorate = {
  voters: [
    { personId: 7, seatNumber: 1, capacity: 'Member' as const, party: 'S' },
    { personId: 2, seatNumber: 2, capacity: 'Member' as const, party: 'S' },
    { personId: 3, seatNumber: 3, capacity: 'Member' as const, party: 'M' },
    { personId: 4, seatNumber: 4, capacity: 'Member' as const, party: 'M' },
    { personId: 5, seatNumber: 5, capacity: 'Member' as const, party: 'V' },
  ],
  hash: 'e'.repeat(64),
};

/** A desk holding a view the test moves on; its actions are recorded. */
function fakeDesk(view: Partial<VotingView> = {}) {
  const listeners = new Set<() => void>();
  const desk = {
    view: {
      itemId: 12,
      steps: [],
      onScreen: null,
      receipt: null,
      eligible: false,
      verification: { state: 'none' },
      running: null,
      error: null,
      ...view,
    } as VotingView,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    /** What the desk reads back after a write. */
    show(patch: Partial<VotingView>) {
      act(() => {
        desk.view = { ...desk.view, ...patch };
        for (const l of listeners) l();
      });
    },
    recordSettled: jest.fn(() => Promise.resolve()),
    prepareVote: jest.fn(() => Promise.resolve()),
    approveVote: jest.fn(() => Promise.resolve()),
    openVote: jest.fn(() => Promise.resolve()),
    closeVote: jest.fn(() => Promise.resolve()),
    decideTie: jest.fn(() => Promise.resolve()),
    drawLot: jest.fn(() => Promise.resolve()),
    enterPaperResult: jest.fn(() => Promise.resolve()),
    cancelVote: jest.fn(() => Promise.resolve()),
  };
  return desk;
}

type Desk = ReturnType<typeof fakeDesk>;

function renderControl(snap: LiveSnapshot, desk: Desk) {
  const client = { voting: () => Promise.resolve(desk) } as unknown as Pick<LiveClient, 'voting'>;
  const picture = snapshotPicture(snap);
  const people = peopleOf(snap, 'Okänd person', (name, party) => (party ? `${name} (${party})` : name));
  return render(
    <DecisionControl
      client={client}
      snapshot={snap}
      picture={picture}
      people={people}
      common={stringsFor(commonStrings, sv)}
      language={sv}
    />,
  );
}

const ballot = (id: number, authorId: number, choice: Ballot['choice']): Ballot => ({
  id,
  voteId: 0,
  authorId,
  key: `k${id}`,
  choice,
  created: STEP_AT,
});

describe('the chair’s decision procedure', () => {
  it('takes two proposals from the main proposal through “Votering begärs” to an approved question and an open vote', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const snap = snapshot(12, [approve, reject, locked(12)]);
    const desk = fakeDesk();
    const { container } = renderControl(snap, desk);

    expect(await screen.findByRole('heading', { name: 'Huvudförslag' })).toBeTruthy();
    expect(screen.getByText('Anna Linds (S) yrkande om bifall: förslaget till beslut – Budgeten fastställs.')).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Anna Linds (S) yrkande om bifall har majoritet' }));
    expect(screen.getByText(/Huvudförslag: Anna Linds \(S\) yrkande om bifall\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Votering begärs' }));
    await act(() => Promise.resolve());
    expect(desk.recordSettled).toHaveBeenCalledWith(
      expect.objectContaining({ itemId: 12, stepKind: 'MainDeclared', yesProposalId: approve.id, noProposalId: null }),
      null,
      null,
    );

    // the desk reads back the declaration: with two proposals the main vote follows
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id, question: 'Huvudförslag' });
    desk.show({ steps: [declared] });
    expect(screen.getByRole('heading', { name: 'Huvudvotering' })).toBeTruthy();
    const question = screen.getByLabelText('Proposition') as HTMLTextAreaElement;
    expect(question.value).toBe(
      'Den som bifaller Anna Linds (S) yrkande om bifall röstar ja. Den som bifaller David Holms (M) yrkande om avslag röstar nej.',
    );
    const yes = screen.getByLabelText('Ja innebär') as HTMLTextAreaElement;
    expect(yes.value).toBe('Anna Linds (S) yrkande om bifall: förslaget till beslut – Budgeten fastställs.');
    fireEvent.change(screen.getByLabelText('Nej innebär'), { target: { value: 'avslag på budgeten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg fram propositionen' }));
    await act(() => Promise.resolve());
    expect(desk.prepareVote).toHaveBeenCalledWith({
      itemId: 12,
      stepKind: 'MainVote',
      kind: 'Open',
      yesProposalId: approve.id,
      noProposalId: reject.id,
      question: question.value,
      yesMeaning: yes.value,
      noMeaning: 'avslag på budgeten',
      majority: null,
    });

    const prepared = step({
      stepKind: 'MainVote',
      step: 2,
      status: 'Prepared',
      yesProposalId: approve.id,
      noProposalId: reject.id,
      question: question.value,
      yesMeaning: yes.value,
      noMeaning: 'avslag på budgeten',
    });
    desk.show({ steps: [declared, prepared], onScreen: prepared });
    fireEvent.click(screen.getByRole('button', { name: 'Propositionen godkänd av församlingen' }));
    await act(() => Promise.resolve());
    expect(desk.approveVote).toHaveBeenCalledWith(prepared.id, {
      question: prepared.question,
      yesMeaning: prepared.yesMeaning,
      noMeaning: 'avslag på budgeten',
    });
    expect(desk.openVote).not.toHaveBeenCalled();

    const approved = { ...prepared, approvedAt: '2026-12-01T09:21:00Z' };
    desk.show({ steps: [declared, approved], onScreen: approved });
    expect(screen.getByText('Propositionen är godkänd av församlingen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Öppna voteringen' }));
    await act(() => Promise.resolve());
    expect(desk.openVote).toHaveBeenCalledWith(prepared.id);
    expect(screen.getByText('Huvudförslag: Anna Linds (S) yrkande om bifall. Votering begärdes.')).toBeTruthy();
  });

  it('keeps a question the assembly has not approved from being presented while it is empty', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const desk = fakeDesk({ steps: [declared] });
    renderControl(snapshot(12, [approve, reject, locked(12)]), desk);
    fireEvent.change(await screen.findByLabelText('Proposition'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg fram propositionen' }));
    expect(screen.getByText('Skriv propositionen.')).toBeTruthy();
    expect(desk.prepareVote).not.toHaveBeenCalled();
  });

  it('shows the order of three proposals, reorders it by keyboard and records the approved order', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const own = made(12, 5, 'Own', 'Budgeten fastställs med 10 miljoner kronor mer till vården.');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const desk = fakeDesk({ steps: [declared] });
    const { container } = renderControl(snapshot(12, [approve, reject, own, locked(12)]), desk);

    expect(await screen.findByRole('heading', { name: 'Propositionsordning' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Propositionsordning för motförslaget' });
    const rows = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(rows()[0]).toMatch(/^1\. David Holms \(M\) yrkande om avslag/);
    expect(rows()[1]).toMatch(/^2\. Eva Strands \(V\) yrkande: Budgeten fastställs/);
    await expectNoAxeViolations(container);

    // a native button: Enter and Space press it; focus stays on the proposal moved
    const down = screen.getByRole('button', { name: 'Flytta ned: David Holms (M) yrkande om avslag' });
    down.focus();
    fireEvent.click(down);
    expect(rows()[0]).toMatch(/^1\. Eva Strands \(V\) yrkande/);
    expect(rows()[1]).toMatch(/^2\. David Holms \(M\) yrkande om avslag/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta upp: David Holms (M) yrkande om avslag' }));
    expect(screen.getByText('David Holms (M) yrkande om avslag: 2 av 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Församlingen godkänner ordningen' }));
    await act(() => Promise.resolve());
    expect(desk.recordSettled).toHaveBeenCalledWith(
      expect.objectContaining({ stepKind: 'Order', order: [own.id, reject.id], itemId: 12 }),
      null,
      null,
    );

    // approved: the first elimination round, by acclamation
    desk.show({ steps: [declared, step({ stepKind: 'Order', step: 2, order: [own.id, reject.id] })] });
    expect(screen.getByRole('heading', { name: 'Motförslag, omgång 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Eva Strands (V) yrkande har majoritet' }));
    await act(() => Promise.resolve());
    expect(desk.recordSettled).toHaveBeenLastCalledWith(
      expect.objectContaining({ stepKind: 'Elimination', yesProposalId: own.id, noProposalId: reject.id }),
      'Yes',
      'Acclamation',
    );
  });

  it('shows who has not voted in an open vote, by name, and never a choice', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const open = step({
      stepKind: 'MainVote',
      step: 2,
      status: 'Open',
      yesProposalId: approve.id,
      noProposalId: reject.id,
      approvedAt: STEP_AT,
      openedAt: STEP_AT,
      electorate,
    });
    const running: Tally = {
      voteId: open.id,
      yes: 1,
      no: 1,
      abstain: 0,
      absent: 3,
      choices: electorate.voters.map((x) => ({
        personId: x.personId,
        choice: x.personId === 7 ? 'Yes' : x.personId === 4 ? 'No' : 'Absent',
      })),
      counted: [ballot(1, 7, 'Yes'), ballot(2, 4, 'No')],
      rejected: [],
    };
    const snap = snapshot(12, [approve, reject, locked(12)]);
    snap.state = { ...snap.state!, phase: 'Voting', openVoteId: open.id, turnout: 2 };
    const desk = fakeDesk({ steps: [declared, open], onScreen: open, running });
    const { container } = renderControl(snap, desk);

    expect(await screen.findByText('2 av 5 har röstat')).toBeTruthy();
    const waiting = screen.getByRole('heading', { name: 'Har inte röstat' }).nextElementSibling as HTMLElement;
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Bo Ek (S)', 'Cecilia Berg (M)', 'Eva Strand (V)']);
    expect(screen.queryByText(/Anna Lind \(S\)/)).toBeNull();
    expect(screen.queryByText(/^(Ja|Nej|Avstår)$/)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    await expectNoAxeViolations(container);

    fireEvent.click(screen.getByRole('button', { name: 'Stäng voteringen' }));
    await act(() => Promise.resolve());
    expect(desk.closeVote).toHaveBeenCalledWith(open.id);
  });

  it('stops on a tie the chair did not vote on and lets the chair decide', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const tied = step({
      stepKind: 'MainVote',
      step: 2,
      yesProposalId: approve.id,
      noProposalId: reject.id,
      approvedAt: STEP_AT,
      openedAt: STEP_AT,
      closedAt: STEP_AT,
      electorate,
      result: { yes: 2, no: 2, abstain: 1, absent: 0, choices: [], counted: [], rejected: [] },
    });
    const desk = fakeDesk({ steps: [declared, tied], onScreen: tied, verification: { state: 'verified' } });
    const { container } = renderControl(snapshot(12, [approve, reject, locked(12)]), desk);

    expect(await screen.findByText('Lika röstetal. Ordföranden röstade inte eller avstod: ordföranden avgör.')).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Ordföranden avgör: Nej' }));
    await act(() => Promise.resolve());
    expect(desk.decideTie).toHaveBeenCalledWith(tied.id, 'No');

    // decided: the result stays on screen with the decision in words
    const settled = { ...tied, outcome: 'No' as const, decidedBy: 'ChairDecision' as const };
    desk.show({ steps: [declared, settled], onScreen: settled });
    expect(screen.getByRole('heading', { name: 'Beslut' })).toBeTruthy();
    expect(screen.getByText('Regionfullmäktige beslutar enligt David Holms (M) yrkande om avslag.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ordföranden avgör: Ja' })).toBeNull();
  });

  it('says in Swedish why the vote cannot open when the desk refuses it for want of a quorum', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const approved = step({
      stepKind: 'MainVote',
      step: 2,
      status: 'Prepared',
      yesProposalId: approve.id,
      noProposalId: reject.id,
      approvedAt: STEP_AT,
    });
    const desk = fakeDesk({ steps: [declared, approved], onScreen: approved });
    // the English detail goes to the log only
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    desk.openVote.mockImplementation(() =>
      Promise.reject(new DataError('invalid', 'The decision procedure refuses this: quorumMissing.', undefined, 'quorumMissing')),
    );
    renderControl(snapshot(12, [approve, reject, locked(12)]), desk);
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna voteringen' }));
    expect(await screen.findByText('Sammanträdet är inte beslutfört.')).toBeTruthy();
    expect(screen.queryByText(/refuses/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Öppna voteringen' })).toBeTruthy();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('counts a minority referral back against a third of those present', async () => {
    const approve = made(12, 7, 'Approve');
    const minority = made(12, 4, 'MinorityReferBack', 'Underlaget om investeringarna behöver kompletteras.');
    const desk = fakeDesk();
    renderControl(snapshot(12, [approve, minority, supported(12, minority.id, 3), locked(12)]), desk);
    expect(await screen.findByText('2 av 5 närvarande begär; krävs 2 (en tredjedel)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ärendet återremitteras på minoritetens begäran' }));
    await act(() => Promise.resolve());
    expect(desk.recordSettled).toHaveBeenCalledWith(
      expect.objectContaining({ stepKind: 'MinorityReferral', yesProposalId: minority.id, minority: { asking: 2, present: 5 } }),
      'Yes',
      'Minority',
    );
  });

  it('runs a secret election on paper: says why, and takes the tellers’ count only with both co-signers', async () => {
    const first = made(11, 7, 'Own', 'Bo Ek och Eva Strand');
    const second = made(11, 4, 'Own', 'David Holm och Greta Lund');
    const declared = step({ stepKind: 'MainDeclared', itemId: 11, yesProposalId: first.id });
    const desk = fakeDesk({ itemId: 11, steps: [declared] });
    const { container } = renderControl(snapshot(11, [first, second, locked(11)]), desk);

    fireEvent.click(await screen.findByRole('button', { name: 'Slutet val begärs' }));
    expect(await screen.findByText(/kan inte hållas hemligt i det här systemet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Förbered slutet val på papper' }));
    await act(() => Promise.resolve());
    expect(desk.prepareVote).toHaveBeenCalledWith(expect.objectContaining({ itemId: 11, stepKind: 'MainVote', kind: 'PaperSecret' }));

    const paper = step({
      stepKind: 'MainVote',
      itemId: 11,
      step: 2,
      kind: 'PaperSecret',
      status: 'Prepared',
      yesProposalId: first.id,
      noProposalId: second.id,
      approvedAt: STEP_AT,
    });
    desk.show({ steps: [declared, paper], onScreen: paper });
    expect(screen.getByRole('heading', { name: 'Rösträknarnas resultat' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Öppna voteringen' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Ja'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Nej'), { target: { value: 'två' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bo Ek' }));
    fireEvent.click(screen.getByRole('button', { name: 'För in resultatet' }));
    expect(await screen.findByText('Ange ett helt tal, noll eller fler.')).toBeTruthy();
    expect(screen.getByText('Markera båda justerarna.')).toBeTruthy();
    expect(desk.enterPaperResult).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    fireEvent.change(screen.getByLabelText('Nej'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eva Strand' }));
    fireEvent.click(screen.getByRole('button', { name: 'För in resultatet' }));
    await act(() => Promise.resolve());
    expect(desk.enterPaperResult).toHaveBeenCalledWith(paper.id, { yes: 3, no: 2, abstain: 0 }, [2, 5]);
  });

  it('draws lots on a tie in an election and shows the seed for the co-signers', async () => {
    const first = made(11, 7, 'Own', 'Bo Ek och Eva Strand');
    const second = made(11, 4, 'Own', 'David Holm och Greta Lund');
    const declared = step({ stepKind: 'MainDeclared', itemId: 11, yesProposalId: first.id });
    const tied = step({
      stepKind: 'MainVote',
      itemId: 11,
      step: 2,
      kind: 'OpenElection',
      yesProposalId: first.id,
      noProposalId: second.id,
      electorate,
      result: { yes: 2, no: 2, abstain: 1, absent: 0, choices: [], counted: [], rejected: [] },
    });
    const desk = fakeDesk({ itemId: 11, steps: [declared, tied], onScreen: tied });
    renderControl(snapshot(11, [first, second, locked(11)]), desk);
    expect(await screen.findByText('Lika röstetal i valet: lottning avgör.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lotta' }));
    await act(() => Promise.resolve());
    expect(desk.drawLot).toHaveBeenCalledWith(tied.id);

    const seed = 'ab'.repeat(32);
    const drawn = { ...tied, outcome: 'Yes' as const, decidedBy: 'Lot' as const, lotSeed: seed };
    desk.show({ steps: [declared, drawn], onScreen: drawn });
    expect(screen.getByText('Lotten föll på Ja.')).toBeTruthy();
    expect(screen.getByText(`Slumpfrö: ${seed}`)).toBeTruthy();
    expect(screen.getByText(/Visa slumpfröt för justerarna/)).toBeTruthy();
  });

  it('raises the recount alarm beside the result', async () => {
    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id });
    const closed = step({
      stepKind: 'MainVote',
      step: 2,
      yesProposalId: approve.id,
      noProposalId: reject.id,
      outcome: 'Yes',
      decidedBy: 'Vote',
      electorate,
      result: { yes: 3, no: 2, abstain: 0, absent: 0, choices: [], counted: [], rejected: [] },
    });
    const desk = fakeDesk({ steps: [declared, closed], onScreen: closed, verification: { state: 'alarm', differences: ['counts'] } });
    renderControl(snapshot(12, [approve, reject, locked(12)]), desk);
    const alarm = (await screen.findByText(/omräkningen av röstsedlarna ger inte samma resultat/)).closest('[role="alert"]');
    expect(alarm?.textContent).toMatch(/Antalet Ja, Nej, Avstår eller Deltar ej skiljer sig/);
  });

  it('speaks English from a table with the same keys as the Swedish one', async () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(votingConsoleStrings.tables['en-US'] as object).sort()).toEqual(keys(votingConsoleStrings.tables['sv-SE']).sort());

    const approve = made(12, 7, 'Approve');
    const reject = made(12, 4, 'Reject');
    const snap = snapshot(12, [approve, reject, locked(12)]);
    const client = { voting: () => Promise.resolve(fakeDesk()) } as unknown as Pick<LiveClient, 'voting'>;
    const en = resolveLanguage('en-US');
    render(
      <DecisionControl
        client={client}
        snapshot={snap}
        picture={snapshotPicture(snap)}
        people={peopleOf(snap, 'Unknown', (name, party) => `${name} (${party})`)}
        common={stringsFor(commonStrings, en)}
        language={en}
      />,
    );
    expect(await screen.findByRole('button', { name: 'The motion to approve by Anna Lind (S) has the majority' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Decision procedure' })).toBeTruthy();
  });

  it('sits in the chair’s console beside the proposals and asks for the lock first', async () => {
    const snap = snapshot(12, [made(12, 7, 'Approve'), made(12, 4, 'Reject')]);
    snap.state = { ...snap.state!, phase: 'Debate', voteMark: 0 };
    const picture = snapshotPicture(snap);
    const client = {
      snapshot: snap,
      status: { requests: [], lastOkAt: Date.parse('2026-12-01T09:00:00Z'), error: null },
      watch: { skewMs: 0 },
      meetingId: snap.meeting.id,
      picture: () => picture,
      serverNow: () => new Date('2026-12-01T09:00:00Z'),
      subscribe: () => () => undefined,
      start: jest.fn(),
      stop: jest.fn(),
      setConsole: jest.fn(),
      refresh: jest.fn(() => Promise.resolve()),
      voting: jest.fn(() => Promise.resolve(fakeDesk())),
    } as unknown as LiveClient;
    const services = fakeServices({ user: { siteUserId: CHAIR }, live: { open: () => Promise.resolve(client) } });
    render(<LiveApp services={services} target={{ meetingId: 42 }} view="auto" teamsTheme={null} />);
    const section = (await screen.findByRole('heading', { name: 'Beslutsgång' })).closest('section')!;
    expect(within(section).getByText(/Yrkandena är inte låsta/)).toBeTruthy();
    // nothing recorded yet: the desk's chunk waits until the chair records the first step
    expect(client.voting).not.toHaveBeenCalled();
    await expectNoAxeViolations(section);
  });

  it('puts an amendment after the main decision and words what the item decided', async () => {
    const approve = made(12, 7, 'Approve');
    const amendment = made(12, 5, 'Amendment', 'Anslaget till kollektivtrafiken höjs med 5 miljoner kronor.');
    const declared = step({ stepKind: 'MainDeclared', yesProposalId: approve.id, outcome: 'Yes', decidedBy: 'Acclamation' });
    const desk = fakeDesk({ steps: [declared] });
    renderControl(snapshot(12, [approve, amendment, locked(12)]), desk);
    expect(
      await screen.findByText('Eva Strands (V) ändringsyrkande: Anslaget till kollektivtrafiken höjs med 5 miljoner kronor.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Avslag på Eva Strands (V) ändringsyrkande' }));
    await act(() => Promise.resolve());
    expect(desk.recordSettled).toHaveBeenCalledWith(
      expect.objectContaining({ stepKind: 'Amendment', yesProposalId: amendment.id, noProposalId: null }),
      'No',
      'Acclamation',
    );
    desk.show({
      steps: [declared, step({ stepKind: 'Amendment', step: 2, yesProposalId: amendment.id, outcome: 'No', decidedBy: 'Acclamation' })],
    });
    expect(screen.getByText('Regionfullmäktige beslutar enligt Anna Linds (S) yrkande om bifall.')).toBeTruthy();
    expect(screen.getByText('Eva Strands (V) ändringsyrkande är avslaget.')).toBeTruthy();
    expect(screen.getByText('Eva Strands (V) ändringsyrkande: avslaget (acklamation).')).toBeTruthy();
  });
});

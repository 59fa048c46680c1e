import '../support/fluent';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { LiveApp } from '../../../src/ui/live/LiveApp';
import { StageVote } from '../../../src/ui/live/voting/StageVote';
import { decisionLines, partyCounts } from '../../../src/ui/live/voting/decision';
import { snapshotPicture } from '../../../src/data/live/snapshotPicture';
import type { LiveClient, LiveSnapshot } from '../../../src/data/services';
import type { VoteRecord } from '../../../src/domain/voting/types';
import { resolveLanguage, stringsFor } from '../../../src/ui/strings';
import { votingStrings } from '../../../src/ui/strings/voting';
import { fakeServices } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';
import { clientOf, closedVote, fakeDesk, peopleFor, QUESTION, RESULT, voteRecord, votingSnapshot } from './votingFixtures';

const sv = resolveLanguage('sv-SE');
const t = stringsFor(votingStrings, sv);

function renderStage(vote: VoteRecord, snap: LiveSnapshot = votingSnapshot({ phase: 'Decision', turnout: 5 })) {
  const desk = fakeDesk({ onScreen: vote });
  return render(
    <StageVote client={clientOf(desk)} snapshot={snap} picture={snapshotPicture(snap)} people={peopleFor(snap)} language={sv} />,
  );
}

describe('the vote on the stage', () => {
  it('shows the question and, while open, how many have voted — counts only', async () => {
    renderStage(voteRecord(), votingSnapshot({ turnout: 3 }));
    expect(await screen.findByRole('heading', { name: QUESTION })).toBeTruthy();
    expect(screen.getByText('3 av 5 har röstat')).toBeTruthy();
    // nobody's choice, no figures, no table until the close
    expect(screen.queryByText('Ja')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByLabelText('Resultat')).toBeNull();
  });

  it('after the close shows Ja, Nej, Avstår, Deltar ej in large figures, by party, and the decision in words', async () => {
    const { container } = renderStage(closedVote());
    const figures = await screen.findByLabelText('Resultat');
    expect(
      within(figures)
        .getAllByRole('term')
        .map((d) => d.textContent),
    ).toEqual(['Ja', 'Nej', 'Avstår', 'Deltar ej']);
    expect(
      within(figures)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['1', '3', '1', '0']);
    expect(screen.getByText('Regionfullmäktige bifaller Anna Linds (S) yrkande.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Röster per parti' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows).toEqual([
      ['S', '0', '2', '0', '0'],
      ['M', '1', '0', '1', '0'],
      ['V', '0', '1', '0', '0'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('says when a tie awaits the chair or a lot, and shows the seed of a lot drawn', async () => {
    const tie = { ...RESULT, yes: 2, no: 2, abstain: 1 };
    const first = renderStage(closedVote({ result: tie, outcome: null, decidedBy: null }));
    expect(await screen.findByText('Lika röstetal – ordföranden avgör.')).toBeTruthy();
    first.unmount();
    const second = renderStage(closedVote({ kind: 'OpenElection', result: tie, outcome: null, decidedBy: null }));
    expect(await screen.findByText('Lika röstetal – lottning.')).toBeTruthy();
    second.unmount();
    renderStage(closedVote({ kind: 'OpenElection', result: tie, outcome: 'Yes', decidedBy: 'Lot', lotSeed: '9f2c6a1e' }));
    expect(await screen.findByText('Regionfullmäktige bifaller förslaget till beslut.')).toBeTruthy();
    expect(screen.getByText('Lika röstetal – avgjort genom lottning.')).toBeTruthy();
    expect(screen.getByText('Lottningens slumpfrö: 9f2c6a1e')).toBeTruthy();
  });
});

describe('the stage view with a vote on screen', () => {
  it('shows the vote in place of the speaker while a vote is on screen', async () => {
    const snap = votingSnapshot({ phase: 'Decision', turnout: 5 });
    const picture = snapshotPicture(snap);
    const client = {
      snapshot: snap,
      status: { requests: [], lastOkAt: null, error: null },
      watch: { skewMs: 0 },
      meetingId: snap.meeting.id,
      picture: () => picture,
      subscribe: () => () => undefined,
      start: jest.fn(),
      stop: jest.fn(),
      setConsole: jest.fn(),
      voting: clientOf(fakeDesk({ onScreen: closedVote() })).voting,
    } as unknown as LiveClient;
    const services = fakeServices({ user: { siteUserId: 99 }, live: { open: () => Promise.resolve(client) } });
    render(<LiveApp services={services} target={{ meetingId: 42 }} view="stage" teamsTheme={null} />);
    expect(await screen.findByText('Regionfullmäktige bifaller Anna Linds (S) yrkande.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: QUESTION })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Näst på tur' })).toBeNull();
  });
});

describe('the decision in plain words', () => {
  const snap = votingSnapshot();
  const picture = snapshotPicture(snap);
  const proposals = picture.current!.proposals.proposals;
  const people = peopleFor(snap);
  const who = { name: people.name, party: picture.partyOf };
  const words = (v: VoteRecord) => decisionLines(v, proposals, who, 'Regionfullmäktige', t);

  it.each<[string, Partial<VoteRecord>, string[]]>([
    ['main vote, Ja: the main proposal', { outcome: 'Yes' }, ['Regionfullmäktige bifaller förslaget till beslut.']],
    ['main vote, Nej: the counter-proposal', { outcome: 'No' }, ['Regionfullmäktige bifaller Anna Linds (S) yrkande.']],
    [
      'a tie settled by the chair’s casting vote',
      { outcome: 'Yes', decidedBy: 'CastingVote' },
      ['Regionfullmäktige bifaller förslaget till beslut.', 'Lika röstetal – avgjort med ordförandens utslagsröst.'],
    ],
    [
      'elimination: the winner becomes the counter-proposal',
      { stepKind: 'Elimination', yesProposalId: 31, noProposalId: 30, outcome: 'Yes' },
      ['Anna Linds (S) yrkande blir motförslag i huvudvoteringen.'],
    ],
    [
      'procedural Nej: referred back',
      { stepKind: 'Procedural', yesProposalId: 31, noProposalId: null, outcome: 'No' },
      ['Regionfullmäktige återremitterar ärendet.'],
    ],
    [
      'procedural Ja: decided today',
      { stepKind: 'Procedural', yesProposalId: 31, noProposalId: null, outcome: 'Yes' },
      ['Regionfullmäktige avgör ärendet i dag.'],
    ],
    [
      'an addition adopted',
      { stepKind: 'Amendment', yesProposalId: 32, noProposalId: null, outcome: 'Yes' },
      ['Regionfullmäktige bifaller Eva Strands (V) tilläggsyrkande.'],
    ],
    [
      'a qualified majority missed',
      { outcome: 'No', majority: { numerator: 2, denominator: 3, of: 'cast' }, result: { ...RESULT, yes: 3, no: 2 } },
      [
        'Regionfullmäktige bifaller Anna Linds (S) yrkande.',
        'Förslaget på Ja-sidan fick inte den kvalificerade majoritet som krävs (2/3) och faller.',
      ],
    ],
  ])('%s', (_, over, expected) => {
    expect(words(closedVote(over))).toEqual(expected);
  });

  it('writes nothing for a vote not closed, and counts by party from the stored choices', () => {
    expect(words(voteRecord())).toEqual([]);
    expect(partyCounts(RESULT, voteRecord().electorate!.voters)).toEqual([
      { party: 'S', yes: 0, no: 2, abstain: 0, absent: 0 },
      { party: 'M', yes: 1, no: 0, abstain: 1, absent: 0 },
      { party: 'V', yes: 0, no: 1, abstain: 0, absent: 0 },
    ]);
  });
});

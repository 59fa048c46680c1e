import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { LivePicture } from '../../../../domain/live/picture';
import { procedure, type ProcedureNext, type ProcedureState } from '../../../../domain/voting/procedure';
import type { VoteRecord } from '../../../../domain/voting/types';
import type { LiveClient, LiveSnapshot } from '../../../../data/services';
import type { Verification } from '../../../../data/voting/desk';
import type { CommonStrings } from '../../../strings';
import { liveErrorStrings } from '../../../strings/liveErrors';
import type { Language } from '../../../strings/registry';
import { votingStrings } from '../../../strings/voting';
import { votingConsoleStrings } from '../../../strings/votingConsole';
import { votingErrorStrings } from '../../../strings/votingErrors';
import { ErrorMessage } from '../../../common/ErrorMessage';
import { useStrings } from '../../../common/useLanguage';
import type { People } from '../../people';
import { useLiveClasses } from '../../styles';
import { useVoting, votingWanted } from '../../voting/useVoting';
import type { DecisionContext } from './context';
import { History } from './History';
import { PreparedVote } from './PreparedVote';
import { QuestionDraft } from './QuestionDraft';
import { TaskHeading } from './focus';
import { AcclaimOrVote, DeclareMainTask, MinorityTask, OrderTask, SingleTask } from './Tasks';
import { ClosedVote, OpenVote } from './VoteCard';
import { decisionWords, naming } from './words';

export interface DecisionControlProps {
  client: Pick<LiveClient, 'voting'>;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  people: People;
  common: CommonStrings;
  language: Language;
}

const NO_VERIFICATION: Verification = { state: 'none' };
const NO_STEPS: readonly VoteRecord[] = [];

/**
 * The chair's decision procedure on the current item (DOMAIN §4–5), one task at a time, as the
 * domain's `procedure` replays it from the recorded steps: minority referrals, procedural motions,
 * the main proposal by acclamation, the order and the counter-proposal chain, the main vote, the
 * amendments; each vote's question approved before it opens, the turnout while open (never the
 * choices), the result, ties and lots; then the decision in words and the steps so far.
 */
export function DecisionControl({ client, snapshot, picture, people, common, language }: DecisionControlProps): JSX.Element | null {
  const css = useLiveClasses();
  const s = useStrings(votingConsoleStrings, language);
  const v = useStrings(votingStrings, language);
  const liveErrors = useStrings(liveErrorStrings, language);
  const votingErrors = useStrings(votingErrorStrings, language);
  const errors = React.useMemo(() => ({ ...liveErrors, ...votingErrors }), [liveErrors, votingErrors]);
  const voting = useVoting(client, snapshot);
  const used = React.useRef(false);
  const deskRef = React.useRef(voting?.desk ?? null);
  deskRef.current = voting?.desk ?? null;

  const current = picture.current;
  const itemId = current?.itemId ?? null;
  const item = snapshot.meeting.items.find((i) => i.id === itemId) ?? null;
  const election = item?.kind === 'Election';
  const view = voting?.view ?? null;
  // Before the first step of the meeting the live state has not asked for the desk: nothing is recorded yet.
  const steps: readonly VoteRecord[] | null =
    view === null ? (voting === null && !votingWanted(snapshot.state) ? NO_STEPS : null) : view.itemId === itemId ? view.steps : null;
  const present = current ? current.seats.seats.filter((x) => x.holderId !== null).length : 0;
  const proposals = current?.proposals ?? null;
  const state = React.useMemo<ProcedureState | null>(
    () =>
      proposals && steps
        ? procedure({ proposals, steps, present, election, eliminationTieByLot: snapshot.debate.eliminationTieByLot })
        : null,
    [proposals, steps, present, election, snapshot.debate.eliminationTieByLot],
  );
  const n = React.useMemo(
    () =>
      proposals && naming(proposals, { name: people.name, label: people.label, party: picture.partyOf }, item?.proposedDecision ?? '', s),
    [proposals, people, picture, item, s],
  );

  if (!current || !proposals || !n || itemId === null) return null;

  const ctx: DecisionContext = {
    s,
    v,
    common,
    errors,
    css,
    n,
    people,
    snapshot,
    picture,
    itemId,
    election,
    used,
    desk: () => (deskRef.current ? Promise.resolve(deskRef.current) : client.voting()),
  };
  const onScreen = view?.onScreen && view.onScreen.itemId === itemId ? view.onScreen : null;

  let body: React.ReactNode;
  if (voting && voting.desk === null) body = <ErrorMessage error={voting.error} strings={common} />;
  else if (!proposals.locked)
    body = <p className={css.text}>{proposals.proposals.some((p) => !p.withdrawn) ? s.lockFirst : s.nothingToDecide}</p>;
  else if (!state) body = <p className={css.status}>{s.loading}</p>;
  else {
    const awaitingId = state.next.kind === 'awaiting' ? state.next.step.id : null;
    const last = onScreen && onScreen.status === 'Closed' && onScreen.id !== awaitingId ? onScreen : null;
    body = (
      <>
        {last && (
          <ClosedVote key={`last-${last.id}`} ctx={ctx} vote={last} awaiting={null} verification={view?.verification ?? NO_VERIFICATION} />
        )}
        <Task
          ctx={ctx}
          state={state}
          onScreen={onScreen}
          running={view?.running ?? null}
          verification={view?.verification ?? NO_VERIFICATION}
        />
        <History ctx={ctx} state={state} />
      </>
    );
  }

  return (
    <section
      className={css.card}
      aria-labelledby="live-decision-heading"
      onClickCapture={() => void (used.current = true)}
      onKeyDownCapture={() => void (used.current = true)}
    >
      <h2 id="live-decision-heading" className={css.heading}>
        {s.heading}
      </h2>
      {view?.error && <MessageBar messageBarType={MessageBarType.warning}>{v.stale}</MessageBar>}
      {body}
    </section>
  );
}

/** The next step of the procedure as one task with its actions. */
function Task({
  ctx,
  state,
  onScreen,
  running,
  verification,
}: {
  ctx: DecisionContext;
  state: ProcedureState;
  onScreen: VoteRecord | null;
  running: Parameters<typeof OpenVote>[0]['running'];
  verification: Verification;
}): JSX.Element {
  const { s, css, n } = ctx;
  const next: ProcedureNext = state.next;
  switch (next.kind) {
    case 'lockFirst':
      return <p className={css.text}>{s.lockFirst}</p>;
    case 'minority':
      return <MinorityTask key={`minority-${next.proposalId}`} ctx={ctx} {...next} />;
    case 'procedural':
      return (
        <AcclaimOrVote
          key={`procedural-${next.proposalId}`}
          ctx={ctx}
          title={s.procedural.title[next.motion]}
          hint={s.procedural.hint(n.name(next.proposalId))}
          detail={[n.full(next.proposalId)]}
          options={[
            { text: s.procedural.today, side: 'Yes' },
            { text: s.procedural.motion[next.motion], side: 'No' },
          ]}
          task={{ stepKind: 'Procedural', yes: next.proposalId, motion: next.motion }}
        />
      );
    case 'declareMain':
      return <DeclareMainTask key={`main-${next.candidates.join(',')}`} ctx={ctx} candidates={next.candidates} />;
    case 'acclaimSingle':
      return <SingleTask key={`single-${next.proposalId}`} ctx={ctx} proposalId={next.proposalId} />;
    case 'order':
      return <OrderTask key={`order-${next.proposed.join(',')}`} ctx={ctx} proposed={next.proposed} main={state.main} />;
    case 'elimination':
      return (
        <AcclaimOrVote
          key={`elimination-${next.round}-${next.current}-${next.challenger}`}
          ctx={ctx}
          title={s.elimination.title(next.round)}
          hint={s.elimination.hint(n.name(next.current), n.name(next.challenger))}
          detail={[n.full(next.current), n.full(next.challenger)]}
          options={[
            { text: s.acclamation.hasMajority(n.name(next.current)), side: 'Yes' },
            { text: s.acclamation.hasMajority(n.name(next.challenger)), side: 'No' },
          ]}
          task={{ stepKind: 'Elimination', yes: next.current, no: next.challenger }}
        />
      );
    case 'mainVote':
      return (
        <div key={`mainvote-${next.main}-${next.counter}`}>
          <TaskHeading ctx={ctx}>{s.mainVote.title}</TaskHeading>
          <p className={css.text}>{s.mainVote.hint(n.name(next.main), n.name(next.counter))}</p>
          <QuestionDraft ctx={ctx} task={{ stepKind: 'MainVote', yes: next.main, no: next.counter }} />
        </div>
      );
    case 'amendment':
      return (
        <AcclaimOrVote
          key={`amendment-${next.proposalId}`}
          ctx={ctx}
          title={s.amendment.title(n.name(next.proposalId))}
          hint={s.amendment.hint(n.name(next.proposalId))}
          detail={[n.full(next.proposalId)]}
          options={[
            { text: s.amendment.adopt(n.name(next.proposalId)), side: 'Yes' },
            { text: s.amendment.reject(n.name(next.proposalId)), side: 'No' },
          ]}
          task={{ stepKind: 'Amendment', yes: next.proposalId }}
        />
      );
    case 'awaiting': {
      // the vote on screen carries the frozen electorate and the result; the listed step does not
      const vote = onScreen?.id === next.step.id ? onScreen : next.step;
      if (next.reason === 'prepared') return <PreparedVote key={`prepared-${vote.id}`} ctx={ctx} vote={vote} />;
      if (next.reason === 'open')
        return vote.electorate ? (
          <OpenVote key={`open-${vote.id}`} ctx={ctx} vote={vote} running={running} />
        ) : (
          <p className={css.status}>{s.loading}</p>
        );
      return (
        <ClosedVote
          key={`closed-${vote.id}-${next.reason}`}
          ctx={ctx}
          vote={vote}
          awaiting={next.reason}
          verification={vote === onScreen ? verification : NO_VERIFICATION}
        />
      );
    }
    case 'done': {
      const lines = state.decision ? decisionWords(state.decision, state.lapsed, ctx.snapshot.meeting.bodyName, n, s) : [s.nothingToDecide];
      return (
        <div role="status">
          <h3 className={css.heading}>{s.done.heading}</h3>
          {lines.map((line) => (
            <p key={line} className={css.text}>
              {state.decision ? <strong>{line}</strong> : line}
            </p>
          ))}
        </div>
      );
    }
  }
}

import * as React from 'react';
import { ChoiceGroup, type IChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { LivePicture } from '../../../domain/live/picture';
import type { Ballot, VoteChoice, VoteRecord } from '../../../domain/voting/types';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { VotingDesk, VotingView } from '../../../data/voting/desk';
import { intlOf, type CommonStrings, type ErrorText } from '../../strings';
import { votingStrings, type NotEligibleReason, type ResultDifferenceName, type VotingStrings } from '../../strings/voting';
import { votingErrorStrings } from '../../strings/votingErrors';
import { useStrings } from '../../common/useLanguage';
import { useMounted } from '../../common/useMounted';
import { ErrorMessage } from '../../common/ErrorMessage';
import { canRetry, errorText, rawCode } from '../../common/errorKind';
import { LiveLanguage } from '../language';
import type { People } from '../people';
import { useLiveClasses, type LiveClasses } from '../styles';
import { CountsTable } from './CountsTable';
import { decisionLines, listedPeople, tieGoesToLot, type Who } from './decision';
import { useVoting } from './useVoting';

export interface VotePanelProps {
  client: Pick<LiveClient, 'voting'>;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  people: People;
  me: number;
  common: CommonStrings;
  /** The view's clock time of a server instant ("09:41"). */
  time(iso: string): string;
}

const CHOICES: VoteChoice[] = ['Yes', 'No', 'Abstain'];

function voteClasses(theme: ITheme) {
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    question: {
      fontSize: '1.125rem',
      fontWeight: 600,
      lineHeight: '1.4',
      margin: '0 0 0.5rem',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
    },
    meanings: { margin: '0 0 0.5rem', paddingLeft: '1.25rem', fontSize: '0.875rem', lineHeight: '1.5' },
    step: { margin: '0.75rem 0 0' },
    confirm: {
      fontSize: '1.125rem',
      fontWeight: 600,
      margin: '0 0 0.25rem',
      outline: 'none',
      selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}` } },
    },
    receipt: { borderLeft: `4px solid ${p.themePrimary}`, padding: '0.25rem 0 0.25rem 0.75rem', margin: '0.75rem 0 0' },
    sub: { fontSize: '1rem', fontWeight: 600, margin: '0.75rem 0 0.25rem', outline: 'none' },
    facts: {
      display: 'grid',
      // the term column at most 40 % (down to its longest word): a max-content term left the value no width at 280 px
      gridTemplateColumns: 'fit-content(40%) minmax(0, 1fr)',
      gap: '0.125rem 0.75rem',
      margin: '0 0 0.5rem',
      fontSize: '0.875rem',
      selectors: {
        dt: { fontWeight: 600 },
        dd: { margin: 0, overflowWrap: 'anywhere' },
        // a phone or Teams' side panel: each value under its term, the full width
        '@media (max-width: 479px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
      },
    },
    verified: {
      fontWeight: 600,
      fontSize: '0.875rem',
      borderLeft: `4px solid ${s.successIcon}`,
      padding: '0.125rem 0 0.125rem 0.5rem',
      margin: '0.5rem 0',
    },
    alarm: {
      border: `3px solid ${s.errorText}`,
      background: s.errorBackground,
      color: s.bodyText,
      padding: '0.5rem 0.75rem',
      margin: '0.5rem 0',
      fontSize: '0.875rem',
      selectors: { p: { margin: '0 0 0.25rem' }, ul: { margin: '0 0 0.25rem', paddingLeft: '1.25rem' } },
    },
    note: { fontSize: '0.875rem', margin: '0.25rem 0 0' },
    missing: { color: s.errorText, fontWeight: 600, fontSize: '0.875rem', margin: '0.25rem 0 0' },
    caption: { textAlign: 'left', fontWeight: 600, padding: '0.5rem 0 0.25rem', captionSide: 'top' },
  });
}

type VoteClasses = ReturnType<typeof voteClasses>;

function useVoteClasses(): VoteClasses {
  const theme = useTheme();
  return React.useMemo(() => voteClasses(theme), [theme]);
}

/** Why a person outside the frozen electorate cannot vote, from their standing on the item now. */
export function notEligibleReason(snapshot: LiveSnapshot, picture: LivePicture, me: number): NotEligibleReason {
  const current = picture.current;
  if (!current || !snapshot.meeting.seatAssignments.some((a) => a.personId === me)) return 'readOnly';
  const st = current.standing;
  if (st.disqualified(me)) return 'disqualified';
  if (st.nonServingSubstitute(me)) return 'substituteNotServing';
  const remote = picture.remote.get(me);
  if (remote && remote.link !== 'ok') return 'linkBroken';
  if (!st.serving(me)) return 'notPresent';
  return 'notServingAtOpening';
}

/**
 * The vote on screen in the member view (DOMAIN §5, DESIGN §4): the question in full and what Ja
 * and Nej mean; while open, one radio group, a confirm step and then the receipt — never a second
 * form, also after a reload (the desk reads the receipt back); after the close the result, each
 * person's vote, this client's own recount of it and the decision in words.
 */
export function VotePanel(props: VotePanelProps): JSX.Element | null {
  const { client, snapshot, picture, people, me, common, time } = props;
  const language = React.useContext(LiveLanguage);
  const t = useStrings(votingStrings, language);
  const css = useLiveClasses();
  const vc = useVoteClasses();
  const voting = useVoting(client, snapshot);
  const [justCast, setJustCast] = React.useState<number | null>(null);
  if (!voting) return null;
  if (!voting.desk)
    return (
      <section className={css.card} aria-label={t.heading}>
        <ErrorMessage error={voting.error} strings={common} />
      </section>
    );
  const { view, desk } = voting;
  const vote = view.onScreen;
  const stale = view.error ? <MessageBar messageBarType={MessageBarType.warning}>{t.stale}</MessageBar> : null;
  if (!vote) return stale;
  const who: Who = { name: people.name, party: picture.partyOf };
  const turnout = snapshot.state?.openVoteId === vote.id ? snapshot.state.turnout : null;
  return (
    <section className={css.card} aria-labelledby="live-vote-heading">
      <h2 id="live-vote-heading" className={css.heading}>
        {t.status[vote.status]}
      </h2>
      <p className={css.meta}>
        {t.stepKind[vote.stepKind]} · {t.kind[vote.kind]}
      </p>
      <p className={vc.question}>{vote.question}</p>
      {(vote.yesMeaning || vote.noMeaning) && (
        <ul className={vc.meanings}>
          {vote.yesMeaning && <li>{t.meaning.yes(vote.yesMeaning)}</li>}
          {vote.noMeaning && <li>{t.meaning.no(vote.noMeaning)}</li>}
        </ul>
      )}
      {vote.majority && <p className={css.text}>{t.majority(vote.majority.numerator, vote.majority.denominator, vote.majority.of)}</p>}
      {stale}
      {vote.status === 'Prepared' && <p className={css.status}>{vote.approvedAt ? t.approved : t.notApproved}</p>}
      {vote.status === 'Cancelled' && <p className={css.text}>{t.cancelled}</p>}
      {vote.status === 'Open' && (
        <>
          {turnout !== null && vote.electorate && <p className={css.status}>{t.turnout(turnout, vote.electorate.voters.length)}</p>}
          {vote.kind === 'PaperSecret' ? (
            <p className={css.text}>{t.paper.explain}</p>
          ) : view.receipt ? (
            <Receipt receipt={view.receipt} vote={vote} focus={justCast === vote.id} time={time} t={t} vc={vc} />
          ) : view.eligible ? (
            <BallotForm key={vote.id} vote={vote} desk={desk} onCast={() => setJustCast(vote.id)} t={t} common={common} vc={vc} css={css} />
          ) : (
            <NotEligible reason={notEligibleReason(snapshot, picture, me)} t={t} css={css} />
          )}
        </>
      )}
      {vote.status === 'Closed' && (
        <>
          {view.receipt && <Receipt receipt={view.receipt} vote={vote} focus={false} time={time} t={t} vc={vc} />}
          {view.receipt && view.receiptCounted === false && (
            <MessageBar messageBarType={MessageBarType.warning}>{t.receipt.notCounted}</MessageBar>
          )}
          <VoteResult
            vote={vote}
            view={view}
            people={people}
            who={who}
            proposals={picture.current?.proposals.proposals ?? []}
            body={snapshot.meeting.bodyName}
            tieByLot={tieGoesToLot(vote, snapshot.debate)}
            t={t}
            common={common}
            css={css}
            vc={vc}
          />
        </>
      )}
    </section>
  );
}

function optionText(choice: VoteChoice, vote: VoteRecord, t: VotingStrings): string {
  const meaning = choice === 'Yes' ? vote.yesMeaning : choice === 'No' ? vote.noMeaning : '';
  return meaning ? t.ballot.option(t.choice[choice], meaning) : t.choice[choice];
}

/** Choose, confirm, send; a failure is shown beside the buttons and a retry sends the same ballot (the desk keeps its key). */
function BallotForm({
  vote,
  desk,
  onCast,
  t,
  common,
  vc,
  css,
}: {
  vote: VoteRecord;
  desk: Pick<VotingDesk, 'cast'>;
  onCast(): void;
  t: VotingStrings;
  common: CommonStrings;
  vc: VoteClasses;
  css: LiveClasses;
}): JSX.Element {
  const language = React.useContext(LiveLanguage);
  const errors = useStrings(votingErrorStrings, language);
  const texts = React.useMemo<Record<string, ErrorText>>(() => ({ ...errors, duplicateValue: t.ballot.keyTaken }), [errors, t]);
  const mounted = useMounted();
  const [choice, setChoice] = React.useState<VoteChoice | null>(null);
  const [step, setStep] = React.useState<'choose' | 'confirm'>('choose');
  const [missing, setMissing] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const group = React.useRef<IChoiceGroup>(null);
  const confirmHeading = React.useRef<HTMLHeadingElement>(null);
  const moved = React.useRef(false);
  // a layout effect: focus moves in the same commit that removes the button that had it, so it never falls to the page
  React.useLayoutEffect(() => {
    // focus follows the step the person moved to (not the first render)
    if (!moved.current) return;
    if (step === 'confirm') confirmHeading.current?.focus();
    else group.current?.focus();
  }, [step]);
  const go = (next: 'choose' | 'confirm') => {
    moved.current = true;
    setError(null);
    setStep(next);
  };
  const send = async () => {
    if (!choice || sending) return;
    setSending(true);
    setError(null);
    try {
      await desk.cast(choice);
      // the receipt replaces this form as soon as the desk has it: the panel moves focus to it
      onCast();
    } catch (e) {
      if (mounted.current) setError(e);
    } finally {
      if (mounted.current) setSending(false);
    }
  };
  const options: IChoiceGroupOption[] = CHOICES.map((c) => ({ key: c, text: optionText(c, vote, t) }));
  const retry = error !== null && canRetry(error) && rawCode(error) !== 'duplicateValue';
  return (
    <div className={vc.step}>
      {step === 'choose' || !choice ? (
        <>
          <ChoiceGroup
            componentRef={group}
            label={t.ballot.legend}
            options={options}
            selectedKey={choice}
            onChange={(_, o) => {
              if (!o) return;
              setChoice(o.key as VoteChoice);
              setMissing(false);
            }}
          />
          {missing && (
            <p role="alert" className={vc.missing}>
              {t.ballot.chooseFirst}
            </p>
          )}
          <div className={css.actions}>
            <PrimaryButton text={t.ballot.next} onClick={() => (choice ? go('confirm') : setMissing(true))} />
          </div>
        </>
      ) : (
        <>
          <h3 ref={confirmHeading} tabIndex={-1} className={vc.confirm}>
            {t.ballot.confirmQuestion[choice]}
          </h3>
          {choice !== 'Abstain' && <p className={css.text}>{optionText(choice, vote, t)}</p>}
          <p className={css.meta}>{t.ballot.final}</p>
          <div className={css.actions}>
            <PrimaryButton text={t.ballot.confirm} onClick={() => void send()} disabled={sending} allowDisabledFocus />
            <DefaultButton text={t.ballot.change} onClick={() => go('choose')} disabled={sending} allowDisabledFocus />
          </div>
          {sending && <Spinner size={SpinnerSize.small} label={t.ballot.sending} labelPosition="right" />}
        </>
      )}
      <div role="status" aria-live="polite">
        {error !== null && (
          <ErrorMessage
            error={error}
            strings={common}
            texts={texts}
            onRetry={retry ? () => void send() : undefined}
            retryLabel={t.ballot.retry}
          />
        )}
      </div>
    </div>
  );
}

/** What the server stored: the choice, its time, the ballot's id. */
function Receipt({
  receipt,
  vote,
  focus,
  time,
  t,
  vc,
}: {
  receipt: Ballot;
  vote: VoteRecord;
  focus: boolean;
  time(iso: string): string;
  t: VotingStrings;
  vc: VoteClasses;
}): JSX.Element {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useLayoutEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <div className={vc.receipt}>
      <h3 ref={heading} tabIndex={-1} className={vc.sub}>
        {t.receipt.heading}
      </h3>
      <p className={vc.sub}>{t.receipt.registered}</p>
      <dl className={vc.facts}>
        <dt>{t.receipt.choice}</dt>
        <dd>{optionText(receipt.choice, vote, t)}</dd>
        <dt>{t.receipt.time}</dt>
        <dd>
          <time dateTime={receipt.created}>{time(receipt.created)}</time>
        </dd>
        <dt>{t.receipt.id}</dt>
        <dd>{receipt.id}</dd>
      </dl>
      <p className={vc.note}>{t.receipt.cannotChange}</p>
    </div>
  );
}

function NotEligible({ reason, t, css }: { reason: NotEligibleReason; t: VotingStrings; css: LiveClasses }): JSX.Element {
  return (
    <>
      <p className={css.text}>
        <strong>{t.notEligible.title}</strong> {t.notEligible.reason[reason]}
      </p>
      <p className={css.meta}>{t.notEligible.frozen}</p>
    </>
  );
}

/** The closed vote: the counts, this client's recount beside them, the decision, and each person's vote in seat order. */
function VoteResult({
  vote,
  view,
  people,
  who,
  proposals,
  body,
  tieByLot,
  t,
  common,
  css,
  vc,
}: {
  vote: VoteRecord;
  view: Pick<VotingView, 'verification'>;
  people: People;
  who: Who;
  proposals: Parameters<typeof decisionLines>[1];
  body: string;
  tieByLot: boolean;
  t: VotingStrings;
  common: CommonStrings;
  css: LiveClasses;
  vc: VoteClasses;
}): JSX.Element | null {
  const language = React.useContext(LiveLanguage);
  const r = vote.result;
  if (!r) return null;
  const voters = new Map(listedPeople(vote).map((v) => [v.personId, v] as const));
  const decision = decisionLines(vote, proposals, who, body, t, tieByLot);
  return (
    <>
      <h3 className={vc.sub}>{t.result.heading}</h3>
      <CountsTable vote={vote} result={r} t={t} className={css.table} captionClassName={vc.caption} />
      <Verification state={view.verification} t={t} common={common} vc={vc} />
      {vote.kind === 'PaperSecret' && vote.witnessIds.length > 0 && (
        <p className={css.meta}>{t.paper.witnesses(intlOf(language).list(vote.witnessIds.map((id) => people.name(id))))}</p>
      )}
      {decision.length > 0 && (
        <>
          <h3 className={vc.sub}>{t.decision.heading}</h3>
          {decision.map((line) => (
            <p key={line} className={css.text}>
              {line}
            </p>
          ))}
        </>
      )}
      {r.choices.length > 0 && (
        <table className={css.table}>
          <caption className={vc.caption}>{t.result.peopleCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t.result.seat}
              </th>
              <th scope="col">{t.result.member}</th>
              <th scope="col">{t.result.vote}</th>
            </tr>
          </thead>
          <tbody>
            {r.choices.map(([personId, letter]) => {
              const voter = voters.get(personId);
              return (
                <tr key={personId}>
                  <td className="num">{voter?.seatNumber ?? ''}</td>
                  {/* name and party in one cell: the table fits Teams' 280 px side panel */}
                  <th scope="row">{people.label(personId)}</th>
                  <td>{t.recorded[letter]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** "Kontrollerat" beside the result, or an alarm naming what differs (the chair's client shows the same). */
function Verification({
  state,
  t,
  common,
  vc,
}: {
  state: VotingView['verification'];
  t: VotingStrings;
  common: CommonStrings;
  vc: VoteClasses;
}): JSX.Element | null {
  switch (state.state) {
    case 'none':
      return null;
    case 'checking':
      return <p className={vc.note}>{t.verification.checking}</p>;
    case 'verified':
      return <p className={vc.verified}>{t.verification.verified}</p>;
    case 'alarm':
      return (
        <div role="alert" className={vc.alarm}>
          <p>
            <strong>{t.verification.alarmTitle}</strong>
          </p>
          <ul>
            {state.differences.map((d) => (
              <li key={d}>{t.verification.difference[d as ResultDifferenceName] ?? d}</li>
            ))}
          </ul>
          <p>{t.verification.alarmAction}</p>
        </div>
      );
    case 'failed':
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t.verification.failed} {errorText(state.error, common).action}
        </MessageBar>
      );
  }
}

import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { LivePicture } from '../../../domain/live/picture';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { Language } from '../../strings/registry';
import { votingStrings } from '../../strings/voting';
import { useStrings } from '../../common/useLanguage';
import type { People } from '../people';
import { FIELD, LETTERS } from './CountsTable';
import { decisionLines, listedPeople, partyCounts, tieGoesToLot } from './decision';
import { useVoting } from './useVoting';

export interface StageVoteProps {
  client: Pick<LiveClient, 'voting'>;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  people: People;
  language: Language;
}

/** Read from five metres: sizes follow the viewport (918×540 in Teams' stage, 1366 wide, a 400 px phone). */
function stageVoteClasses(theme: ITheme) {
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    root: { gridColumn: '1 / -1', display: 'grid', gap: '1.5vh', alignContent: 'start', minWidth: 0 },
    label: { fontSize: '1.1em', margin: 0, textTransform: 'uppercase', letterSpacing: '0.05em', lineHeight: '1.3' },
    question: { fontSize: 'clamp(1.4em, 3vw, 2.4em)', fontWeight: 700, lineHeight: '1.2', margin: 0, overflowWrap: 'anywhere' },
    meanings: { fontSize: '1.25em', margin: 0, paddingLeft: '1.2em', lineHeight: '1.35' },
    turnout: { fontSize: 'clamp(2em, 6vw, 4em)', fontWeight: 700, margin: 0, fontVariantNumeric: 'tabular-nums', lineHeight: '1.1' },
    note: { fontSize: '1.25em', margin: 0 },
    // wide screens (the chamber, Teams' stage at 918×540): figures and decision beside the parties, to fit one screen
    result: {
      display: 'grid',
      gap: '2vh 3vw',
      alignItems: 'start',
      selectors: { '@media (min-width: 800px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' } },
    },
    main: { display: 'grid', gap: '1.5vh', minWidth: 0 },
    figures: {
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 8em), 1fr))',
      gap: '1vh 2vw',
      margin: 0,
      selectors: {
        '@media (min-width: 800px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
        '> div': { borderTop: `0.3em solid ${p.themePrimary}`, paddingTop: '0.3em', minWidth: 0 },
        dt: { fontSize: '1.3em', fontWeight: 600 },
        dd: { margin: 0, fontSize: 'clamp(2.5em, 6vw, 5em)', fontWeight: 700, fontVariantNumeric: 'tabular-nums', lineHeight: '1.05' },
      },
    },
    decision: { fontSize: 'clamp(1.4em, 3vw, 2.2em)', fontWeight: 700, margin: 0, lineHeight: '1.25', overflowWrap: 'anywhere' },
    detail: { fontSize: '1.25em', margin: 0, overflowWrap: 'anywhere' },
    table: {
      borderCollapse: 'collapse',
      fontSize: '1.15em',
      width: '100%',
      selectors: {
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 0.3em' },
        'th, td': { padding: '0.2em 0.6em 0.2em 0', borderTop: `2px solid ${p.neutralTertiary}`, textAlign: 'left' },
        '.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
      },
    },
    warn: { fontWeight: 700, border: `3px solid ${s.bodyText}`, padding: '0.2em 0.5em', fontSize: '1.25em', margin: 0 },
  });
}

function useStageVoteClasses(): ReturnType<typeof stageVoteClasses> {
  const theme = useTheme();
  return React.useMemo(() => stageVoteClasses(theme), [theme]);
}

/**
 * The vote on the stage: the question; while open how many have voted (counts only, never who or
 * what); after the close Ja / Nej / Avstår / Deltar ej in large figures, by party, and the decision
 * in plain words, with a tie awaiting the chair or a lot said as such and a lot's seed shown.
 */
export function StageVote({ client, snapshot, picture, people, language }: StageVoteProps): JSX.Element | null {
  const t = useStrings(votingStrings, language);
  const css = useStageVoteClasses();
  const voting = useVoting(client, snapshot);
  const vote = voting?.view?.onScreen ?? null;
  if (!vote || vote.status === 'Cancelled') return null;
  const state = snapshot.state;
  const voters = vote.electorate?.voters ?? [];
  const r = vote.result;
  const closed = vote.status === 'Closed' && r !== null;
  const decision = closed
    ? decisionLines(
        vote,
        picture.current?.proposals.proposals ?? [],
        { name: people.name, party: picture.partyOf },
        snapshot.meeting.bodyName,
        t,
        tieGoesToLot(vote, snapshot.debate),
      )
    : [];
  const parties = closed && r.choices.length > 0 ? partyCounts(r, listedPeople(vote)) : [];
  return (
    <section className={css.root} aria-labelledby="stage-vote-question">
      <p className={css.label}>
        {t.status[vote.status]} · {t.stepKind[vote.stepKind]}
      </p>
      <h2 id="stage-vote-question" className={css.question}>
        {vote.question}
      </h2>
      {(vote.yesMeaning || vote.noMeaning) && (
        <ul className={css.meanings}>
          {vote.yesMeaning && <li>{t.meaning.yes(vote.yesMeaning)}</li>}
          {vote.noMeaning && <li>{t.meaning.no(vote.noMeaning)}</li>}
        </ul>
      )}
      {vote.majority && <p className={css.note}>{t.majority(vote.majority.numerator, vote.majority.denominator, vote.majority.of)}</p>}
      {vote.status === 'Prepared' && <p className={css.note}>{vote.approvedAt ? t.approved : t.notApproved}</p>}
      {vote.status === 'Open' &&
        (vote.kind === 'PaperSecret' ? (
          <p className={css.note}>{t.paper.explain}</p>
        ) : (
          <p className={css.turnout}>{t.turnout(state?.openVoteId === vote.id ? (state.turnout ?? 0) : 0, voters.length)}</p>
        ))}
      {closed && (
        <div className={css.result}>
          <div className={css.main}>
            <dl className={css.figures} aria-label={t.stage.resultLabel}>
              {LETTERS.map((l) => (
                <div key={l}>
                  <dt>{t.recorded[l]}</dt>
                  <dd>{r[FIELD[l]]}</dd>
                </div>
              ))}
            </dl>
            {decision.map((line, i) => (
              <p key={line} className={i === 0 ? css.decision : css.detail}>
                {line}
              </p>
            ))}
            {voting?.view?.verification.state === 'alarm' && (
              <p role="alert" className={css.warn}>
                {t.verification.alarmTitle}
              </p>
            )}
          </div>
          {parties.length > 0 && (
            <table className={css.table}>
              <caption>{t.result.partyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.result.party}</th>
                  {LETTERS.map((l) => (
                    <th key={l} scope="col" className="num">
                      {t.recorded[l]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {parties.map((row) => (
                  <tr key={row.party}>
                    <th scope="row">{row.party || t.result.noParty}</th>
                    {LETTERS.map((l) => (
                      <td key={l} className="num">
                        {row[FIELD[l]]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}

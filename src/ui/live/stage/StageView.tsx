import * as React from 'react';
import type { LiveViewProps } from '../member/MemberView';
import { clock, secondsSince } from '../format';
import { limitOf } from '../parts/limits';
import { targetName } from '../parts/Floor';
import { useStageClasses } from './stageStyles';

/** The vote on the stage: its own chunk, loaded once a vote is on screen (prepared before it opens). */
const LazyStageVote = React.lazy(() =>
  import(/* webpackChunkName: 'live-voting-ui' */ '../voting/StageVote').then((m) => ({ default: m.StageVote })),
);

/**
 * The stage (Teams' stage via Share, the chamber screen, the webcast overlay): the item, who
 * speaks and for how long, the next three, the proposals, quorum; while a vote is on screen, the
 * vote in their place (StageVote). Nothing to press.
 */
export function StageView({ client, snapshot, picture, people, now, t, language }: LiveViewProps): JSX.Element {
  const css = useStageClasses();
  const current = picture.current;
  const item = snapshot.meeting.items.find((i) => i.id === current?.itemId) ?? null;
  const speech = current?.speakers.current ?? null;
  const elapsed = speech ? secondsSince(speech.startedAt, now) : 0;
  const limit = speech ? limitOf(speech.kind, snapshot.debate) : 0;
  const over = limit > 0 && elapsed > limit;
  const to = speech && current ? targetName(speech, current.speakers, people) : null;
  const proposals = current?.proposals.proposals.filter((p) => !p.withdrawn) ?? [];
  const phase = snapshot.state?.phase ?? 'NotStarted';
  return (
    <main className={css.root} lang={language.tag}>
      <header className={css.top}>
        <p className={css.body}>
          {snapshot.meeting.title} · {t.phase[phase]}
        </p>
        <h1 className={css.item}>{item ? `${item.number}. ${item.title}` : t.item.none}</h1>
      </header>
      {(snapshot.state?.openVoteId ?? null) !== null ? (
        <React.Suspense fallback={null}>
          <LazyStageVote client={client} snapshot={snapshot} picture={picture} people={people} language={language} />
        </React.Suspense>
      ) : (
        <>
          <section className={css.speakerBox} aria-label={t.floor.heading}>
            {speech ? (
              <>
                <p className={css.label}>
                  {t.requestKind[speech.kind]}
                  {to ? ` ${t.floor.replyTo(to)}` : ''}
                </p>
                <p className={css.speaker}>{people.label(speech.personId)}</p>
                <p className={`${css.timer} ${over ? css.over : ''}`}>
                  {clock(elapsed)}
                  {limit > 0 ? ` / ${clock(limit)}` : ''}
                </p>
              </>
            ) : (
              <p className={css.speaker}>{t.stage.noSpeaker}</p>
            )}
          </section>
          {/* one grid cell, two regions: the proposals are not part of "Näst på tur" */}
          <div>
            <section aria-label={t.stage.next}>
              <h2 className={css.label}>{t.stage.next}</h2>
              <ol className={css.list}>
                {(current?.speakers.queue ?? []).slice(0, 3).map((r) => (
                  <li key={r.requestId} className={css.li}>
                    {people.label(r.personId)} · {t.requestKind[r.kind]}
                  </li>
                ))}
              </ol>
            </section>
            {proposals.length > 0 && (
              <section aria-label={t.stage.proposals}>
                <h2 className={css.label} style={{ marginTop: '1em' }}>
                  {t.stage.proposals}
                </h2>
                <ol className={css.proposals}>
                  {proposals.map((p) => (
                    <li key={p.id}>
                      {people.name(p.personId)}: {t.proposalKind[p.kind]}
                      {p.text ? ` – ${p.text}` : ''}
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </div>
        </>
      )}
      <footer className={css.bottom}>
        {current && (
          <span className={current.seats.quorum.ok ? undefined : css.warn}>
            {current.seats.quorum.ok
              ? t.quorum.ok(current.seats.quorum.held, current.seats.quorum.seats, current.seats.quorum.required)
              : t.quorum.lost(current.seats.quorum.held, current.seats.quorum.seats, current.seats.quorum.missing)}
          </span>
        )}
        {picture.blocked.length > 0 && (
          <span className={css.warn}>{t.stage.blocked(picture.blocked.map((b) => people.name(b.personId)).join(', '))}</span>
        )}
      </footer>
    </main>
  );
}

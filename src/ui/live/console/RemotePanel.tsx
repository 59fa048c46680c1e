import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { LivePicture } from '../../../domain/live/picture';
import type { LiveClient } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveConsoleStrings } from '../../strings/liveConsole';
import type { Language } from '../../strings/registry';
import { intlOf } from '../../strings/intl';
import type { People } from '../people';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';

/** The "decisions blocked" state (KL 5:16): a broken link not yet dealt with stops every decision. */
export function BlockedBanner({
  client,
  picture,
  people,
  c,
  common,
  language,
  time,
}: {
  client: LiveClient;
  picture: LivePicture;
  people: People;
  c: LiveConsoleStrings;
  common: CommonStrings;
  language: Language;
  time(iso: string): string;
}): JSX.Element | null {
  const action = useLiveAction();
  const css = useLiveClasses();
  const errors = useLiveErrors();
  if (picture.blocked.length === 0) return null;
  const names = intlOf(language).list(picture.blocked.map((b) => people.name(b.personId)));
  const since = picture.blocked.reduce((m, b) => (b.since < m ? b.since : m), picture.blocked[0].since);
  return (
    // the blocked MessageBar is itself role="alert" (assertive): a second alert around it would be announced twice
    <div>
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
        <p className={css.text}>
          <strong>{c.blocked(names, time(since))}</strong>
        </p>
        <p className={css.text}>{c.blockedHint}</p>
        <div className={css.actions}>
          {picture.blocked.map((b) => (
            <PrimaryButton
              key={b.personId}
              text={c.markAbsent(people.name(b.personId))}
              disabled={action.state.kind === 'busy'}
              onClick={() => void action.run(`absent-${b.personId}`, () => client.markLinkAbsent(b.personId))}
            />
          ))}
        </div>
      </MessageBar>
      <Feedback state={action.state} strings={common} texts={errors} />
    </div>
  );
}

/** Who takes part remotely: confirmed or not, the link's state, every outage with its times. */
export function RemotePanel({
  client,
  picture,
  people,
  c,
  common,
  time,
}: {
  client: LiveClient;
  picture: LivePicture;
  people: People;
  c: LiveConsoleStrings;
  common: CommonStrings;
  time(iso: string): string;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  const rows = [...picture.remote.values()]
    .filter((r) => r.remote || r.outages.length > 0)
    .sort((a, b) => people.name(a.personId).localeCompare(people.name(b.personId), 'sv'));
  return (
    <section className={css.card} aria-labelledby="live-remote-panel-heading">
      <h2 id="live-remote-panel-heading" className={css.heading}>
        {c.remoteHeading}
      </h2>
      {rows.length === 0 ? (
        <p className={css.text}>{c.remoteNone}</p>
      ) : (
        <table className={css.table}>
          <thead>
            <tr>
              <th scope="col">{c.remoteColumns.name}</th>
              <th scope="col">{c.remoteColumns.confirmed}</th>
              <th scope="col">{c.remoteColumns.link}</th>
              <th scope="col">{c.remoteColumns.outages}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.personId}>
                <th scope="row">{people.name(r.personId)}</th>
                <td>{r.confirmed ? c.yes : c.no}</td>
                <td>
                  {c.linkState[r.link]}
                  {r.link !== 'ok' && (
                    <DefaultButton
                      styles={{ root: { marginLeft: 8 } }}
                      text={c.restoreFor(people.name(r.personId))}
                      disabled={action.state.kind === 'busy'}
                      onClick={() => void action.run(`restore-${r.personId}`, () => client.reportLink('LinkRestored', r.personId))}
                    />
                  )}
                </td>
                <td>{r.outages.map((o) => (o.to ? c.outage(time(o.from), time(o.to)) : c.outageOngoing(time(o.from)))).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </section>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { RemoteParticipant } from '../../../domain/live/types';
import type { LiveClient } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';

/**
 * Remote participation on equal terms (KL 5:16): confirm that one sees and hears the chamber, and
 * at any moment say that one does not. The chair is alerted and the person counts as absent until
 * the link works again.
 */
export function RemoteLink({
  client,
  participant,
  inRoom,
  time,
  t,
  common,
}: {
  client: LiveClient;
  participant: RemoteParticipant | null;
  /** Recorded present in the chamber at the roll call: nothing to confirm. */
  inRoom: boolean;
  time(iso: string): string;
  t: LiveStrings;
  common: CommonStrings;
}): JSX.Element | null {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  if (inRoom && !participant) return null;
  const busy = action.state.kind === 'busy';
  const open = participant?.outages.find((o) => o.to === null) ?? null;
  return (
    <section className={css.card} aria-labelledby="live-remote-heading">
      <h2 id="live-remote-heading" className={css.heading}>
        {t.remote.heading}
      </h2>
      {participant && participant.link !== 'ok' && open ? (
        <>
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {t.remote.brokenSince(time(open.from))}
          </MessageBar>
          <div className={css.actions}>
            <PrimaryButton
              text={t.remote.restored}
              disabled={busy}
              onClick={() => void action.run('restored', () => client.reportLink('LinkRestored'), t.remote.reported)}
            />
          </div>
        </>
      ) : (
        <>
          <p className={css.meta}>{t.remote.intro}</p>
          {participant?.confirmed && participant.confirmedAt && (
            <p className={css.status}>{t.remote.confirmed(time(participant.confirmedAt))}</p>
          )}
          <div className={css.actions}>
            {!participant?.confirmed && (
              <PrimaryButton
                text={participant ? t.remote.confirm : t.remote.confirmRemote}
                disabled={busy}
                onClick={() => void action.run('confirm', () => client.reportLink('RemoteConfirmed'), t.remote.reported)}
              />
            )}
            {participant && (
              <DefaultButton
                text={t.remote.broken}
                disabled={busy}
                onClick={() => void action.run('broken', () => client.reportLink('LinkBroken'), t.remote.reported)}
              />
            )}
          </div>
        </>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </section>
  );
}

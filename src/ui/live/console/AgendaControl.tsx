import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { LiveClient, LiveSnapshot } from '../../../data/services';
import type { CommonStrings } from '../../strings';
import type { LiveStrings } from '../../strings/live';
import type { LiveConsoleStrings } from '../../strings/liveConsole';
import { NativeSelect } from '../../common/NativeSelect';
import { useLiveClasses } from '../styles';
import { useLiveErrors } from '../useLiveErrors';
import { useLiveAction } from '../useLiveAction';
import { Feedback } from '../parts/Feedback';

/** Runs the agenda: start, next item, any item, adjourn, resume, end. */
export function AgendaControl({
  client,
  snapshot,
  t,
  c,
  common,
}: {
  client: LiveClient;
  snapshot: LiveSnapshot;
  t: LiveStrings;
  c: LiveConsoleStrings;
  common: CommonStrings;
}): JSX.Element {
  const css = useLiveClasses();
  const errors = useLiveErrors();
  const action = useLiveAction();
  const [confirmEnd, setConfirmEnd] = React.useState(false);
  const state = snapshot.state;
  const items = snapshot.meeting.items;
  const [target, setTarget] = React.useState<string>(String(state?.currentItemId ?? items[0]?.id ?? ''));
  React.useEffect(() => setTarget(String(state?.currentItemId ?? items[0]?.id ?? '')), [state?.currentItemId, items]);
  const busy = action.state.kind === 'busy';
  // an open vote is closed on its own item first (the commands refuse it too)
  const voting = state?.phase === 'Voting';
  const index = items.findIndex((i) => i.id === state?.currentItemId);
  const run = (key: string, f: () => Promise<void>, message = '') => void action.run(key, f, message);

  if (!state)
    return (
      <section className={css.card} aria-labelledby="live-agenda-heading">
        <h2 id="live-agenda-heading" className={css.heading}>
          {t.views.console}
        </h2>
        <p className={css.text}>{c.startHint}</p>
        <PrimaryButton text={c.start} disabled={busy} onClick={() => run('start', () => client.startMeeting(), c.started)} />
        <Feedback state={action.state} strings={common} texts={errors} />
      </section>
    );
  return (
    <section className={css.card} aria-labelledby="live-agenda-heading">
      <h2 id="live-agenda-heading" className={css.heading}>
        {t.views.console} · {t.phase[state.phase]}
      </h2>
      {state.phase !== 'Ended' && (
        <>
          <div className={css.actions}>
            {state.phase === 'RollCall' ? (
              <PrimaryButton
                text={c.next}
                disabled={busy || items.length === 0}
                onClick={() => run('first', () => client.goToItem(items[Math.max(0, index)].id))}
              />
            ) : (
              <PrimaryButton
                text={c.next}
                disabled={busy || voting || index < 0 || index >= items.length - 1}
                onClick={() => run('next', () => client.nextItem())}
              />
            )}
            {state.phase === 'Adjourned' ? (
              <DefaultButton text={c.resume} disabled={busy} onClick={() => run('resume', () => client.setPhase('Debate'))} />
            ) : (
              <DefaultButton text={c.adjourn} disabled={busy} onClick={() => run('adjourn', () => client.setPhase('Adjourned'))} />
            )}
            {!confirmEnd ? (
              <DefaultButton text={c.end} disabled={busy} onClick={() => setConfirmEnd(true)} />
            ) : (
              <>
                <PrimaryButton
                  text={c.endConfirm}
                  disabled={busy}
                  onClick={() => {
                    setConfirmEnd(false);
                    run('end', () => client.setPhase('Ended'));
                  }}
                />
                <DefaultButton text={c.cancel} onClick={() => setConfirmEnd(false)} />
              </>
            )}
          </div>
          <div className={css.actions}>
            <NativeSelect
              label={c.goToLabel}
              options={items.map((i) => ({ key: String(i.id), text: c.itemOption(i.number, i.title) }))}
              selectedKey={target}
              onChange={setTarget}
            />
            <DefaultButton
              text={c.goTo}
              disabled={busy || voting || Number(target) === state.currentItemId}
              onClick={() => run('goto', () => client.goToItem(Number(target)))}
              styles={{ root: { alignSelf: 'flex-end' } }}
            />
          </div>
        </>
      )}
      <Feedback state={action.state} strings={common} texts={errors} />
    </section>
  );
}
